package org.fiscallens.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Finished responses (HTML, JSON, CSV, charts) cached per warehouse version: the warehouse is read-only
 * between builds, so a response stays valid until a new warehouse is published. Every response carries
 * an ETag (warehouse version + body checksum) and a matching {@code If-None-Match} gets 304.
 * With caching disabled (for measuring) bodies are produced on every request; ETags still apply.
 */
public final class ResponseCache {
    private static final int MAX_ENTRIES = 20_000;

    private final Supplier<String> version;
    private final boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public ResponseCache(Supplier<String> version, boolean enabled) {
        this.version = version;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Drops every cached response (a new warehouse was published). */
    public void clear() {
        entries.clear();
    }

    /** Answers from the cache, or from {@code producer} (then caches). */
    public void serve(Context ctx, Supplier<Rendered> producer) {
        String v = version.get();
        String query = ctx.queryString();
        String key = ctx.path() + (query == null ? "" : "?" + query);
        Entry entry = enabled ? entries.get(key) : null;
        if (entry == null || !entry.version.equals(v)) {
            Rendered r = producer.get();
            entry = new Entry(v, r, etag(v, r.body()));
            if (enabled) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, entry);
            }
        }
        ctx.header("ETag", entry.etag);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Warehouse-Version", v);
        String match = ctx.header("If-None-Match");
        if (match != null && match.contains(entry.etag)) {
            ctx.status(304);
            return;
        }
        String type = entry.rendered.contentType();
        if (!type.contains("charset")) {
            ctx.res().setCharacterEncoding(null); // binary: no charset suffix on image/png
        }
        ctx.contentType(type);
        byte[] body = entry.rendered.body();
        try {
            // straight to the (compressing) output stream: ctx.result(bytes) would be copied through a new 32 KB
            // buffer per response, half of what a cached answer allocated
            ctx.outputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the response failed", e);
        }
    }

    private static String etag(String version, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return "\"" + version + "-" + Long.toHexString(crc.getValue()) + "\"";
    }

    private record Entry(String version, Rendered rendered, String etag) {
    }
}
