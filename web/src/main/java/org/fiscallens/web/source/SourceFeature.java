package org.fiscallens.web.source;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.warehouse.Row;

/**
 * 原文 Source viewer: the text of an ingested document from table {@code document_lines}, numbered, each line
 * an anchor ({@code #L123}); {@code ?line=123} highlights it. Above the text, how the file was read when it is not
 * plain text (a workbook's sheets and the lines each became, a Word document, a sheet saved as CSV, …), so a line
 * can be found in the original; a PDF's lines are marked with their pages ({@link PdfPages}). Only documents in the warehouse are served, by doc_id — nothing is read from the
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
            List<Row> reading = e.warehouse().query("source/reading", doc.text("doc_id"));
            m.put("lines", paged(e.warehouse().query("source/lines", doc.text("doc_id"), 1, Integer.MAX_VALUE), reading));
            m.put("reading", reading);
            return m;
        });
        e.table("/api/documents", ctx -> e.directory().documents());
        e.table("/api/documents/{doc}/lines", ctx -> {
            Row doc = doc(e, ctx);
            Integer from = Params.line("from", ctx.queryParam("from"));
            Integer to = Params.line("to", ctx.queryParam("to"));
            return paged(e.warehouse().query("source/lines", doc.text("doc_id"), from == null ? 1 : from,
                    to == null ? Integer.MAX_VALUE : to), e.warehouse().query("source/reading", doc.text("doc_id")));
        });
    }

    /** A PDF's lines with the page each stands on ({@code page}; {@code page_start} on a page's first line). */
    private static List<Row> paged(List<Row> lines, List<Row> reading) {
        PdfPages pages = PdfPages.of(reading);
        if (!pages.none()) {
            for (Row l : lines) {
                int n = l.integer("line_no");
                l.put("page", pages.pageOf(n));
                l.put("page_start", pages.starts(n));
            }
        }
        return lines;
    }

    private static Row doc(Endpoints e, Context ctx) {
        return e.directory().document(Params.id("doc", ctx.pathParam("doc")));
    }
}
