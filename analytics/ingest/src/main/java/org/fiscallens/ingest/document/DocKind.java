package org.fiscallens.ingest.document;

/** 预算 (budget, drawn up before the year) or 决算 (final account, after it). JSON: {@code budget}/{@code final}. */
public enum DocKind {
    BUDGET("budget", "预算"),
    FINAL("final", "决算");

    private final String key;
    private final String zh;

    DocKind(String key, String zh) {
        this.key = key;
        this.zh = zh;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return key;
    }

    public String zh() {
        return zh;
    }
}
