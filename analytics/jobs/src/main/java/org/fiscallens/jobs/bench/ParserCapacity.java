package org.fiscallens.jobs.bench;

import org.fiscallens.ingest.DisclosureParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What this machine can do with the parser alone, no Spark: the same documents parsed in memory by one thread and
 * then by {@code threads} threads of this JVM, after the build has warmed the parser up (in local mode the
 * tasks ran in this JVM). The ratio says how far the cores scale for this workload: a per-core parse rate can
 * only be reached if the machine runs that many parser threads at the one-thread speed.
 */
final class ParserCapacity {
    /** Documents per second (best of two runs each): one thread, and {@code threads} threads, over the same documents. */
    record Result(int documents, double oneThread, double allThreads, int threads) {
        double scaling() {
            return allThreads / oneThread;
        }
    }

    private ParserCapacity() {
    }

    /** Parses the first {@code sample} files of {@code files} (read into memory first) {@code rounds} times per run. */
    static Result measure(List<Path> files, int sample, int rounds, int threads) throws InterruptedException {
        List<byte[]> docs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : files.subList(0, Math.min(sample, files.size()))) {
            try {
                docs.add(Files.readAllBytes(p));
                names.add(p.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }
        DisclosureParser parser = DisclosureParser.standard();
        run(parser, docs, names, 1, 1); // the first pass also warms up anything the build did not
        double one = 0;
        double all = 0;
        for (int trial = 0; trial < 2; trial++) { // alternated, best of two: a GC pause or a late compile in one run
            one = Math.max(one, run(parser, docs, names, 1, rounds));
            all = Math.max(all, run(parser, docs, names, threads, rounds));
        }
        return new Result(docs.size() * rounds, one, all, threads);
    }

    private static double run(DisclosureParser parser, List<byte[]> docs, List<String> names, int threads, int rounds)
            throws InterruptedException {
        int total = docs.size() * rounds;
        AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        long t0 = System.nanoTime();
        for (int k = 0; k < threads; k++) {
            workers[k] = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    parser.parse(names.get(i % docs.size()), docs.get(i % docs.size()));
                }
            }, "parser-capacity-" + k);
            workers[k].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return total / ((System.nanoTime() - t0) / 1e9);
    }
}
