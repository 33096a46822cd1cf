package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Pattern;
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

    private static byte[] workbook(String[] lines, Workbook book) throws IOException {
        CellStyle money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        Sheet sheet = book.createSheet("公开表");
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }
}
