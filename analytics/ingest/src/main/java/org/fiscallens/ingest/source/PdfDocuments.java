package org.fiscallens.ingest.source;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.fiscallens.ingest.ParseIssue;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF — the form most 部门预算/决算 are published in — read with Apache PDFBox and tabula-java as the text its pages
 * show, page after page, top to bottom: each table ruled with lines (as Word, Excel and WPS print them) a line per row
 * of tab-separated cells, found from the ruling lines by tabula's lattice extraction, so an empty cell stays an empty
 * cell and every value keeps its header's column; the text outside tables a line per paragraph
 * ({@link PdfTextLines}, {@link PdfParagraphs}). A table without rulings is read as its printed lines, aligned with
 * spaces. What was read is reported once, as {@code pdf_read} (info), with each page's lines, so a figure's line can
 * be found on its page. A PDF without a text layer (a scan) or one that needs a password is
 * unreadable, with what to do.
 */
final class PdfDocuments {

    /**
     * PDFBox and its FontBox log through java.util.logging each font they substitute or find odd and the font cache
     * they build on first use: not news to a user, whose issues say what was read. Held here, as the logging keeps its
     * loggers weakly.
     */
    private static final List<java.util.logging.Logger> PDFBOX_LOGS = List.of(quiet("org.apache.pdfbox"),
            quiet("org.apache.fontbox"));

    private PdfDocuments() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** The lines the PDF {@code bytes} show, or null when they are no PDF. */
    static List<String> read(String path, String docId, byte[] bytes, List<ParseIssue> issues)
            throws UnreadableDocumentException {
        if (!DocumentDecoder.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return null;
        }
        try (PDDocument pdf = PDDocument.load(bytes); ObjectExtractor extractor = new ObjectExtractor(pdf)) {
            List<Sheet> sheets = sheets(extractor);
            if (sheets.stream().allMatch(sh -> sh.page().getText().isEmpty())) {
                throw new UnreadableDocumentException(path, "a PDF of " + sheets.size() + " page(s) without a text layer"
                        + " (a scan): run OCR on it first and build from the text", "没有文字层的 PDF（扫描件，共 "
                        + sheets.size() + " 页）：请先做文字识别（OCR），再以识别出的文字构建");
            }
            PdfFurniture furniture = PdfFurniture.of(sheets.stream().map(Sheet::text).toList());
            PdfPageJoin pages = new PdfPageJoin();
            int[] dropped = {0};
            for (int p = 0; p < sheets.size(); p++) {
                Sheet sheet = sheets.get(p);
                pages.add(p + 1, page(sheet.page(), sheet.tables(), furniture.strip(sheet.text(), dropped)));
            }
            issues.add(note(path, docId, sheets, dropped[0], pages));
            return pages.lines();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(path, "a PDF that needs a password: save it without one first",
                    "需要密码的 PDF：请先另存为无密码的文件", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(path, "a PDF that cannot be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "): print it to PDF again or extract its text",
                    "无法读取的 PDF（" + e.getMessage() + "）：请重新打印为 PDF 或提取其文字", e);
        }
    }

    /** A page as tabula reads it: its ruled tables and its printed lines outside them (furniture included). */
    private record Sheet(Page page, List<Table> tables, List<PdfTextLines.Line> text) {
    }

    private static List<Sheet> sheets(ObjectExtractor extractor) {
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        List<Sheet> sheets = new ArrayList<>();
        PageIterator it = extractor.extract();
        while (it.hasNext()) {
            Page page = it.next();
            List<Table> ruled = PdfTableGrid.outermost(lattice.extract(page).stream()
                    .filter(t -> PdfTableGrid.aTable(t, page.getText())).toList()).stream()
                    .map(t -> PdfOpenRows.close(t, page.getVerticalRulings())).toList();
            sheets.add(new Sheet(page, ruled, PdfTextLines.of(outside(page, ruled))));
        }
        return sheets;
    }

