package org.fiscallens.web.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.fiscallens.web.SeedWarehouse;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF's reading is marked with its pages, so a figure's line can be found in the PDF: over a copy of the seed
 * warehouse where 新乡 2024 carries the {@code pdf_read} note of a three-page PDF ({@link SeedWarehouse#withPdfPages}),
 * the lines API gives each line its page and the source page shows a marker where each page starts; a document read
 * from text has neither.
 */
class PdfPagesHttpTest {
    @Test
    void aPdfsLinesCarryTheirPages(@TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(SeedWarehouse.withPdfPages(dir))) {
            String pdf = server.rows("/api/documents").stream().filter(d -> d.get("fiscal_year").asInt() == 2024
                    && d.get("department_id").asText().equals("新乡县医疗保障局")).findFirst().orElseThrow()
                    .get("doc_id").asText();
            List<JsonNode> lines = server.rows("/api/documents/" + pdf + "/lines?from=99&to=102");
            assertThat(lines).extracting(l -> l.get("line_no").asInt() + ":" + l.get("page").asInt() + ":"
                    + l.get("page_start").asBoolean()).containsExactly("99:1:false", "100:1:false", "101:2:true", "102:2:false");
            String page = server.get("/documents/" + pdf).body();
            assertThat(page).contains("— 第 1 页 —", "— 第 2 页 —", "— 第 3 页 —").doesNotContain("第 4 页");
            assertThat(page.indexOf("— 第 2 页 —")).isLessThan(page.indexOf("id=\"L101\"")).isGreaterThan(page.indexOf("id=\"L100\""));
            assertThat(server.get("/documents/" + pdf + "?lang=en").body()).contains("— page 2 —");

            String text = server.rows("/api/documents").stream().filter(d -> d.get("fiscal_year").asInt() == 2026)
                    .findFirst().orElseThrow().get("doc_id").asText();
            assertThat(server.rows("/api/documents/" + text + "/lines?from=1&to=1").get(0).has("page")).isFalse();
            assertThat(server.get("/documents/" + text).body()).doesNotContain("class=\"page\"");
        }
    }
}
