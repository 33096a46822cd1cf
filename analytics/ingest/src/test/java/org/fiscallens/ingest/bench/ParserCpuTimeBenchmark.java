package org.fiscallens.ingest.bench;

import org.fiscallens.ingest.DisclosureParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Companion of {@link DisclosureParserBenchmark} for a shared, loaded machine: the CPU time of the parsing
 * thread per document (ThreadMXBean), which other processes' load barely changes, next to the wall time.
 * Prints one row per seed: CPU ms/doc, documents/s per core (1000 / CPU ms) and wall ms/doc.
 * Not a test. Arguments: {@code [disclosures dir] [warm-up seconds] [measured parses per seed]}.
 */
public final class ParserCpuTimeBenchmark {
    private ParserCpuTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/disclosures");
        long warmupNanos = (args.length > 1 ? Long.parseLong(args[1]) : 20) * 1_000_000_000L;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<Path> seeds = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(seeds::add);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : seeds) {
            bytes.add(Files.readAllBytes(p));
        }
        DisclosureParser parser = DisclosureParser.standard();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmEnd = System.nanoTime() + warmupNanos;
        while (System.nanoTime() < warmEnd) {
            for (int i = 0; i < seeds.size(); i++) {
                sink += parser.parse(seeds.get(i).toString(), bytes.get(i)).issues().size();
            }
        }
        System.out.printf("%-28s %12s %14s %12s%n", "seed", "cpu ms/doc", "docs/s/core", "wall ms/doc");
        long cpuAll = 0;
        for (int i = 0; i < seeds.size(); i++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                sink += parser.parse(seeds.get(i).toString(), bytes.get(i)).issues().size();
            }
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            cpuAll += cpu;
            double cpuMs = cpu / 1e6 / runs;
            System.out.printf("%-28s %12.2f %14.0f %12.2f%n", seeds.get(i).getFileName(), cpuMs, 1000 / cpuMs,
                    wall / 1e6 / runs);
        }
        double meanMs = cpuAll / 1e6 / runs / seeds.size();
        System.out.printf("%-28s %12.2f %14.0f%n", "mean of the seeds", meanMs, 1000 / meanMs);
        if (sink == 42) {
            System.out.println();
        }
    }
}
