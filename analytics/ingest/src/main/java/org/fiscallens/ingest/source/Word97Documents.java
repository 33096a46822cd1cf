package org.fiscallens.ingest.source;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.fiscallens.ingest.ParseIssue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A Word 97-2003 document ({@code .doc}, as WPS and older Word save) read by Apache POI's HWPF as the text it shows,
 * like a {@code .docx} ({@link WordDocuments}): each paragraph a line (a manual line break starts a new one, field
 * codes give their result), each table row a line of tab-separated cells. A {@code .doc} does not say over how many
 * columns a cell is merged, only where its edges are: the table's columns are the distinct left edges of its cells
 * (within {@value #SNAP} twips), and a cell spanning several is followed by empty cells, so every value keeps its
 * header's column; a cell continuing a vertical merge is empty. Reported once as {@code word_document_read} (info).
 */
final class Word97Documents {
    /** Edges closer than this (twips, 1/20 pt) are one edge. */
    private static final int SNAP = 30;

    private Word97Documents() {
    }

    /**
     * The lines of the Word 97-2003 document {@code bytes} hold, or null when they are none (no OLE2 file with a
     * {@code WordDocument} stream); one that cannot be read raises {@link UnreadableDocumentException} with POI's
     * exception as its cause.
     */
    static List<String> read(String path, String docId, byte[] bytes, List<ParseIssue> issues)
            throws UnreadableDocumentException {
        if (!DocumentDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)
                || !DocumentDecoder.contains(bytes, "WordDocument".getBytes(StandardCharsets.UTF_16LE))) {
            return null;
        }
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            List<String> lines = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    lines.addAll(rows(t));
                    i += t.numParagraphs() - 1;
                    tables++;
                    continue;
                }
                for (String line : text(p.text()).split("\u000b", -1)) {
                    lines.add(WordDocuments.blank(line) ? "" : line);
                }
                paragraphs++;
            }
            issues.add(WordDocuments.note(path, docId, "a Word 97-2003 document (.doc)", "Word 97-2003 文档（.doc）",
                    paragraphs, tables));
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(path, "a Word 97-2003 document (.doc) that cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "): open it and save it as .docx",
                    "无法读取的 Word 97-2003 文档（.doc，" + e.getMessage() + "）：请打开后另存为 .docx", e);
        }
    }

    /** The table's rows on the grid of its cells' left edges. */
    private static List<String> rows(Table t) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                int left = row.getCell(c).getLeftEdge();
                Integer near = edges.floor(left + SNAP);
                if (near == null || left - near > SNAP) {
                    edges.add(left);
                }
            }
        }
        List<Integer> grid = new ArrayList<>(edges);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int at = column(grid, cell.getLeftEdge());
                while (cells.size() < at) {
                    cells.add("");
                }
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                cells.add(continued ? "" : SheetGrid.cellText(text(cell.text()).replace("\u000b", "")));
            }
            lines.add(String.join("\t", cells));
        }
        return lines;
    }

    /** The grid column whose edge is nearest {@code left}. */
    private static int column(List<Integer> grid, int left) {
        int best = 0;
        for (int k = 1; k < grid.size(); k++) {
            if (Math.abs(grid.get(k) - left) < Math.abs(grid.get(best) - left)) {
                best = k;
            }
        }
        return best;
    }

    /** Text without field codes (their results stay), paragraph, cell and page marks. */
    private static String text(String raw) {
        String t = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '\r' && c != '\u0007' && c != '\f' && c != '\u0001' && c != '\u0008') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