    /** The {@code pdf_read} note: pages, ruled tables, furniture left out, each page's lines and the rows joined. */
    private static ParseIssue note(String path, String docId, List<Sheet> sheets, int dropped, PdfPageJoin pages) {
        List<Integer> rowsJoined = pages.rowsJoined();
        int tables = sheets.stream().mapToInt(sh -> sh.tables().size()).sum();
        List<String> where = new ArrayList<>();
        List<String> whereZh = new ArrayList<>();
        for (int[] p : pages.pageLines()) {
            where.add("p." + p[0] + " lines " + p[1] + "–" + p[2]);
            whereZh.add("第 " + p[0] + " 页为第 " + p[1] + "–" + p[2] + " 行");
        }
        return new ParseIssue(path, docId, 0, null, "pdf_read", "info",
                "a PDF read as text: " + sheets.size() + " page(s) top to bottom, " + tables + " ruled table(s) a line per"
                        + " row with tab-separated cells, the rest a line per paragraph"
                        + (dropped > 0 ? " (" + dropped + " page number(s) and running header or footer lines left out)" : "")
                        + "; " + String.join(", ", where)
                        + (rowsJoined.isEmpty() ? "" : "; table rows a page break cut in two, each read as one: line(s) "
                        + join(rowsJoined, ", ")),
                "PDF 已按文本读取：共 " + sheets.size() + " 页，自上而下；" + tables + " 个带框线的表格每行一行、单元格以制表符分隔，"
                        + "其余文字每段一行" + (dropped > 0 ? "（略去 " + dropped + " 行页码及页眉页脚）" : "")
                        + "；" + String.join("，", whereZh)
                        + (rowsJoined.isEmpty() ? "" : "；跨页断开的表格行已各合并为一行：第 " + join(rowsJoined, "、") + " 行"), null);
    }

    private static String join(List<Integer> numbers, String separator) {
        return String.join(separator, numbers.stream().map(String::valueOf).toList());
    }

    /**
     * One page: its paragraphs ({@code outside}: its printed lines outside the tables, furniture left out) and the
     * tables' rows, in the order they stand on the page.
     */
    private static PdfPageJoin.Shown page(Page page, List<Table> tables, List<PdfTextLines.Line> outside) {
        PdfParagraphs.Page prose = PdfParagraphs.join(outside,
                tables.stream().mapToDouble(Table::getRight).max().orElse(0));
        List<PdfTextLines.Line> text = prose.paragraphs();
        List<PdfTextLines.Line> lines = new ArrayList<>();
        int next = 0;
        boolean tableFirst = !tables.isEmpty() && (text.isEmpty() || tables.get(0).getTop() < text.get(0).top());
        boolean tableLast = !tables.isEmpty() && (text.isEmpty() || tables.get(tables.size() - 1).getTop() > text.get(text.size() - 1).top());
        List<PdfTableGrid.Grid> grids = new ArrayList<>();
        for (Table table : tables) {
            while (next < text.size() && text.get(next).top() < table.getTop()) {
                lines.add(text.get(next++));
            }
            PdfTableGrid.Grid grid = PdfTableGrid.grid(table, page.getText());
            grids.add(grid);
            for (PdfTableGrid.Row row : grid.rows()) {
                lines.add(new PdfTextLines.Line(table.getTop(), table.getBottom(), table.getLeft(), table.getRight(), 0, true, row.text()));
            }
        }
        while (next < text.size()) {
            lines.add(text.get(next++));
        }
        return new PdfPageJoin.Shown(new PdfParagraphs.Page(lines, prose.endsFull() && !tableLast, prose.startsOn() && !tableFirst),
                tableFirst ? grids.get(0) : null, tableLast ? grids.get(grids.size() - 1) : null);
    }

    /** The page's characters outside its tables. */
    private static List<TextElement> outside(Page page, List<Table> tables) {
        List<TextElement> outside = new ArrayList<>();
        for (TextElement t : page.getText()) {
            if (tables.stream().noneMatch(table -> PdfTableGrid.inside(table, t))) {
                outside.add(t);
            }
        }
        return outside;
    }
}
