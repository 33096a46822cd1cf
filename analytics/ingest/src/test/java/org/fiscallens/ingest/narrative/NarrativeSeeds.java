package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test support: the real seed documents with a minimal, hand-built {@link DocumentInfo}. */
public final class NarrativeSeeds {
    private NarrativeSeeds() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("fiscallens.disclosures", "../../data/disclosures"));
    }

    /** The seed whose file name starts with {@code prefix} ("000", "001", …). */
    public static SourceDocument doc(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            Path path = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir()));
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            return new SourceDocument(path.toString(), "seed" + prefix, "UTF-8", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DocumentInfo info(SourceDocument doc, String department, int year, DocKind kind, String unit) {
        return new DocumentInfo(doc.docId(), doc.path(), department, null, null, null, null, year, kind, unit,
                "test", "UTF-8", doc.lineCount());
    }

    /** 万元 as 元, exactly. */
    public static BigDecimal wan(String amount) {
        return new BigDecimal(amount).movePointRight(4);
    }
}
