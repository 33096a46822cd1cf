package org.fiscallens.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckTest {
    @Test
    void everyKindOfUrlAnswersOnTheSeedWarehouse() {
        try (TestServer server = TestServer.seed()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean ok = SelfCheck.run(Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1)),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            String report = out.toString(StandardCharsets.UTF_8);
            assertThat(ok).as(report).isTrue();
            assertThat(report).contains("self-check /api/execution ").contains("self-check /items ").contains("/charts/execution/ranking.png")
                    .containsPattern("/departments/no-such-department +404");
            assertThat(report.lines()).hasSize(17).allMatch(l -> l.matches("self-check \\S+ +(200|404)"));
        }
    }

    /** A document without department, year or lines (an empty file the build skipped) breaks no page. */
    @Test
    void everyKindOfUrlAnswersWhenAFileWasSkipped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (TestServer server = new TestServer(SeedWarehouse.withEmptyFile(dir))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean ok = SelfCheck.run(Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1)),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(ok).as(out.toString(StandardCharsets.UTF_8)).isTrue();
            for (String path : new String[]{"/quality?doc=" + SeedWarehouse.EMPTY_FILE_ID,
                    "/documents/" + SeedWarehouse.EMPTY_FILE_ID, "/departments", "/compare", "/api/overview/coverage"}) {
                assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void aServerThatIsNotThereFailsTheCheck() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SelfCheck.run(port, new PrintStream(out, true, StandardCharsets.UTF_8))).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("self-check /  ").contains("-1 (expected 200)");
    }
}
