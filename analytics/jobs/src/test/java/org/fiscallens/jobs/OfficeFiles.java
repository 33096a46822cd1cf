package org.fiscallens.jobs;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Seed text written as the office files disclosures are published in, for the builds that read them. */
final class OfficeFiles {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");

    private OfficeFiles() {
    }

    /** Each line a paragraph, each run of tab-separated lines a table. */
    static byte[] wordDocument(List<String> lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int n = 0; n < lines.size(); ) {
                if (lines.get(n).indexOf('\t') < 0) {
                    doc.createParagraph().createRun().setText(lines.get(n++));
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                while (n < lines.size() && lines.get(n).indexOf('\t') >= 0) {
                    rows.add(lines.get(n++).split("\t", -1));
                }
                XWPFTable table = doc.createTable(rows.size(), 1);
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    row.getCell(0).setText(rows.get(r)[0].strip());
                    for (int k = 1; k < rows.get(r).length; k++) {
                        row.addNewTableCell().setText(rows.get(r)[k].strip());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** One sheet a table: each line a row, each tab-separated cell a cell, amounts numbers shown #,##0.00. */
    static byte[] workbook(List<List<String>> sheets) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            for (List<String> lines : sheets) {
                Sheet sheet = book.createSheet("表" + (book.getNumberOfSheets() + 1));
                for (int n = 0; n < lines.size(); n++) {
                    Row row = sheet.createRow(n);
                    String[] cells = lines.get(n).split("\t", -1);
                    for (int k = 0; k < cells.length; k++) {
                        String text = cells[k].strip();
                        if (text.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(k);
                        if (AMOUNT.matcher(text).matches()) {
                            cell.setCellValue(Double.parseDouble(text));
                            cell.setCellStyle(money);
                        } else {
                            cell.setCellValue(text);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
