package org.fiscallens.jobs.parse;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.fiscallens.jobs.warehouse.WarehouseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parse task without a Spark context: a real seed, in a folder whose name has a space and Chinese
 * characters (as a Hadoop listing names it), becomes one staged row with every record of the document.
 */
class ParseTaskTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));

    @Test
    void aSeedBecomesOneStagedRowWithItsLinesAndRecords(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("新乡 医保"));
        Path seed;
        try (var files = Files.list(SEEDS)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        Path doc = Files.copy(seed, folder.resolve("决算 2024.txt"));
        // what a Hadoop listing hands the task: the decoded path string of a file: URI
        String hadoopPath = new org.apache.hadoop.fs.Path(doc.toUri()).toString();
        String rootUri = new org.apache.hadoop.fs.Path(folder.toUri()).toString();
        ParseTimes times = new ParseTimes(new LongAccumulator(), new LongAccumulator(), new LongAccumulator());

        ParseTask task = new ParseTask(WarehouseSchema.contract(), rootUri, "disclosures", times);
        List<Row> rows = new ArrayList<>();
        Iterator<Row> it = task.call(List.of(new DocumentRef(7, hadoopPath)).iterator());
        it.forEachRemaining(rows::add);

        assertThat(rows).hasSize(1);
        WarehouseSchema schema = WarehouseSchema.contract();
        StructType staged = SparkSchemas.staged(schema);
        Row row = rows.get(0);
        Row documents = (Row) row.get(staged.fieldIndex(SparkSchemas.DOCUMENTS));
        StructType docCols = SparkSchemas.of(schema.table("documents"));
        List<Object> lines = Arrays.asList((Object[]) row.get(staged.fieldIndex(SparkSchemas.LINES)));
        assertThat(row.getLong(staged.fieldIndex(SparkSchemas.ORDINAL))).isEqualTo(7L);
        assertThat(documents.get(docCols.fieldIndex("source_path"))).isEqualTo("disclosures/决算 2024.txt");
        assertThat(documents.get(docCols.fieldIndex("department_name"))).isEqualTo("新乡县医疗保障局");
        assertThat(documents.get(docCols.fieldIndex("line_count"))).isEqualTo(lines.size());
        assertThat(lines).hasSize(Files.readAllLines(seed).size());
        StructType item = SparkSchemas.of(schema.table("line_items"));
        Object[] items = (Object[]) row.get(staged.fieldIndex("line_items"));
        assertThat(items).isNotEmpty().allSatisfy(r -> assertThat(((Row) r).get(item.fieldIndex("doc_id")))
                .isEqualTo(documents.get(docCols.fieldIndex("doc_id"))));
        // provenance: a line item's source line is a line of the staged text (numbered from 1)
        assertThat(items).anySatisfy(r -> assertThat(lines.get((Integer) ((Row) r).get(item.fieldIndex("source_line")) - 1))
                .isEqualTo(((Row) r).get(item.fieldIndex("raw_line"))));
        assertThat(times.millis()).containsKeys("parse.read", "parse.parse", "parse.rows");
    }
}
