package org.fiscallens.web.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.warehouse.Row;

/**
 * One page of a long table (分页): a province-wide warehouse holds thousands of departments and a million
 * checks, so pages show {@code size} rows at a time while the API and CSV return every row unless asked for a
 * window ({@link #window}). The page's SQL binds
 * {@link #size()} and {@link #offset()} as its last two parameters and returns the row count before paging in
 * a column {@code total_rows}.
 *
 * @param param  the query parameter holding the page number ({@code page}, {@code cpage}, …)
 * @param number 1-based page number
 * @param size   rows per page
 */
public record Pager(String param, int number, int size) {
    /** The page the request asks for in {@code param}; a malformed number is a 400 naming the parameter. */
    public static Pager of(Context ctx, String param, int size) {
        return new Pager(param, Params.page(param, ctx.queryParam(param)), size);
    }

    /** The rows an API or CSV request asks for: at most {@code limit} after skipping {@code offset}. */
    public record Window(int limit, int offset) {
    }

    /** The request's {@code ?limit=N&offset=M}; every row from the first when it gives neither. */
    public static Window window(Context ctx) {
        return new Window(Params.limit("limit", ctx.queryParam("limit")), Params.offset("offset", ctx.queryParam("offset")));
    }

    /** The row count before paging that the page SQL returns in {@code total_rows}; 0 for no rows. */
    public static long total(List<Row> rows) {
        Object counted = rows.isEmpty() ? null : rows.get(0).get("total_rows");
        return counted instanceof Number n ? n.longValue() : 0;
    }

    /** {@code rows} without the paging column, as the API and CSV return them. */
    public static List<Row> withoutTotal(List<Row> rows) {
        rows.forEach(r -> r.remove("total_rows"));
        return rows;
    }

    public int offset() {
        return (number - 1) * size;
    }

    /** This page's part of {@code all}, for lists built in Java. */
    public <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(offset(), all.size()), (int) Math.min((long) offset() + size, all.size()));
    }

    /**
     * What the pager template shows: {@code first}–{@code last} of {@code total} rows, {@code pages}, and the
     * links to the previous and next page ({@code null} at either end) with every other parameter kept.
     */
    public Map<String, Object> view(Context ctx, List<Row> rows) {
        return view(ctx, total(rows), rows.size());
    }

    /** As {@link #view(Context, List)} for a page of {@code shown} items out of {@code total} (e.g. departments). */
    public Map<String, Object> view(Context ctx, long total, int shown) {
        long last = shown == 0 ? 0 : (long) offset() + shown;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("param", param);
        v.put("number", number);
        v.put("first", shown == 0 ? 0 : offset() + 1L);
        v.put("last", last);
        v.put("total", total);
        v.put("pages", (total + size - 1) / size);
        v.put("prev", number > 1 ? link(ctx, number - 1) : null);
        v.put("next", shown > 0 && last < total ? link(ctx, number + 1) : null);
        return v;
    }

    private String link(Context ctx, int page) {
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals(param)) {
                for (String value : values) {
                    q.append(q.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(value));
                }
            }
        });
        if (page > 1) {
            q.append(q.length() == 0 ? "?" : "&").append(param).append('=').append(page);
        }
        return ctx.path() + q + "#" + param;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
