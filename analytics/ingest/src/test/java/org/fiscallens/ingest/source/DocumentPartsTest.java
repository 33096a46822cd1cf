package org.fiscallens.ingest.source;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.Seeds;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 新乡 2024 决算 cut in two — its first 300 lines as one file, the rest (GB18030, as a second tool might save it) as
 * another — read as one document: the lines are the seed's, in order, the second file's decoder note moves to the
 * whole with where its lines are, and the parse gives the seed's records on the seed's lines.
 */
class DocumentPartsTest {
    private static final DocumentDecoder DECODER = DocumentDecoder.standard();

    @Test
    void twoPartsReadAsOneGiveTheWholeDocumentsLinesAndRecords() throws Exception {
        Path seed = Seeds.seed("000");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        byte[] first = (String.join("\n", lines.subList(0, 300)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] second = (String.join("\n", lines.subList(300, lines.size())) + "\n").getBytes(Charset.forName("GB18030"));
        DecodedDocument a = DECODER.decode("in/a.txt", first);
        DecodedDocument b = DECODER.decode("in/b.txt", second);

        DecodedDocument whole = DocumentParts.combine("in/a.txt + b.txt",
                List.of(new DocumentParts.Part("in/a.txt", a), new DocumentParts.Part("in/b.txt", b)));

        assertThat(whole.document().lines()).isEqualTo(lines);
        assertThat(whole.document().encoding()).isEqualTo("UTF-8+GB18030");
        assertThat(whole.document().path()).isEqualTo("in/a.txt + b.txt");
        assertThat(whole.document().docId()).hasSize(16).isNotIn(a.document().docId(), b.document().docId())
                .isEqualTo(DocumentParts.combine("x", List.of(new DocumentParts.Part("in/a.txt", a),
                        new DocumentParts.Part("in/b.txt", b))).document().docId())
                .isNotEqualTo(DocumentParts.combine("x", List.of(new DocumentParts.Part("in/b.txt", b),
                        new DocumentParts.Part("in/a.txt", a))).document().docId());
        assertThat(whole.issues().get(0)).satisfies(note -> {
            assertThat(note.kind()).isEqualTo(DocumentParts.NOTE);
            assertThat(note.docId()).isEqualTo(whole.document().docId());
            assertThat(note.message()).isEqualTo("one disclosure published as 2 files, read as one document: lines 1–300"
                    + " in/a.txt (UTF-8); lines 301–" + lines.size() + " in/b.txt (GB18030)");
        });
        assertThat(b.issues()).extracting(i -> i.kind()).contains("encoding_detected");
        assertThat(whole.issues()).filteredOn(i -> i.kind().equals("encoding_detected")).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith("in/b.txt (lines 301–" + lines.size() + " here;"));

        ParsedDisclosure parsed = DisclosureParser.standard().parse(whole.document().path(), whole);
        ParsedDisclosure original = DisclosureParser.standard().parse(seed);
        assertThat(parsed.lineItems()).hasSameSizeAs(original.lineItems());
        assertThat(keys(parsed)).isEqualTo(keys(original));
        assertThat(parsed.narrativeFacts()).hasSameSizeAs(original.narrativeFacts());
    }

    @Test
    void oneFileIsNotAWholeInParts() throws Exception {
        DecodedDocument a = DECODER.decode("in/a.txt", Files.readAllBytes(Seeds.seed("000")));
        assertThatThrownBy(() -> DocumentParts.combine("in/a.txt", List.of(new DocumentParts.Part("in/a.txt", a))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two parts");
    }

    private static List<String> keys(ParsedDisclosure p) {
        List<String> keys = new ArrayList<>();
        p.lineItems().forEach(i -> keys.add(i.sourceLine() + "|" + i.code() + "|" + i.measure() + "|" + i.amount()));
        return keys;
    }
}
