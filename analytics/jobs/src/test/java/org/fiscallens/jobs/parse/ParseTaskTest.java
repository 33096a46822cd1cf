package org.fiscallens.jobs.parse;

import org.apache.spark.util.LongAccumulator;
import org.fiscallens.jobs.warehouse.WarehouseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parse task without a Spark context: a real seed, in a folder whose name has a space and Chinese
 * characters (as a Hadoop listing names it), is staged as one flat Parquet file per record table, read back here
 * through DuckDB with the contract's types.
 */
class ParseTaskTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));

    @Test
    void aSeedIsStagedAsOneFilePerTableWithItsLinesAndRecords(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("新乡 医保");
        Path doc = copySeed("000_", folder, "决算 2024.txt");
        Path staging = dir.resolve("staging");

        long[] counts = run(task(folder, staging), 3, doc);

        for (String table : RecordRows.TABLES) {
            try (Stream<Path> files = Files.list(staging.resolve(table))) {
                assertThat(files.map(p -> p.getFileName().toString())).as(table).containsExactly("part-00003.parquet");
            }
        }
        int lineCount = Files.readAllLines(doc).size();
        assertThat(counts[RecordRows.TABLES.indexOf("documents")]).isEqualTo(1);
        assertThat(counts[RecordRows.TABLES.indexOf("document_lines")]).isEqualTo(lineCount);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(first(c, "SELECT source_path || ' ' || department_name || ' ' || line_count FROM "
                    + parquet(staging, "documents"))).isEqualTo("disclosures/决算 2024.txt 新乡县医疗保障局 " + lineCount);
            assertThat(first(c, "SELECT count(*) FROM " + parquet(staging, "line_items"))).isEqualTo(
                    String.valueOf(counts[RecordRows.TABLES.indexOf("line_items")]));
            // contract types survive the hand-over: 元 as DECIMAL(18,2), the 719.68 万元 一般公共预算财政拨款 total
            assertThat(first(c, "SELECT typeof(amount) FROM " + parquet(staging, "line_items") + " LIMIT 1"))
                    .isEqualTo("DECIMAL(18,2)");
            assertThat(first(c, "SELECT count(*) FROM " + parquet(staging, "line_items") + " WHERE amount = "
                    + new BigDecimal("7196800.00"))).isNotEqualTo("0");
            // provenance: every line item's raw line is the staged text of its source line
            assertThat(first(c, "SELECT count(*) FROM " + parquet(staging, "line_items") + " li JOIN "
                    + parquet(staging, "document_lines") + " l ON l.doc_id = li.doc_id AND l.line_no = li.source_line"
                    + " WHERE l.text <> li.raw_line")).isEqualTo("0");
            assertThat(first(c, "SELECT min(line_no) || '-' || max(line_no) FROM " + parquet(staging, "document_lines")))
                    .isEqualTo("1-" + lineCount);
        }
    }

    @Test
    void aRetriedTaskReplacesItsFilesAndAFailedOneLeavesNone(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("in");
        Path doc = copySeed("004_", folder, "a.txt");
        Path staging = dir.resolve("staging");
        long[] once = run(task(folder, staging), 0, doc);
        long[] again = run(task(folder, staging), 0, doc);
        assertThat(again).isEqualTo(once);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(first(c, "SELECT count(*) FROM " + parquet(staging, "documents"))).isEqualTo("1");
        }

        Path missing = folder.resolve("gone.txt");
        assertThatThrownBy(() -> run(task(folder, staging), 1, doc, missing))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("gone.txt");
        try (Stream<Path> files = Files.walk(staging)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("partition 1 failed: only partition 0's files").allMatch(n -> n.equals("part-00000.parquet"));
        }
    }

    private static ParseTask task(Path folder, Path staging) {
        String rootUri = new org.apache.hadoop.fs.Path(folder.toUri()).toString();
        ParseTimes times = new ParseTimes(new LongAccumulator(), new LongAccumulator(), new LongAccumulator());
        return new ParseTask(WarehouseSchema.contract(), rootUri, "disclosures", staging.toUri().toString(),
                "snappy", times);
    }

    /** Runs the task on {@code docs} as partition {@code partition}, as a Hadoop listing names them. */
    private static long[] run(ParseTask task, int partition, Path... docs) {
        List<DocumentRef> refs = new ArrayList<>();
        for (Path d : docs) {
            refs.add(new DocumentRef(new org.apache.hadoop.fs.Path(d.toUri()).toString(), List.of()));
        }
        Iterator<ParseTask.Result> out = task.call(partition, refs.iterator());
        ParseTask.Result result = out.next();
        assertThat(out.hasNext()).isFalse();
        assertThat(result.documents()).hasSize(docs.length);
        return result.rows();
    }

    /** Copies the seed whose file name starts with {@code prefix} into {@code folder} (created) as {@code name}. */
    private static Path copySeed(String prefix, Path folder, String name) throws Exception {
        Path seed;
        try (var files = Files.list(SEEDS)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        return Files.copy(seed, Files.createDirectories(folder).resolve(name));
    }

    private static String parquet(Path staging, String table) {
        return "read_parquet('" + staging.resolve(table) + "/*.parquet')";
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
