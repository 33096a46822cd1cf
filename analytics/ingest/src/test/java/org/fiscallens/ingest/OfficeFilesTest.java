package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fiscallens.ingest.bench.LayoutAccuracyBenchmark;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.threepublic.ThreePublicExpense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds as an office suite saves them: each seed written as a web page (paragraphs, bordered tables) and saved by
 * LibreOffice 7.4 as Word documents ({@code .docx} for every seed, {@code .doc} for 西乡; from the page with the
 * tables' header cells merged over columns and rows) and as workbooks ({@code .xlsx} for 新乡 2024 and 2026 and 西乡,
 * {@code .xls} for 西乡; Calc's HTML import: the whole page on one sheet, each table cell merged over the columns of a
 * finer grid). The files are {@code src/test/resources/office/}, written by {@code .ci/office-accuracy --fixtures}.
 * Each gives every line item, 三公 row and narrative fact of its seed, by value (a sheet shows 2368819.00 as 2368819),
 * line numbers aside, and its department, year and kind.
 */
class OfficeFilesTest {
    private static final Path OFFICE = Path.of("src/test/resources/office");

    static Stream<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(OFFICE)) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aSeedSavedByAnOfficeSuiteGivesItsRecords(Path file) throws Exception {
        String prefix = file.getFileName().toString().substring(0, 3);
        Path seed = Seeds.seed(prefix);
        LayoutAccuracyBenchmark.Accuracy a = LayoutAccuracyBenchmark.compare(seed, file);
        assertThat(a.extracted()).as("line items").isEqualTo(a.items());
        assertThat(a.right()).as("line items read right").isEqualTo(a.items());
        ParsedDisclosure original = DisclosureParser.standard().parse(seed);
        ParsedDisclosure saved = DisclosureParser.standard().parse(file);
        String name = file.getFileName().toString();
        assertThat(saved.document().encoding()).isEqualTo(name.substring(name.lastIndexOf('.') + 1));
        assertThat(facts(saved.narrativeFacts())).isEqualTo(facts(original.narrativeFacts()));
        assertThat(threePublic(saved.threePublic())).isEqualTo(threePublic(original.threePublic()));
        assertThat(saved.document().departmentName()).isEqualTo(original.document().departmentName());
        assertThat(saved.document().fiscalYear()).isEqualTo(original.document().fiscalYear());
        assertThat(saved.document().kind()).isEqualTo(original.document().kind());
    }

    /** Facts by what they say, line numbers aside, values compared by value ({@code 2368819.00} = {@code 2368819}). */
    static List<String> facts(List<NarrativeFact> facts) {
        return facts.stream().map(f -> f.statement() + "|" + f.subject() + "|" + f.factKind() + "|"
                + (f.value() == null ? null : f.value().stripTrailingZeros().toPlainString())).sorted().toList();
    }

    /** 三公 rows by what they say, line numbers aside, amounts by value. */
    static List<String> threePublic(List<ThreePublicExpense> rows) {
        return rows.stream().map(r -> r.category() + "|" + r.measure() + "|" + r.source() + "|"
                + (r.amount() == null ? null : r.amount().stripTrailingZeros().toPlainString())).sorted().toList();
    }
}
