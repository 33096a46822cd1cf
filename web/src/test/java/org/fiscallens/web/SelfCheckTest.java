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
            assertThat(report).contains("self-check /api/execution ").contains("/charts/execution/ranking.png")
                    .containsPattern("/departments/no-such-department +404");
            assertThat(report.lines()).hasSize(15).allMatch(l -> l.matches("self-check \\S+ +(200|404)"));
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
