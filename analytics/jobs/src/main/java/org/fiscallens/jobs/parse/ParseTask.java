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
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The Spark task body: reads each document (any Hadoop file system: local, HDFS, S3), parses it with
 * {@link DisclosureParser#standard()} and emits its staged record rows. A document whose bytes cannot be
 * read fails the task with the path in the message (Spark retries it, then fails the build with that cause).
 */
final class ParseTask implements FlatMapFunction<Iterator<String>, Row> {
    /** One per executor JVM: a new Configuration parses Hadoop's default XML files (tens of ms per task). */
    private static final Configuration HADOOP_CONF = new Configuration();
    private final WarehouseSchema schema;
    private final String rootUri;
    private final String displayRoot;

    /** Paths under {@code rootUri} are recorded as {@code displayRoot} + the rest (portable provenance). */
    ParseTask(WarehouseSchema schema, String rootUri, String displayRoot) {
        this.schema = schema;
        this.rootUri = rootUri;
        this.displayRoot = displayRoot;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        DisclosureParser parser = DisclosureParser.standard();
        RecordRows records = new RecordRows(schema);
        Configuration conf = HADOOP_CONF;
        List<Row> out = new ArrayList<>();
        int slots = RecordRows.TABLES.size();
        while (paths.hasNext()) {
            String path = paths.next();
            byte[] bytes = read(path, conf);
            ParsedDisclosure parsed = parser.parse(displayPath(path), bytes);
            // a record the parser emitted twice, identical in every column, is kept once
            java.util.Set<java.util.List<Object>> seen = new java.util.HashSet<>();
            records.rows(displayPath(path), DocumentText.decode(displayPath(path), bytes), parsed, r -> {
                if (!r.table().equals("document_lines")) {
                    java.util.List<Object> key = new ArrayList<>(java.util.Arrays.asList(r.values()));
                    key.add(r.table());
                    if (!seen.add(key)) {
                        return;
                    }
                }
                Object[] wide = new Object[slots + 1];
                wide[0] = r.table();
                wide[1 + RecordRows.TABLES.indexOf(r.table())] = RowFactory.create(r.values());
                out.add(RowFactory.create(wide));
            });
        }
        return out.iterator();
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
