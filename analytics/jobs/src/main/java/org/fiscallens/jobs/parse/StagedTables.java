package org.fiscallens.jobs.parse;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One parse task's staged output: for every record table a Parquet file {@code <staging>/<table>/part-NNNNN.parquet}
 * (NNNNN: the task's partition; written even when empty, so every table's folder exists). Files are written under
 * a temporary name and renamed when the task commits, replacing a file an earlier attempt of the same partition
 * left, so a retried task never stages its documents twice and a failed one leaves no file that looks complete.
 */
final class StagedTables implements AutoCloseable {
    private final List<Path> finals = new ArrayList<>();
    private final List<Path> temps = new ArrayList<>();
    private final List<ParquetWriter<Object[]>> writers = new ArrayList<>();
    private final long[] counts = new long[RecordRows.TABLES.size()];
    private final FileSystem fs;
    private boolean committed;

    /**
     * Opens partition {@code partition}'s staged files under {@code stagingUri}, compressed with {@code codec} (a
     * Parquet codec name: {@code snappy}, {@code zstd}, {@code uncompressed}, …, in any case).
     */
    StagedTables(WarehouseSchema schema, String stagingUri, int partition, Configuration conf, String codec) {
        this(schema, stagingUri, partition, conf, CompressionCodecName.fromConf(codec.toUpperCase(java.util.Locale.ROOT)));
    }

    private StagedTables(WarehouseSchema schema, String stagingUri, int partition, Configuration conf, CompressionCodecName codec) {
        String attempt = UUID.randomUUID().toString();
        try {
            this.fs = new Path(stagingUri).getFileSystem(conf);
            for (String table : RecordRows.TABLES) {
                Path dir = new Path(stagingUri, table);
                String name = String.format("part-%05d.parquet", partition);
                Path temp = new Path(dir, "." + name + "." + attempt + ".inprogress");
                finals.add(new Path(dir, name));
                temps.add(temp);
                writers.add(RecordParquet.open(schema.table(table), temp, conf, codec));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot open staged Parquet under " + stagingUri, e);
        }
    }

    /** Appends one row of the record table at {@code tableIndex} in {@link RecordRows#TABLES}. */
    void write(int tableIndex, Object[] values) {
        try {
            writers.get(tableIndex).write(values);
            counts[tableIndex]++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write staged " + RecordRows.TABLES.get(tableIndex), e);
        }
    }

    /** Closes every file and gives it its final name. Returns the rows written per table, in TABLES order. */
    long[] commit() {
        try {
            for (ParquetWriter<Object[]> w : writers) {
                w.close();
            }
            writers.clear();
            for (int i = 0; i < finals.size(); i++) {
                fs.delete(finals.get(i), false);
                if (!fs.rename(temps.get(i), finals.get(i))) {
                    throw new IOException("cannot rename " + temps.get(i) + " to " + finals.get(i));
                }
            }
            committed = true;
            return counts.clone();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit staged Parquet " + finals, e);
        }
    }

    /** Without a commit: closes what is open and deletes the temporary files (best effort). */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (ParquetWriter<Object[]> w : writers) {
            try {
                w.close();
            } catch (IOException | RuntimeException ignored) {
                // the task is failing already; its own exception is the one to report
            }
        }
        writers.clear();
        for (Path t : temps) {
            try {
                fs.delete(t, false);
            } catch (IOException | RuntimeException ignored) {
                // as above
            }
        }
    }
}
