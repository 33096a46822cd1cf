package org.fiscallens.web.source;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.warehouse.Row;

/**
 * 原文 Source viewer: the text of an ingested document from table {@code document_lines}, numbered, each line
 * an anchor ({@code #L123}); {@code ?line=123} highlights it. Above the text, how the file was read when it is not
 * plain text (a workbook's sheets and the lines each became, a Word document, a sheet saved as CSV, …), so a line
 * can be found in the original. Only documents in the warehouse are served, by doc_id — nothing is read from the
 * file system.
 */
public final class SourceFeature implements Feature {

    @Override
    public void register(Endpoints e) {
        e.page("/documents/{doc}", "source", "source", (ctx, lang) -> {
            Row doc = doc(e, ctx);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc", doc);
            m.put("highlight", Params.line("line", ctx.queryParam("line")));
            m.put("lines", e.warehouse().query("source/lines", doc.text("doc_id"), 1, Integer.MAX_VALUE));
            m.put("reading", e.warehouse().query("source/reading", doc.text("doc_id")));
            return m;
        });
        e.table("/api/documents", ctx -> e.directory().documents());
        e.table("/api/documents/{doc}/lines", ctx -> {
            Row doc = doc(e, ctx);
            Integer from = Params.line("from", ctx.queryParam("from"));
            Integer to = Params.line("to", ctx.queryParam("to"));
            return e.warehouse().query("source/lines", doc.text("doc_id"), from == null ? 1 : from,
                    to == null ? Integer.MAX_VALUE : to);
        });
    }

    private static Row doc(Endpoints e, Context ctx) {
        return e.directory().document(Params.id("doc", ctx.pathParam("doc")));
    }
}
