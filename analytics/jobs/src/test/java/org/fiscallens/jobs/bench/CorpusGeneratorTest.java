package org.fiscallens.jobs.bench;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated documents parse like their seeds, under other names, years and amounts. */
class CorpusGeneratorTest {
    @Test
    void rewritesNamesYearsAndAmountsConsistently(@TempDir Path out) throws Exception {
        Path seeds = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));
        CorpusGenerator gen = CorpusGenerator.fromSeeds(seeds);
        gen.generate(10, out);
        List<Path> files;
        try (var s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(10);
        DisclosureParser parser = DisclosureParser.standard();
        ParsedDisclosure seed = parser.parse(seeds.resolve("000_3717b7af8d77e38b.txt"));
        ParsedDisclosure first = parser.parse(files.get(0));
        ParsedDisclosure sameDeptNextYear = parser.parse(files.get(5));
        assertThat(first.document().departmentName()).isNotEqualTo(seed.document().departmentName()).endsWith("医疗保障局");
        assertThat(sameDeptNextYear.document().departmentId()).isEqualTo(first.document().departmentId());
        assertThat(sameDeptNextYear.document().fiscalYear()).isEqualTo(first.document().fiscalYear() + 1);
        assertThat(first.lineItems()).hasSameSizeAs(seed.lineItems());
        long failedSeed = seed.checks().stream().filter(c -> !c.passed()).count();
        long failedGen = first.checks().stream().filter(c -> !c.passed()).count();
        assertThat(failedGen).as("checks failing after rewriting").isLessThanOrEqualTo(failedSeed + 2);
    }
}
