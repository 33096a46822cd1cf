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
 * Two versions of one department's final account for one year ({@link SeedWarehouse#withAlternateVersion}): the
 * dashboard shows both, marks the one not counted, and counts no figure twice.
 */
class AlternateVersionTest {
    private static final String XINXIANG = "/departments/新乡县医疗保障局";

    @Test
    void theVersionNotCountedIsShownAsSuchAndNothingIsCountedTwice(@TempDir Path dir) throws Exception {
        List<JsonNode> seedProjects;
        try (TestServer seed = TestServer.seed()) {
            seedProjects = seed.rows("/api" + XINXIANG + "/performance");
        }
        assertThat(seedProjects).isNotEmpty();
        try (TestServer server = new TestServer(SeedWarehouse.withAlternateVersion(dir))) {
            assertThat(server.rows("/api" + XINXIANG + "/performance")).as("绩效自评 projects, not doubled")
                    .hasSameSizeAs(seedProjects);
            String page = server.get(XINXIANG).body();
            assertThat(page).contains("doc-chip final alt", "2024 决算 · 未采用", "href=\"/quality?doc=" + SeedWarehouse.ALTERNATE_ID
                    + "\">2024 决算 · 未采用</a>");
            assertThat(server.get("/documents/" + SeedWarehouse.ALTERNATE_ID).body()).contains("2024 决算 · 未采用</h1>");
            String overview = server.get("/").body();
            String row = overview.substring(overview.indexOf(">新乡县医疗保障局</a>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row.indexOf("doc-chip final alt")).as("the counted version first, then the other")
                    .isGreaterThan(row.indexOf("doc-chip final\""));
            assertThat(server.rows("/api/quality/documents")).filteredOn(d -> d.get("doc_id").asText()
                    .equals(SeedWarehouse.ALTERNATE_ID)).singleElement()
                    .satisfies(d -> assertThat(d.get("status_kind").asText()).isEqualTo("alternate_version"));
            assertThat(server.get("/quality").body()).contains("另一版本（未采用）");

            // the figures in which the two versions differ: the one corrected cell, its line in each version
            List<JsonNode> diff = server.rows("/api/quality/versions?doc=" + SeedWarehouse.ALTERNATE_ID);
            assertThat(diff).singleElement().satisfies(r -> {
                assertThat(r.get("code").asText()).isEqualTo("2101599");
                assertThat(r.get("this_value").decimalValue()).isEqualByComparingTo("257800.00");
                assertThat(r.get("counted_value").decimalValue()).isEqualByComparingTo("247800.00");
                assertThat(r.get("this_line").asInt()).isEqualTo(r.get("counted_line").asInt()).isPositive();
            });
            String versions = server.get("/quality?doc=" + SeedWarehouse.ALTERNATE_ID).body();
            assertThat(versions).contains("与采用版本的差异", "25.78", "24.78");
            String counted = diff.get(0).get("counted_doc_id").asText();
            assertThat(server.rows("/api/quality/versions?doc=" + counted)).as("the version counted differs from none").isEmpty();
            assertThat(server.get("/quality?doc=" + counted).body()).doesNotContain("与采用版本的差异");
            assertThat(server.get("/api/quality/versions").statusCode()).isEqualTo(400);
        }
    }
}
