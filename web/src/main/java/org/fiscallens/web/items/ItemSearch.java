package org.fiscallens.web.items;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.warehouse.Row;

/** What {@code /items?q=} finds: the items ({@code sql/items/search.sql}) and the document lines holding the words. */
final class ItemSearch {
    /** Lines listed on the search page. */
    static final int LINES_SHOWN = 50;
    /** The most lines {@code /api/lines} returns (its {@code limit} can ask fewer). */
    static final int LINES_API = 1000;

    private ItemSearch() {
    }

    static Map<String, Object> model(Endpoints e, ItemQuery q) {
        List<Row> lines = lines(e, q, LINES_SHOWN);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("results", items(e, q));
        m.put("lines", lines.stream().map(r -> LineHit.of(r, q.words())).toList());
        m.put("lineMatches", lines.isEmpty() ? 0L : ((Number) lines.get(0).get("matches")).longValue());
        return m;
    }

    /** Items matching the query: code prefix or name fragment; the 类 when browsing. */
    static List<Row> items(Endpoints e, ItemQuery q) {
        return e.warehouse().query("items/search", q.codePrefix(), q.name(), q.maxLength());
    }

    /** Document lines holding the query's words, at most {@code limit} (none for fewer than two characters). */
    static List<Row> lines(Endpoints e, ItemQuery q, int limit) {
        return q.words().isEmpty() ? List.of() : e.warehouse().query("items/lines", q.words(), limit);
    }
}
