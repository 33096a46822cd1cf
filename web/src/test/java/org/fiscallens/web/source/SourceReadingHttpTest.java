package org.fiscallens.web.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.fiscallens.web.SeedWarehouse;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source page says how a file was read when it is no plain text: over a copy of the seed warehouse where one
 * document carries the note a workbook gives ({@code workbook_read}, as the build writes it for an {@code .xlsx}), its
 * page shows the note in the page's language, and a plain-text seed's page shows none.
 */
class SourceReadingHttpTest {
    @Test
    void aWorkbooksPageSaysWhichLinesEachSheetBecame(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("w.duckdb");
        Files.copy(SeedWarehouse.path(), copy);
        String workbook;
        String plain;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy);
             ResultSet r = c.createStatement().executeQuery("SELECT doc_id FROM documents ORDER BY source_path LIMIT 2")) {
            r.next();
            workbook = r.getString(1);
            r.next();
            plain = r.getString(1);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO parse_issues (doc_id, file, line, kind, severity,"
                    + " message, message_zh) VALUES (?, 'x.xlsx', 0, 'workbook_read', 'info', ?, ?)")) {
                p.setString(1, workbook);
                p.setString(2, "an Excel workbook (.xlsx) read as text: «收支总表» lines 1–38");
                p.setString(3, "Excel 工作簿（.xlsx）已按文本读取：“收支总表”第 1–38 行");
                p.executeUpdate();
            }
        }
        try (TestServer server = new TestServer(copy)) {
            assertThat(server.page("/documents/" + workbook)).contains("“收支总表”第 1–38 行")
                    .contains("title=\"workbook_read\"");
            assertThat(server.page("/documents/" + workbook + "?lang=en")).contains("«收支总表» lines 1–38");
            assertThat(server.page("/documents/" + plain)).doesNotContain("class=\"muted small reading\"");
        }
    }
}
