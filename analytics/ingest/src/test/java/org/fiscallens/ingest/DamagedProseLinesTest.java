package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A prose figure we cannot read is reported, never guessed, and a figure a line wrap cuts is read whole: the seeds'
 * prose lines with a two-decimal figure, damaged or cut one at a time.
 */
class DamagedProseLinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void oneUnreadableProseFigureIsReportedAndNothingIsReadInItsPlace(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        Set<String> cleanKeys = seed.factKeys();
        TreeSet<Integer> prose = seed.figureLines();
        int damagedLines = 0;
        for (int line : prose) {
            String[] damaged = seed.damage(line, damagedLines);
            if (damaged == null) {
                continue; // figures without two decimals (counts, whole percentages)
            }
            damagedLines++;
            ParsedDisclosure d = seed.parse(damaged);
            String where = prefix + " line " + line + ": " + damaged[line - 1];
            seed.assertReported(d, line, "malformed_amount", where);
            Set<String> read = new HashSet<>();
            d.narrativeFacts().forEach(f -> read.add(DamagedSeed.key(f)));
            assertThat(d.narrativeFacts().stream().map(DamagedSeed::key))
                    .as("facts guessed, on the damaged line or after it (%s)", where).allMatch(cleanKeys::contains);
            // a prior-year figure derived from the damaged one (current − stated change) is withheld, not guessed
            assertThat(seed.clean().narrativeFacts().stream().filter(f -> f.sourceLine() != line
                            && !f.factKind().equals("prior_amount")).map(DamagedSeed::key)
                    .filter(k -> !read.contains(k)).toList())
                    .as("facts of other lines lost or changed (%s)", where).isEmpty();
        }
        assertThat(damagedLines).as("prose lines damaged in %s", prefix).isGreaterThan(5);
    }

    /**
     * PDF extractors wrap lines anywhere. Every prose line with a two-decimal figure, in turn, is cut in two around
     * its first such figure — just before it, inside its whole part, after its point, before its decimals' end and
     * after it — with and without a blank line between the halves: the document gives the same facts as before
     * (their lines aside), nothing more and nothing less. (A half ending {@code …均为719.} was taken for a heading,
     * and {@code 68万元} was read from the next line; so was a half ending {@code …年初预算为}, and the amount that
     * followed lost its 年初预算.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aProseFigureCutByALineWrapIsReadAsBefore(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        List<String> cleanFacts = seed.clean().narrativeFacts().stream().map(DamagedProseLinesTest::fact).sorted().toList();
        TreeSet<Integer> prose = seed.figureLines();
        int cuts = 0;
        for (int line : prose) {
            String text = seed.lines()[line - 1];
            Matcher m = DamagedSeed.AMOUNT.matcher(text);
            if (!m.find()) {
                continue;
            }
            int point = m.start() + m.group().indexOf('.');
            for (int cut : new int[]{m.start(), m.start() + 1, point, point + 1, m.end()}) {
                for (boolean blank : new boolean[]{false, true}) {
                    List<String> lines = new java.util.ArrayList<>(List.of(seed.lines()));
                    lines.set(line - 1, text.substring(0, cut));
                    lines.add(line, text.substring(cut));
                    if (blank) {
                        lines.add(line, "");
                    }
                    cuts++;
                    ParsedDisclosure d = seed.parse(lines.toArray(String[]::new));
                    assertThat(d.narrativeFacts().stream().map(DamagedProseLinesTest::fact).sorted().toList())
                            .as("%s line %d cut after «%s»%s", prefix, line, text.substring(Math.max(0, cut - 12), cut),
                                    blank ? " and a blank line" : "")
                            .isEqualTo(cleanFacts);
                }
            }
        }
        assertThat(cuts).as("cuts in %s", prefix).isGreaterThan(50);
    }

    /** A fact without its line: what it states. */
    private static String fact(NarrativeFact f) {
        return String.join("|", f.statement(), f.subject(), f.factKind(),
                f.value() == null ? "null" : f.value().toPlainString(), String.valueOf(f.unit()));
    }

}
