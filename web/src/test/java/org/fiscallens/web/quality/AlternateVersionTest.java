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
            assertThat(page).contains("doc-chip final alt", "2024 决算 · 未采用");
            String overview = server.get("/").body();
            String row = overview.substring(overview.indexOf(">新乡县医疗保障局</a>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row.indexOf("doc-chip final alt")).as("the counted version first, then the other")
                    .isGreaterThan(row.indexOf("doc-chip final\""));
            assertThat(server.rows("/api/quality/documents")).filteredOn(d -> d.get("doc_id").asText()
                    .equals(SeedWarehouse.ALTERNATE_ID)).singleElement()
                    .satisfies(d -> assertThat(d.get("status_kind").asText()).isEqualTo("alternate_version"));
            assertThat(server.get("/quality").body()).contains("另一版本（未采用）");
        }
    }
}
