package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every seed written as HTML gives the records of the original: as a web page (each line a paragraph, an empty one
 * {@code <p>&nbsp;</p>}, each block of tab-separated lines a {@code <table>} row by row), and as a PDF-to-Markdown
 * extractor writes tables with merged cells (each table one {@code <table>} line inside the text). Both write the
 * tables' headers with merged cells: a header cell followed by empty cells spans them ({@code colspan}), and a cell
 * of the first row over an empty one spans two rows ({@code rowspan}).
 */
public class HtmlSeedsTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSeedSavedAsAWebPageGivesTheSameRecordsAtTheSameLines(String prefix) {
        RewrittenSeed rows = RewrittenSeed.of(prefix, HtmlSeedsTest::paragraph, HtmlSeedsTest::pageTable, 0, true);
        List<String> lines = new ArrayList<>(rows.lines());
        lines.set(0, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>预决算公开</title>"
                + "<style>p { margin: 0 }</style></head><body>" + lines.get(0));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "</body></html>");
        RewrittenSeed page = rows.withLines(lines);

        ParsedDisclosure html = page.parse();
        page.assertSameRecords(html);
        assertSamePerformanceAndIssues(page, html, "html_page_read");
        assertThat(html.issues()).filteredOn(i -> i.kind().equals("html_page_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("read as the text it shows: "
                        + page.seed().lines().length + " line(s)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSeedWithEachTableOnOneHtmlLineGivesTheSameRecordsMovedDown(String prefix) {
        RewrittenSeed seed = RewrittenSeed.of(prefix, line -> line, HtmlSeedsTest::oneLineTable, 0, true);
        long tables = seed.lines().stream().filter(l -> l.startsWith("<html><body><table>")).count();
        assertThat(tables).as("tables in seed %s", prefix).isGreaterThan(3);

        ParsedDisclosure html = seed.parse();
        seed.assertSameRecords(html);
        assertSamePerformanceAndIssues(seed, html, "html_tables_read");
        assertThat(html.issues()).filteredOn(i -> i.kind().equals("html_tables_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith(tables + " HTML table(s)"));
    }

    private static void assertSamePerformanceAndIssues(RewrittenSeed seed, ParsedDisclosure html, String note) {
        ParsedDisclosure clean = seed.seed().clean();
        assertThat(html.performanceProjects()).extracting(p -> p.projectName() + "|" + p.executed() + "|" + p.score())
                .isEqualTo(clean.performanceProjects().stream()
                        .map(p -> p.projectName() + "|" + p.executed() + "|" + p.score()).toList());
        assertThat(html.issues().stream().map(ParseIssue::kind).filter(k -> !k.equals(note)).sorted())
                .containsExactlyElementsOf(clean.issues().stream().map(ParseIssue::kind).sorted().toList());
    }

    private static String paragraph(String line) {
        return line.isBlank() ? "<p>&nbsp;</p>" : "<p>" + escape(line) + "</p>";
    }

    /** The block as a table, one row per line: {@code <table>} on the first row's line, {@code </table>} on the last's. */
    private static List<String> pageTable(List<String[]> rows) {
        List<String> out = rowsHtml(rows);
        out.set(0, "<table border=\"1\">" + out.get(0));
        out.set(out.size() - 1, out.get(out.size() - 1) + "</table>");
        return out;
    }

    private static List<String> oneLineTable(List<String[]> rows) {
        return List.of("<html><body><table>" + String.join("", rowsHtml(rows)) + "</table></body></html>");
    }

    /** Each row a {@code <tr>}; in the two first rows, merged header cells as spans (see the class comment). */
    public static List<String> rowsHtml(List<String[]> rows) {
        List<String> out = new ArrayList<>();
        Set<String> spanned = new HashSet<>(); // "row,column" of cells a rowspan above covers
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            StringBuilder tr = new StringBuilder("<tr>");
            for (int c = 0; c < cells.length; ) {
                if (spanned.contains(r + "," + c)) {
                    c++;
                    continue;
                }
                int colspan = 1;
                int rowspan = 1;
                if (r < 2 && !cells[c].isEmpty()) {
                    while (c + colspan < cells.length && cells[c + colspan].isEmpty() && colspan < 3) {
                        colspan++;
                    }
                    String[] below = r + 1 < rows.size() ? rows.get(r + 1) : new String[0];
                    if (r == 0 && colspan == 1 && c < below.length && below[c].isEmpty()) {
                        rowspan = 2;
                        spanned.add((r + 1) + "," + c);
                    }
                }
                tr.append("<td").append(colspan > 1 ? " colspan=\"" + colspan + "\"" : "")
                        .append(rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "").append('>')
                        .append(escape(cells[c])).append("</td>");
                c += colspan;
            }
            out.add(tr.append("</tr>").toString());
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
