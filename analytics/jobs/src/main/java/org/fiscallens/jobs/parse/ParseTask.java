package org.fiscallens.jobs.parse;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.jobs.localfs.ForkFreeLocalFileSystem;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The Spark task body: reads each document (any Hadoop file system: local, HDFS, S3), parses it with
 * {@link DisclosureParser#standard()} and emits its staged record rows. A document whose bytes cannot be
 * read fails the task with the path in the message (Spark retries it, then fails the build with that cause).
 */
final class ParseTask implements FlatMapFunction<Iterator<DocumentRef>, Row> {
    /** One per executor JVM: a new Configuration parses Hadoop's default XML files (tens of ms per task). */
    private static final Configuration HADOOP_CONF = hadoopConf();
    private final WarehouseSchema schema;
    private final String rootUri;
    private final String displayRoot;

    /** Paths under {@code rootUri} are recorded as {@code displayRoot} + the rest (portable provenance). */
    ParseTask(WarehouseSchema schema, String rootUri, String displayRoot) {
        this.schema = schema;
        this.rootUri = rootUri;
        this.displayRoot = displayRoot;
    }

    /** Parses lazily, one document at a time as Spark drains its rows: a task holds one document's rows. */
    @Override
    public Iterator<Row> call(Iterator<DocumentRef> documents) {
        DisclosureParser parser = DisclosureParser.standard();
        RecordRows records = new RecordRows(schema);
        return new Iterator<>() {
            private final ArrayDeque<Row> buffer = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && documents.hasNext()) {
                    parseInto(documents.next(), parser, records, buffer);
                }
                return !buffer.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.poll();
            }
        };
    }

    private void parseInto(DocumentRef ref, DisclosureParser parser, RecordRows records, ArrayDeque<Row> out) {
        String path = ref.path();
        byte[] bytes = read(path, HADOOP_CONF);
        String display = displayPath(path);
        long[] seq = {(long) ref.ordinal() << 32};
        ParsedDisclosure parsed = parser.parse(display, bytes);
        int slots = RecordRows.TABLES.size();
        // a record the parser emitted twice, identical in every column, is kept once
        Set<List<Object>> seen = new HashSet<>();
        records.rows(display, DocumentText.decode(display, bytes), parsed, r -> {
            if (!r.table().equals("document_lines")) {
                List<Object> key = new ArrayList<>(Arrays.asList(r.values()));
                key.add(r.table());
                if (!seen.add(key)) {
                    return;
                }
            }
            Object[] wide = new Object[slots + 2];
            wide[0] = r.table();
            wide[1] = seq[0]++;
            wide[2 + RecordRows.TABLES.indexOf(r.table())] = RowFactory.create(r.values());
            out.add(RowFactory.create(wide));
        });
    }

    /**
     * Hadoop caches one file system per scheme whatever the configuration, so the first {@code file:} lookup
     * decides which class serves it: this one names the same class as the session does.
     */
    private static Configuration hadoopConf() {
        Configuration conf = new Configuration();
        conf.set("fs.file.impl", ForkFreeLocalFileSystem.class.getName());
        return conf;
    }

    /** The path as the user named the input folder, e.g. {@code data/disclosures/000_….txt}. */
    String displayPath(String path) {
        if (path.startsWith(rootUri)) {
            String rest = path.substring(rootUri.length());
            return displayRoot + (rest.startsWith("/") || displayRoot.endsWith("/") ? "" : "/") + rest;
        }
        return path.startsWith("file:") ? path.substring("file:".length()) : path;
    }

    private static byte[] read(String path, Configuration conf) {
        Path p = new Path(path);
        try {
            FileSystem fs = p.getFileSystem(conf);
            try (FSDataInputStream in = fs.open(p)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read disclosure " + path, e);
        }
    }
}
