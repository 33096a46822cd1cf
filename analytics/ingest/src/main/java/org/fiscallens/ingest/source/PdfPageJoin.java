package org.fiscallens.ingest.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDF's pages, as shown, joined into the document's lines, page after page: a sentence a page break cuts goes on
 * from the page's last line into the next page's first ({@link PdfParagraphs}), a table row a page break cuts in two
 * is read as one ({@link PdfRowBreak}). Keeps where each page's lines are and which lines hold joined rows, for the
 * {@code pdf_read} note.
 */
final class PdfPageJoin {
    /**
     * One page as shown: its paragraphs and tables' rows in the order they stand on it, whether it ends in a paragraph
     * running to the right edge and starts with one that could go on from another page's ({@code prose}), and the table
     * it starts with and the one it ends with (null when text comes first or last).
     */
    record Shown(PdfParagraphs.Page prose, PdfTableGrid.Grid firstTable, PdfTableGrid.Grid lastTable) {
    }

    private final List<String> lines = new ArrayList<>();
    private final List<int[]> pageLines = new ArrayList<>(); // page, first line, last line
    private final List<Integer> rowsJoined = new ArrayList<>();
    private boolean endsFull;
    private PdfTableGrid.Grid cutTable; // the table ending the last page that showed anything, if it ends in one

    /** Adds page {@code page} (1-based) as {@code shown}. */
    void add(int page, Shown shown) {
        List<String> text = new ArrayList<>(shown.prose().paragraphs().stream().map(PdfTextLines.Line::text).toList());
        PdfTableGrid.Grid last = shown.lastTable();
        int at = cutTable == null || shown.firstTable() == null ? -1 : PdfRowBreak.continuation(cutTable, shown.firstTable());
        if (at >= 0) {
            PdfTableGrid.Row row = PdfRowBreak.joined(cutTable.rows().get(cutTable.rows().size() - 1),
                    shown.firstTable().rows().get(at));
            lines.set(lines.size() - 1, row.text());
            rowsJoined.add(lines.size());
            text.remove(at);
            if (last == shown.firstTable()) { // the table goes on to the next page with the joined row in it
                List<PdfTableGrid.Row> rows = new ArrayList<>(last.rows());
                rows.set(at, row);
                last = new PdfTableGrid.Grid(rows, last.columns());
            }
        } else if (endsFull && shown.prose().startsOn() && !lines.isEmpty() && !text.isEmpty()) {
            lines.set(lines.size() - 1, PdfParagraphs.joined(lines.get(lines.size() - 1), text.remove(0)));
        }
        endsFull = shown.prose().endsFull() || text.isEmpty() && endsFull;
        if (last != null || !text.isEmpty()) {
            cutTable = last;
        }
        if (!text.isEmpty()) {
            pageLines.add(new int[]{page, lines.size() + 1, lines.size() + text.size()});
        }
        lines.addAll(text);
    }

    /** The document's lines so far. */
    List<String> lines() {
        return lines;
    }

    /** Each page that showed lines: its number, its first line and its last (1-based). */
    List<int[]> pageLines() {
        return pageLines;
    }

    /** The lines (1-based) that hold a table row a page break cut in two. */
    List<Integer> rowsJoined() {
        return rowsJoined;
    }
}
