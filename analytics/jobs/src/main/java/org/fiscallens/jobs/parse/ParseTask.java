package org.fiscallens.jobs.parse;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function2;
import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.source.DuplicateDocument;
import org.fiscallens.jobs.localfs.ForkFreeLocalFileSystem;
import org.fiscallens.jobs.versions.DocumentSummary;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The Spark task body: reads each document of its partition (any Hadoop file system: local, HDFS, S3), parses it
 * with {@link DisclosureParser#standard()} and writes its records straight into the partition's staged Parquet
 * files ({@link StagedTables}: one flat file per record table, documents in input order), then returns the rows
 * written per table and a {@link DocumentSummary} per document, with a {@link DuplicateDocument} issue for each
 * copy of a document the driver found ({@link DuplicateFiles}). A document whose bytes cannot be read fails the task with the path in the message (Spark
 * retries it, then fails the build with that cause); a failed task leaves no staged file behind.
 */
final class ParseTask implements Function2<Integer, Iterator<DocumentRef>, Iterator<ParseTask.Result>> {
    /** One per executor JVM: a new Configuration parses Hadoop's default XML files (tens of ms per task). */
    static final Configuration HADOOP_CONF = hadoopConf();
    /**
     * Tables whose records are distinct by construction, so the staging guard below skips them: lines are
     * numbered, and the parser keeps each narrative fact and each check once (hashing every check's message
     * again here was most of the guard's cost).
     */
    private static final Set<String> DISTINCT_BY_CONSTRUCTION = Set.of("document_lines", "narrative_facts", "checks");
    private final WarehouseSchema schema;
    private final String rootUri;
    private final String displayRoot;
    private final String stagingUri;
    private final String codec;
    private final ParseTimes times;

    /**
     * Paths under {@code rootUri} are recorded as {@code displayRoot} + the rest (portable provenance); records go
     * under {@code stagingUri}, compressed with {@code codec} (a Parquet codec name: {@code snappy},
     * {@code uncompressed}, …).
     */
    ParseTask(WarehouseSchema schema, String rootUri, String displayRoot, String stagingUri, String codec,
              ParseTimes times) {
        this.schema = schema;
        this.rootUri = rootUri;
        this.displayRoot = displayRoot;
        this.stagingUri = stagingUri;
        this.codec = codec;
        this.times = times;
    }

    /** What one task staged: rows per record table (in {@link RecordRows#TABLES} order) and a summary per document. */
    record Result(long[] rows, List<DocumentSummary> documents) implements java.io.Serializable {
    }

    @Override
    public Iterator<Result> call(Integer partition, Iterator<DocumentRef> documents) {
        DisclosureParser parser = DisclosureParser.standard();
        RecordRows records = new RecordRows(schema);
        List<DocumentSummary> summaries = new ArrayList<>();
        try (StagedTables out = new StagedTables(schema, stagingUri, partition, HADOOP_CONF, codec)) {
            while (documents.hasNext()) {
                summaries.add(stage(documents.next(), parser, records, out));
            }
            return List.of(new Result(out.commit(), summaries)).iterator();
        }
    }

    private DocumentSummary stage(DocumentRef ref, DisclosureParser parser, RecordRows records, StagedTables out) {
        long t0 = System.nanoTime();
        String path = ref.path();
        byte[] bytes = read(path, HADOOP_CONF);
        long t1 = System.nanoTime();
        String display = displayPath(path);
        DocumentText text = DocumentText.decode(display, bytes);
        ParsedDisclosure parsed = withCopies(text.parse(parser, display, bytes), ref, display, text.docId());
        long t2 = System.nanoTime();
        write(display, text, parsed, records, out);
        times.add(t1 - t0, t2 - t1, System.nanoTime() - t2);
        return DocumentSummary.of(display, path, text.docId(), parsed, List.of());
    }

    /** Writes one parsed document's records (and its lines) into {@code out}. */
    static void write(String display, DocumentText text, ParsedDisclosure parsed, RecordRows records, StagedTables out) {
        List<String> tables = RecordRows.TABLES;
        // a guard: a record identical in every column to one already written is kept once
        List<Set<List<Object>>> seen = new ArrayList<>(tables.size());
        for (String table : tables) {
            seen.add(DISTINCT_BY_CONSTRUCTION.contains(table) ? null : new HashSet<>());
        }
        records.rows(display, text, parsed, r -> {
            int i = r.tableIndex();
            Set<List<Object>> written = seen.get(i);
            if (written == null || written.add(Arrays.asList(r.values()))) {
                out.write(i, r.values());
            }
        });
    }

    /** {@code parsed} plus a {@link DuplicateDocument} issue for each copy of this document the run skipped. */
    private ParsedDisclosure withCopies(ParsedDisclosure parsed, DocumentRef ref, String display, String docId) {
        if (ref.copies().isEmpty()) {
            return parsed;
        }
        List<ParseIssue> issues = new ArrayList<>(parsed.issues());
        for (String copy : ref.copies()) {
            issues.add(DuplicateDocument.issue(displayPath(copy), display, docId));
        }
        return new ParsedDisclosure(parsed.document(), parsed.lineItems(), parsed.tables(), parsed.narrativeFacts(),
                parsed.threePublic(), parsed.performanceProjects(), parsed.checks(), issues);
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

    /**
     * The document's bytes: a {@code file:} URI straight through NIO (on one machine, reading 7,500 documents
     * through Hadoop's checksummed local file system took 15 s of task time), anything else through its Hadoop
     * file system.
     */
    static byte[] read(String path, Configuration conf) {
        try {
            Path p = new Path(path);
            java.net.URI uri = p.toUri();
            if ("file".equals(uri.getScheme())) {
                return Files.readAllBytes(java.nio.file.Path.of(uri));
            }
            FileSystem fs = p.getFileSystem(conf);
            try (FSDataInputStream in = fs.open(p)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read disclosure " + path, e);
        }
    }
}
