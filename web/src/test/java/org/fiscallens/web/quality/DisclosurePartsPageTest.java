package org.fiscallens.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fiscallens.web.SeedWarehouse;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A final account published as a 说明 and a 公开表 and read as one document ({@link SeedWarehouse#withParts}): the
 * dashboard shows both files after the document counted, marked as read with it rather than as versions not
 * counted, says so on each part's quality page instead of listing differences, and counts files, not the whole.
 */
class DisclosurePartsPageTest {
    private static final String XINXIANG = "/departments/新乡县医疗保障局";

    @Test
    void thePartsAreShownAsReadWithTheWhole(@TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(SeedWarehouse.withParts(dir))) {
            String page = server.get(XINXIANG).body();
            assertThat(page.split("doc-chip final alt", -1)).as("two parts").hasSize(3);
            assertThat(page).contains("2024 决算 · 已合并读取");
            assertThat(page).doesNotContain("未采用");
            assertThat(server.get(XINXIANG + "?lang=en").body()).contains("2024 Final account · read with its other part");

            String part = server.get("/quality?doc=" + SeedWarehouse.TABLES_PART_ID).body();
            assertThat(part).contains("同一公开分多个文件发布，本文件为其中之一", "分册文件（已合并读取）")
                    .doesNotContain("与采用版本的差异");
            assertThat(server.rows("/api/quality/documents")).filteredOn(d -> d.get("doc_id").asText()
                    .equals(SeedWarehouse.PROSE_PART_ID)).singleElement()
                    .satisfies(d -> assertThat(d.get("status_kind").asText()).isEqualTo("disclosure_part"));

            String wholeId = server.rows("/api/quality/documents").stream()
                    .filter(d -> d.get("file_name").asText().startsWith("000_"))
                    .findFirst().orElseThrow().get("doc_id").asText();
            assertThat(server.get("/documents/" + wholeId).body()).contains("同一公开分 2 个文件发布，合并为一个文件读取");
            assertThat(server.get("/documents/" + SeedWarehouse.PROSE_PART_ID).body())
                    .contains("2024 决算 · 已合并读取</h1>", "本文件为分两个文件公开的决算之一");
            assertThat(server.rows("/api/overview/headlines").get(0).get("documents").asInt())
                    .as("four other seeds and the two part files; the whole read from them is no file").isEqualTo(6);
        }
    }
}
