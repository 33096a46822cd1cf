package org.fiscallens.web.http;

import java.nio.charset.StandardCharsets;

/** A finished response body and its content type, ready to cache. */
public record Rendered(byte[] body, String contentType) {
    public static Rendered html(String html) {
        return new Rendered(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    public static Rendered json(byte[] json) {
        return new Rendered(json, "application/json; charset=utf-8");
    }

    public static Rendered csv(String csv) {
        return new Rendered(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");
    }
}
