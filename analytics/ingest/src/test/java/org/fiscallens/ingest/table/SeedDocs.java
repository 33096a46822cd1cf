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
        return new DocumentInfo(docId, null, null, null, null, null, null, null, kind, unit, null, "UTF-8", 0);
    }

    static SourceDocument text(String... lines) {
        return new SourceDocument("synthetic.txt", "synthetic", "UTF-8", List.of(lines));
    }

    static TableExtraction extract(String prefix, DocKind kind, String unit) {
        SourceDocument doc = load(prefix);
        return TableExtractor.standard().extract(doc, info(prefix, kind, unit));
    }
}
