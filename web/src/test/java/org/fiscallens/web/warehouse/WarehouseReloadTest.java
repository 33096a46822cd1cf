package org.fiscallens.web.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fiscallens.web.SeedWarehouse;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build publishes a new warehouse by atomic rename while the server runs: the watcher notices, every
 * connection to the old file is closed, and the next requests answer from the new file without a restart. A file built
 * by an older version, without columns the dashboard reads, is refused with what to do.
 */
class WarehouseReloadTest {

    @Test
    void newlyPublishedWarehouseIsPickedUpWithoutRestart(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("disclosures.duckdb");
        Files.copy(SeedWarehouse.path(), live);
        try (TestServer server = new TestServer(live);
             WarehouseWatcher watcher = new WarehouseWatcher(server.warehouse(), 100)) {
            String v1 = server.json("/api/version").get("warehouse").asText();
            assertThat(server.rows("/api/overview/headlines").get(0).get("documents").asInt()).isEqualTo(5);
            // several threads hold their own connection to the old file
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 8; i++) {
                pool.submit(() -> server.warehouse().query("directory/departments"));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
            assertThat(server.warehouse().openConnections()).isGreaterThanOrEqualTo(1);

            Path next = dir.resolve("disclosures.duckdb.next");
            Files.copy(SeedWarehouse.path(), next);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + next); Statement s = c.createStatement()) {
                s.execute("delete from documents where doc_kind = 'budget'");
                s.execute("update build_info set content_hash = 'republished-for-test'");
            }
            Files.move(next, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            String v2 = v1;
            for (int i = 0; i < 100 && v2.equals(v1); i++) {
                Thread.sleep(100);
                v2 = server.json("/api/version").get("warehouse").asText();
            }
            assertThat(v2).as("version after publishing").isNotEqualTo(v1);
            assertThat(server.rows("/api/overview/headlines").get(0).get("documents").asInt())
                    .as("answers come from the new file, not the cache of the old one").isEqualTo(3);
            assertThat(openDeletedFiles()).as("no descriptor still points at the replaced file").isEmpty();
        }
    }

    @Test
    void aWarehouseBuiltByAnOlderVersionIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.duckdb");
        Files.copy(SeedWarehouse.path(), old);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old); Statement s = c.createStatement()) {
            s.execute("alter table documents drop column is_part"); // as warehouses built before 29 Nov, evening
        }
        assertThatThrownBy(() -> Warehouse.open(old, new SqlLibrary()))
                .isInstanceOf(WarehouseUnavailable.class)
                .hasMessageContaining(old.toString())
                .hasMessageContaining("older version of Fiscal Lens (it has no documents.is_part)")
                .hasMessageContaining("build it again");
    }

    /** File descriptors of this process pointing at deleted files named like a warehouse (Linux /proc). */
    private static List<String> openDeletedFiles() throws IOException {
        List<String> out = new ArrayList<>();
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return out;
        }
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.contains("disclosures.duckdb") && target.endsWith("(deleted)")) {
                        out.add(target);
                    }
                } catch (IOException gone) {
                    // descriptor closed meanwhile
                }
            }
        }
        return out;
    }
}
