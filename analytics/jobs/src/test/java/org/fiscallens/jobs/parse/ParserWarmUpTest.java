package org.fiscallens.jobs.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ParserWarmUpTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));
    private static final Path SEED = SEEDS.resolve("000_3717b7af8d77e38b.txt");

    @Test
    void aSmallInputStartsTheSessionAloneAndALargeOneWhileItsFirstFilesAreParsed(@TempDir Path dir) throws Exception {
        assertThat(ParserWarmUp.sample(SEEDS.toString())).as("the five seeds: not worth it").isEmpty();
        for (int i = 0; i < ParserWarmUp.MIN_FILES; i++) {
            Files.copy(SEED, dir.resolve(String.format("doc_%03d.txt", i)));
        }
        Files.writeString(dir.resolve("notes.json"), "{}"); // not a disclosure: not sampled
        assertThat(ParserWarmUp.sample(dir.toString())).hasSize(100)
                .allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".txt"));
        assertThat(ParserWarmUp.sample(dir.toUri().toString())).as("a file: URI").hasSize(100);
        assertThat(ParserWarmUp.sample("hdfs://namenode/disclosures")).as("no local folder").isEmpty();

        AtomicBoolean warming = new AtomicBoolean();
        String session = ParserWarmUp.whileStarting(dir.toString(), true, () -> {
            warming.set(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("parser-warm-up")));
            return "session";
        });
        assertThat(session).isEqualTo("session");
        assertThat(warming).as("the parser warms up while the session starts").isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).as("and stops once it has started")
                .noneMatch(t -> t.getName().equals("parser-warm-up"));
        assertThat(ParserWarmUp.whileStarting(dir.toString(), false, () -> {
            warming.set(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("parser-warm-up")));
            return "cluster";
        })).isEqualTo("cluster");
        assertThat(warming).as("not on a cluster: the executors are other JVMs").isFalse();
    }
}
