package org.fiscallens.ingest.table;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed disclosures as the table extractor sees them, with the minimal document facts it needs. */
final class SeedDocs {
    private SeedDocs() {
    }

    static Path dir() {
        return Path.of(System.getProperty("fiscallens.disclosures", "../../data/disclosures"));
    }

    static SourceDocument load(String prefix) {
        try (var files = Files.list(dir())) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return new SourceDocument(p.toString(), prefix, "UTF-8", text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentInfo info(String docId, DocKind kind, String unit) {
        return info(docId, kind, unit, null);
    }

    /** A document of {@code kind} in {@code unit} whose department (部门名称) is {@code department}, or unknown when null. */
    static DocumentInfo info(String docId, DocKind kind, String unit, String department) {
        return new DocumentInfo(docId, null, department, department, null, null, null, null, kind, unit, null, "UTF-8", 0);
    }

    static SourceDocument text(String... lines) {
        return new SourceDocument("synthetic.txt", "synthetic", "UTF-8", List.of(lines));
    }

    /**
     * The tables of {@code resource}, a test resource of text lines (a seed's pages as a reader wrote them), read as
     * a document of {@code kind} whose amounts are in {@code unit}.
     */
    static TableExtraction extractResource(String resource, DocKind kind, String unit) {
        return extractResource(resource, kind, unit, null);
    }

    /** As {@link #extractResource(String, DocKind, String)}, for a document of {@code department} (部门名称). */
    static TableExtraction extractResource(String resource, DocKind kind, String unit, String department) {
        try (java.io.InputStream in = SeedDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource not found: " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return TableExtractor.standard().extract(text(lines.toArray(String[]::new)),
                    info(resource, kind, unit, department));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableExtraction extract(String prefix, DocKind kind, String unit) {
        SourceDocument doc = load(prefix);
        return TableExtractor.standard().extract(doc, info(prefix, kind, unit));
    }
}
