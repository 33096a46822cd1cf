package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.fiscallens.ingest.table.LineItem;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seed saved as an Excel workbook (one sheet, each line a row, each tab-separated cell a cell of it; amounts as numbers
 * shown with thousands separators, {@code #,##0.00}, as a 公开表 workbook shows them; codes and the rest as text), in
 * both Excel formats, gives the records of the original on the same lines, and one {@code workbook_read} note more.
 * Not for 乌鲁木齐 (003): its only tables are 绩效 forms written one cell to a line, where a line holding only a tab
 * and an empty line mean different things, which a sheet's empty rows cannot tell apart.
 */
class WorkbookSeedsTest {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");

    @ParameterizedTest
    @CsvSource({"000,xlsx", "001,xls", "002,xlsx", "002,xls", "004,xlsx", "004,xls"})
    void aSeedSavedAsAWorkbookGivesTheSameRecords(String prefix, String format) throws IOException {
        RewrittenSeed seed = RewrittenSeed.of(prefix, rows -> rows.stream().map(r -> String.join("\t", r)).toList(), 0);
        byte[] book = workbook(seed.seed().lines(), format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook());

        ParsedDisclosure parsed = DisclosureParser.standard().parse(seed.seed().path(), book);
        assertThat(parsed.document().encoding()).isEqualTo(format);
        seed.assertSameRecords(parsed);
        ParsedDisclosure clean = seed.seed().clean();
        assertThat(parsed.issues()).filteredOn(i -> i.kind().equals("workbook_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).endsWith("«公开表» lines 1–" + seed.seed().lines().length));
        assertThat(parsed.issues().stream().map(ParseIssue::kind).filter(k -> !k.equals("workbook_read")).sorted())
                .containsExactlyElementsOf(clean.issues().stream().map(ParseIssue::kind).sorted().toList());
    }

    /**
     * The seed's tables one to a sheet, as a 公开表 workbook holds them, without the prose: above each table the short
     * lines that stood over it (its number, title, 部门名称, 单位, up to five), then its rows. The document is recognised
     * from those lines and every table row gives the line item it gives in the text, at another line.
     */
    @ParameterizedTest
    @CsvSource({"000,新乡县医疗保障局,2024,FINAL", "002,新乡县医疗保障局,2026,BUDGET"})
    void aSeedsTablesOneToASheetGiveItsLineItems(String prefix, String department, int year, String kind) throws IOException {
        DamagedSeed seed = DamagedSeed.of(prefix);
        Workbook book = new XSSFWorkbook();
        String[] src = seed.lines();
        int sheets = 0;
        for (int n = 0; n < src.length; ) {
            if (src[n].indexOf('\t') < 0) {
                n++;
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (int k = n - 1; k >= 0 && rows.size() < 5 && src[k].indexOf('\t') < 0; k--) {
                if (!src[k].isBlank() && src[k].strip().length() <= 60) {
                    rows.add(0, src[k].strip());
                }
            }
            while (n < src.length && src[n].indexOf('\t') >= 0) {
                rows.add(src[n++]);
            }
            fill(book, "表" + ++sheets, rows.toArray(String[]::new));
        }
        ParsedDisclosure parsed = DisclosureParser.standard().parse(seed.path(), bytes(book));
        assertThat(parsed.document().departmentName()).isEqualTo(department);
        assertThat(parsed.document().fiscalYear()).isEqualTo(year);
        assertThat(parsed.document().kind()).hasToString(kind);
        assertThat(sheets).isGreaterThan(10);
        assertThat(items(parsed.lineItems())).isEqualTo(items(seed.clean().lineItems()));
    }

    /** The line items by what they say, line numbers aside, with how often each occurs. */
    private static Map<String, Integer> items(List<LineItem> items) {
        Map<String, Integer> counted = new TreeMap<>();
        items.forEach(i -> counted.merge(DamagedSeed.key(i, 0).replaceFirst("^\\d+\\|", ""), 1, Integer::sum));
        return counted;
    }

    private static byte[] workbook(String[] lines, Workbook book) throws IOException {
        fill(book, "公开表", lines);
        return bytes(book);
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    /** A sheet named {@code name}: each line a row, each tab-separated cell a cell, amounts numbers shown #,##0.00. */
    private static void fill(Workbook book, String name, String[] lines) {
        CellStyle money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        Sheet sheet = book.createSheet(name);
        for (int n = 0; n < lines.length; n++) {
            Row row = sheet.createRow(n);
            String[] cells = lines[n].split("\t", -1);
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
}
