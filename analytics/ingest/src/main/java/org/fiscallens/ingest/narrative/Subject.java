package org.fiscallens.ingest.narrative;

/**
 * What a sentence speaks of: the aggregate ({@code statement}), the stable key ({@code key}) and the
 * words the document used ({@code name}). A {@code null} statement means "the statement in force".
 */
record Subject(String statement, String key, String name) {
    Subject withStatement(String s) {
        return new Subject(s, key, name);
    }
}
