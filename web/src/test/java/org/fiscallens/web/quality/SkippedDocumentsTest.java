package org.fiscallens.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.fiscallens.web.SeedWarehouse;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /quality names every document by its file and says why one was skipped; the overview counts skipped files. The
 * warehouse is the seed warehouse plus an empty file among the disclosures ({@link SeedWarehouse#withEmptyFile}).
 */
class SkippedDocumentsTest {
    private static final String EMPTY_ID = SeedWarehouse.EMPTY_FILE_ID;

    @Test
    void aSkippedFileIsNamedWithItsReasonAndHasNoSourceLink(@TempDir Path dir) throws Exception {
        Path file = SeedWarehouse.withEmptyFile(dir);
        try (TestServer server = new TestServer(file)) {
            List<JsonNode> docs = server.rows("/api/quality/documents");
            assertThat(docs).hasSize(6);
            assertThat(docs).filteredOn(d -> d.get("doc_id").asText().equals(EMPTY_ID)).singleElement().satisfies(d -> {
                assertThat(d.get("file_name").asText()).isEqualTo("empty.txt");
                assertThat(d.get("status_kind").asText()).isEqualTo("unreadable_document");
                assertThat(d.get("status_message_zh").asText()).contains("空文件（0 字节）");
            });
            assertThat(docs).filteredOn(d -> !d.get("doc_id").asText().equals(EMPTY_ID)).allSatisfy(d -> {
                assertThat(d.get("file_name").asText()).matches("\\d{3}_[0-9a-f]{16}\\.txt");
                assertThat(d.get("status_kind").isNull()).as("the seeds are read whole").isTrue();
            });

            String zh = server.get("/quality").body();
            String row = zh.substring(zh.indexOf("<code>" + EMPTY_ID + "</code>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains("empty.txt", "无法读取的文件", "空文件（0 字节），已跳过此文件")
                    .as("no source link for a document without lines").doesNotContain("/documents/");
            assertThat(zh).contains("000_3717b7af8d77e38b.txt", "href=\"/documents/");
            assertThat(server.get("/quality?lang=en").body()).contains("unreadable file",
                    "empty file (0 bytes) — document skipped");
            assertThat(server.rows("/api/quality/documents?sort=score").get(0).get("doc_id").asText())
                    .as("least consistent first: a skipped document, which has no score, leads").isEqualTo(EMPTY_ID);

            assertThat(server.get("/").body()).contains("<span class=\"num\" id=\"stat-documents\">6</span>",
                    "其中 1 份未能读取或识别，见数据质量</a>");
            assertThat(server.rows("/api/overview/headlines").get(0).get("unplaced_documents").asInt()).isEqualTo(1);
        }
        try (TestServer seed = TestServer.seed()) {
            assertThat(seed.get("/").body()).doesNotContain("未能读取或识别");
        }
    }
}
