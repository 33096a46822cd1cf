package org.fiscallens.ingest.bench;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded speed of {@link DisclosureParser#parse(String, byte[])} on each seed document, bytes
 * preloaded so only decoding, recognition, extraction, checks and the line audit are timed.
 * Reports ms/op (average time) and ops/s (throughput). Not a test: Surefire never runs it.
 * Run it as documented in README "Parser speed".
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
public class DisclosureParserBenchmark {

    @Param({"000_3717b7af8d77e38b.txt", "001_25f790a2d4a95ea4.txt", "002_436c76b114b4e154.txt",
            "003_3786fbeb83da14c3.txt", "004_208f12fb395773e2.txt"})
    public String seed;

    private DisclosureParser parser;
    private String path;
    private byte[] bytes;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));
        Path file = dir.resolve(seed);
        path = file.toString();
        bytes = Files.readAllBytes(file);
        parser = DisclosureParser.standard();
    }

    /** Milliseconds per whole document, decode to line audit. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ParsedDisclosure msPerDocument() {
        return parser.parse(path, bytes);
    }

    /** Documents per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParsedDisclosure documentsPerSecond() {
        return parser.parse(path, bytes);
    }
}
