package org.fiscallens.jobs.parse;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.source.DecodedDocument;
import org.fiscallens.ingest.source.DocumentParts;
import org.fiscallens.jobs.versions.DisclosureParts;
import org.fiscallens.jobs.versions.DocumentSummary;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * On the driver, after the parse tasks: each disclosure published in two files ({@link DisclosureParts}) is read
 * again as one document, its prose part first ({@link DocumentParts}), parsed, and staged beside the tasks' files
 * as one more partition, so the loader sees it after every file's own document. Its parts stay staged as they
 * were; the versions step counts the whole instead of them. A part that cannot be decoded again leaves its pair
 * as two documents (it was decoded once already, so this means the file changed during the build).
 */
final class CombinedParts {
    private final WarehouseSchema schema;
    private final String stagingUri;
    private final String codec;

    CombinedParts(WarehouseSchema schema, String stagingUri, String codec) {
        this.schema = schema;
        this.stagingUri = stagingUri;
        this.codec = codec;
    }

    /** Stages the whole of each pair as partition {@code partition}; null when there are no pairs. */
    ParseTask.Result stage(List<DisclosureParts.Pair> pairs, int partition) {
        if (pairs.isEmpty()) {
            return null;
        }
        DisclosureParser parser = DisclosureParser.standard();
        RecordRows records = new RecordRows(schema);
        List<DocumentSummary> summaries = new ArrayList<>();
        try (StagedTables out = new StagedTables(schema, stagingUri, partition, ParseTask.HADOOP_CONF, codec)) {
            for (DisclosureParts.Pair pair : pairs) {
                DocumentText prose = decode(pair.prose());
                DocumentText tables = decode(pair.tables());
                if (prose.decoded() == null || tables.decoded() == null) {
                    continue;
                }
                String path = wholePath(pair.prose().sourcePath(), pair.tables().sourcePath());
                DecodedDocument whole = DocumentParts.combine(path, List.of(
                        new DocumentParts.Part(pair.prose().sourcePath(), prose.decoded()),
                        new DocumentParts.Part(pair.tables().sourcePath(), tables.decoded())));
                DocumentText text = new DocumentText(whole.document().docId(), whole);
                ParsedDisclosure parsed = parser.parse(path, whole);
                ParseTask.write(path, text, parsed, records, out);
                summaries.add(DocumentSummary.of(path, null, text.docId(), parsed,
                        List.of(pair.prose().docId(), pair.tables().docId())));
            }
            return new ParseTask.Result(out.commit(), summaries);
        }
    }

    private static DocumentText decode(DocumentSummary part) {
        return DocumentText.decode(part.sourcePath(), ParseTask.read(part.location(), ParseTask.HADOOP_CONF));
    }

    /**
     * The whole's path: both parts' paths joined by {@code " + "}, the second without its folder when it shares
     * the first's ({@code in/说明.docx + 公开表.xlsx}).
     */
    static String wholePath(String first, String second) {
        int a = first.lastIndexOf('/');
        int b = second.lastIndexOf('/');
        boolean sameFolder = a == b && first.regionMatches(0, second, 0, Math.max(a, 0));
        return first + " + " + (sameFolder && b >= 0 ? second.substring(b + 1) : second);
    }
}
