package org.fiscallens.ingest.source;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fiscallens.ingest.ParseIssue;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Word document ({@code .docx}, as most 部门预算/决算 are written before they are printed to PDF) read by Apache POI as
 * the text it shows, in order: each paragraph a line, after the number its list shows if any ({@link WordListNumbers};
 * a line break inside it starts a new one, a tab stays a tab, a
 * paragraph of spaces alone is an empty line, as a web page's {@code <p>&nbsp;</p>} saved by Word is),
 * each table row a line of tab-separated cells, a cell's paragraphs joined, a cell merged over columns its text
 * then empty cells, so every value keeps its header's column. Headers, footers and notes are left out. What was read
 * is reported once, as {@code word_document_read} (info).
 */
final class WordDocuments {
    private WordDocuments() {
    }

    /**
     * The lines of the Word document {@code bytes} hold, or null when they are none (no zip, or a zip without
     * {@code word/document.xml}); one that cannot be read raises {@link UnreadableDocumentException} with POI's
     * exception as its cause.
     */
    static List<String> read(String path, String docId, byte[] bytes, List<ParseIssue> issues)
            throws UnreadableDocumentException {
        if (!DocumentDecoder.startsWith(bytes, 'P', 'K', 3, 4)
                || !DocumentDecoder.contains(bytes, "word/document.xml".getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            WordListNumbers numbers = new WordListNumbers(doc);
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String number = numbers.label(p); // a list's number is shown, not written, in the paragraph
                    String[] shown = p.getText().replace("\r", "").split("\n", -1);
                    for (int i = 0; i < shown.length; i++) {
                        String line = i == 0 && !number.isEmpty() && !blank(shown[i]) ? number + shown[i] : shown[i];
                        lines.add(blank(line) ? "" : line);
                    }
                    paragraphs++;
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        lines.add(row(row));
                    }
                    tables++;
                } else if (e instanceof XWPFSDT sdt) { // a content control, such as a generated table of contents
                    lines.addAll(List.of(sdt.getContent().getText().replace("\r", "").split("\n", -1)));
                }
            }
            issues.add(note(path, docId, "a Word document (.docx)", "Word 文档（.docx）", paragraphs, tables));
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(path, "a Word document (.docx) that cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "): open it and save it again",
                    "无法读取的 Word 文档（.docx，" + e.getMessage() + "）：请打开后重新保存", e);
        }
    }

    /** The {@code word_document_read} note: what kind of Word file was read, with how many paragraphs and tables. */
    static ParseIssue note(String path, String docId, String what, String whatZh, int paragraphs, int tables) {
        return new ParseIssue(path, docId, 0, null, "word_document_read", "info",
                what + " read as text: " + paragraphs + " paragraph(s) a line each, " + tables
                        + " table(s) a line per row with tab-separated cells",
                whatZh + "已按文本读取：" + paragraphs + " 个段落各占一行，" + tables + " 个表格每行一行、单元格以制表符分隔", null);
    }

    /** Whether a line holds only spaces: ASCII, no-break (as a web page's {@code <p>&nbsp;</p>} becomes) or ideographic. */
    static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The row's cells, tab-separated; a cell spanning n grid columns is followed by n − 1 empty cells. */
    private static String row(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : cell.getParagraphs()) {
                text.append(p.getText());
            }
            cells.add(SheetGrid.cellText(text.toString()));
            CTTcPr props = cell.getCTTc().getTcPr();
            int span = props != null && props.isSetGridSpan() ? props.getGridSpan().getVal().intValue() : 1;
            for (int k = 1; k < span; k++) {
                cells.add("");
            }
        }
        return String.join("\t", cells);
    }
}
