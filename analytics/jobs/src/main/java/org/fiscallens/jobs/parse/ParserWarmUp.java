package org.fiscallens.jobs.parse;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.source.DisclosureFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The parser compiled while Spark starts: for a large input in local mode, a background thread parses the input's
 * first documents over and over until the session is up, so that the JIT compiles the parser on the core Spark's
 * start-up leaves idle instead of during the parse stage (measured on 10,000 generated documents: JVM start to the end
 * of the parse stage 5–6 s shorter, README › Warehouse build › Benchmark, point 36). Nothing it parses is kept. A
 * small input (the five seeds) is not worth it: the thread would slow the session's start by more than it saves. On a
 * cluster the executors are other JVMs, so it does nothing there. {@code -Dfiscallens.parser.warmUp=false} turns it off
 * (to measure without it).
 */
public final class ParserWarmUp {
    /**
     * Inputs with fewer disclosure files than this are parsed without warming up (about where {@code .ci/build-warehouse}
     * turns to its long-run JVM options).
     */
    static final int MIN_FILES = 200;
    /** How many of the input's first files the thread parses in turn. */
    private static final int SAMPLE = 100;

    private ParserWarmUp() {
    }

    /**
     * {@code start}'s session, started while the parser warms up on {@code input}'s first files when {@code local} and
     * {@code input} is a local folder of at least {@link #MIN_FILES} disclosure files; {@code start} alone otherwise.
     */
    public static <T> T whileStarting(String input, boolean local, Supplier<T> start) {
        boolean wanted = !"false".equals(System.getProperty("fiscallens.parser.warmUp"));
        List<Path> sample = local && wanted ? sample(input) : List.of();
        if (sample.isEmpty()) {
            return start.get();
        }
        AtomicBoolean done = new AtomicBoolean();
        Thread thread = new Thread(() -> parse(sample, done), "parser-warm-up");
        thread.setDaemon(true);
        thread.start();
        try {
            return start.get();
        } finally {
            done.set(true);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void parse(List<Path> sample, AtomicBoolean done) {
        DisclosureParser parser = DisclosureParser.standard();
        while (!done.get()) {
            for (Path file : sample) {
                if (done.get()) {
                    return;
                }
                try {
                    parser.parse(file.toString(), Files.readAllBytes(file));
                } catch (IOException | RuntimeException e) {
                    // the build reads and reports every file itself; a file that fails here only warms nothing
                }
            }
        }
    }

    /**
     * The first {@link #SAMPLE} disclosure files of a local folder (in walk order), or none when {@code input} is no
     * local folder or holds fewer than {@link #MIN_FILES} of them.
     */
    static List<Path> sample(String input) {
        Path dir;
        try {
            dir = input.startsWith("file:") ? Path.of(java.net.URI.create(input)) : Path.of(input);
        } catch (RuntimeException notLocal) { // hdfs://…, s3a://…
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        int count = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            Iterator<Path> it = walk.iterator();
            while (it.hasNext() && count < MIN_FILES) {
                Path p = it.next();
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && DisclosureFiles.isDisclosure(name) && Files.isRegularFile(p)) {
                    count++;
                    if (files.size() < SAMPLE) {
                        files.add(p);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        return count < MIN_FILES ? List.of() : files;
    }
}
