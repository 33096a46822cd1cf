package org.fiscallens.ingest.source;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fiscallens.ingest.ParseIssue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A workbook (电子表格: Excel {@code .xlsx} or {@code .xls}, as most 预算/决算公开表 are published) read by Apache POI as the
 * text of its sheets: each sheet in order, each row of it a line of tab-separated cells, a blank line between sheets.
 * A row's line is the sheet's first line plus its row index, so an empty row is an empty line; a cell shows what the
 * sheet shows (its number format: {@code 1,029.37}; a formula its last computed value), a cell merged over others its
 * text in its first cell, a line break inside a cell dropped; columns that only widen merged cells are left out
 * ({@link SheetGrid}). Hidden sheets are left out. Where each sheet's rows are
 * is reported once, as {@code workbook_read} (info), so a line can be found in the workbook.
 */
final class Workbooks {
    /** A workbook's text: its lines and the format read ({@code xlsx}, {@code xls}). */
    record Text(List<String> lines, String format) {
    }

    private Workbooks() {
    }

    /**
     * The text of the workbook {@code bytes} hold, or null when they are no workbook: a zip without
     * {@code xl/workbook.xml} (a .docx, an archive), an OLE2 file without a {@code Workbook} stream (a .doc). A workbook
     * that cannot be read (password, damage) raises {@link UnreadableDocumentException} naming why, with POI's
     * exception as its cause.
     */
    static Text read(String path, String docId, byte[] bytes, List<ParseIssue> issues) throws UnreadableDocumentException {
        String format = format(bytes);
        if (format == null) {
            return null;
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter shown = new DataFormatter(Locale.CHINA);
            shown.setUseCachedValuesForFormulaCells(true);
            List<String> lines = new ArrayList<>();
            List<String> where = new ArrayList<>();
            List<String> whereZh = new ArrayList<>();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                    continue;
                }
                Sheet sheet = book.getSheetAt(s);
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                int first = lines.size() + 1;
                List<List<String>> rows = SheetGrid.rows(sheet, shown);
                for (int r = 0; r < rows.size(); r++) {
                    lines.add(line(rows, r));
                }
                if (lines.size() >= first) {
                    where.add("«" + sheet.getSheetName() + "» lines " + first + "–" + lines.size());
                    whereZh.add("“" + sheet.getSheetName() + "”第 " + first + "–" + lines.size() + " 行");
                }
            }
            issues.add(new ParseIssue(path, docId, 0, null, "workbook_read", "info",
                    "an Excel workbook (." + format + ") read as text, each row a line of tab-separated cells (row n of a"
                            + " sheet on its first line + n − 1): " + (where.isEmpty() ? "no visible sheet" : String.join(", ", where)),
                    "Excel 工作簿（." + format + "）已按文本读取，每行一行、单元格以制表符分隔（工作表第 n 行在其首行 + n − 1）："
                            + (whereZh.isEmpty() ? "没有可见的工作表" : String.join("，", whereZh)), null));
            return new Text(lines, format);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(path, "an Excel workbook (." + format + ") protected by a password: open"
                    + " it and save it without one", "受密码保护的 Excel 工作簿（." + format + "）：请打开后取消密码另存", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(path, "an Excel workbook (." + format + ") that cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "): open it and save it again",
                    "无法读取的 Excel 工作簿（." + format + "，" + e.getMessage() + "）：请打开后重新保存", e);
        }
    }

    /** {@code xlsx}, {@code xls}, or null when the bytes are no workbook POI reads. */
    private static String format(byte[] bytes) {
        if (DocumentDecoder.startsWith(bytes, 'P', 'K', 3, 4)) {
            return DocumentDecoder.contains(bytes, "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII)) ? "xlsx" : null;
        }
        if (DocumentDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return DocumentDecoder.contains(bytes, "Workbook".getBytes(StandardCharsets.UTF_16LE)) ? "xls" : null;
        }
        return null;
    }

    /**
     * Row {@code r}'s cells joined by tabs. A row of one cell between rows of several (a section of a table:
     * {@code 二、机关运行经费}) ends in a tab, so it reads as a row of that table, not as the name of the row above
     * wrapped onto a line of its own; a row of one cell elsewhere (a title, a note, prose) is its text.
     */
    private static String line(List<List<String>> rows, int r) {
        List<String> cells = rows.get(r);
        String text = String.join("\t", cells);
        if (SheetGrid.filled(cells) != 1 || cells.size() > 1) {
            return text;
        }
        boolean inTable = SheetGrid.filled(neighbour(rows, r, -1)) >= 2 && SheetGrid.filled(neighbour(rows, r, 1)) >= 2;
        return inTable ? text + "\t" : text;
    }

    /** The nearest row above ({@code step} −1) or below (+1) with a filled cell, or none. */
    private static List<String> neighbour(List<List<String>> rows, int r, int step) {
        for (int k = r + step; k >= 0 && k < rows.size(); k += step) {
            if (SheetGrid.filled(rows.get(k)) > 0) {
                return rows.get(k);
            }
        }
        return List.of();
    }
}
