package org.fiscallens.ingest.cli;

import org.fiscallens.catalog.ClassificationCatalog;
import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.report.DocumentReport;
import org.fiscallens.ingest.report.RunSummary;
import org.fiscallens.ingest.source.DuplicateDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code ingest} command: {@code --input DIR --output DIR [--strict]}.
 *
 * <p>Reads every regular, non-hidden file under the input folder (sorted by path), writes one JSON Lines file
 * per record type to the output folder, a report per document under {@code reports/}, an index
 * {@code report.md} and {@code catalog.jsonl}: the classification catalog enlarged with every code the
 * documents carry that our reference file lacks. A broken or unrecognisable document is reported and skipped; the others are ingested.
 * A file with the same bytes as an earlier one is read once and reported ({@link DuplicateDocument}).
 *
 * <p>Exit code: 0 all documents ingested; 1 a document was skipped, cut off, or an extractor failed
 * (with {@code --strict} also: any data line not understood or any malformed amount); 2 bad arguments or
 * the output could not be written.
 */
public final class IngestCommand {
    /** Issue kinds that fail a run. */
    static final Set<String> FAILING = DisclosureParser.LOST_DOCUMENT_KINDS;
    /** Issue kinds that also fail a {@code --strict} run. */
    static final Set<String> STRICT_FAILING = Set.of("unexplained_data_line", "malformed_amount");

    private final DisclosureParser parser;
    private final PrintStream out;

    public IngestCommand(DisclosureParser parser, PrintStream out) {
        this.parser = parser;
        this.out = out;
    }

    public static void main(String[] args) {
        // Apache POI (workbooks) logs through the Log4j API; without a logging backend that API complains once on
        // stderr, so this command, which has none, takes the API's own simple logger (errors only)
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(new IngestCommand(DisclosureParser.standard(), System.out).run(args));
    }

    /** Runs the command and returns its exit code. */
    public int run(String[] args) {
        Path input = null;
        Path output = null;
        boolean strict = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--output" -> output = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--strict" -> strict = true;
                case "--help", "-h" -> {
                    out.println(usage());
                    return 0;
                }
                default -> {
                    out.println("unknown argument: " + args[i] + "\n" + usage());
                    return 2;
                }
            }
        }
        if (input == null || output == null) {
            out.println(usage());
            return 2;
        }
        if (!Files.isDirectory(input)) {
            out.println("input folder not found: " + input);
            return 2;
        }
        try {
            return ingest(input, output, strict);
        } catch (IOException | UncheckedIOException e) {
            out.println("ingest failed: " + e);
            return 2;
        }
    }

    int ingest(Path input, Path output, boolean strict) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> input.relativize(p).toString().chars().noneMatch(c -> c == '\u0000'))
                    .filter(p -> !hidden(input.relativize(p)))
                    .sorted().toList();
        }
        Path reports = output.resolve("reports");
        Files.createDirectories(reports);
        RunSummary summary = new RunSummary();
        ClassificationCatalog catalog = ClassificationCatalog.standard();
        int failed = 0;
        List<String> problems = new ArrayList<>();
        Map<String, Path> firstOfId = new HashMap<>();
        try (RecordFiles records = new RecordFiles(output)) {
            for (Path file : files) {
                ParsedDisclosure p = parser.parse(file.toString(), read(file));
                // the doc id is the content hash, so the same bytes again give an id already seen: kept once, the
                // copy reported (a copy is rare; its parse is the price of not hashing every file twice)
                Path first = firstOfId.putIfAbsent(p.document().docId(), file);
                if (first != null) {
                    records.writeIssues(List.of(DuplicateDocument.issue(file.toString(), first.toString(),
                            p.document().docId())));
                    out.printf("%-60s %s%n", file, "SKIPPED, duplicate of " + first);
                    continue;
                }
                boolean skipped = DisclosureParser.UNREADABLE.equals(p.document().layout())
                        || DisclosureParser.UNRECOGNISED.equals(p.document().layout());
                records.write(p, !skipped);
                if (!skipped) {
                    catalog = catalog.withObserved(p.document().docId(), p.document().fiscalYear(),
                            ClassificationCatalog.observedIn(p.lineItems()));
                }
                String reportName = input.relativize(file).toString().replace('/', '_') + ".report.md";
                Files.writeString(reports.resolve(reportName), DocumentReport.render(p), StandardCharsets.UTF_8);
                summary.add(p, "reports/" + reportName);
                boolean docFailed = false;
                for (ParseIssue i : p.issues()) {
                    if (FAILING.contains(i.kind()) || (strict && STRICT_FAILING.contains(i.kind()))) {
                        docFailed = true;
                        problems.add(file + ": " + i.kind() + (i.line() > 0 ? " line " + i.line() : "") + " — " + i.message());
                    }
                }
                failed += docFailed ? 1 : 0;
                out.printf("%-60s %s, %d line items, %d checks (%d failed), %d issues%n", file,
                        skipped ? "SKIPPED" : "ingested", p.lineItems().size(), p.checks().size(),
                        p.checks().stream().filter(c -> !c.passed()).count(), p.issues().size());
            }
        }
        Files.writeString(output.resolve("report.md"), summary.render(), StandardCharsets.UTF_8);
        Files.write(output.resolve("catalog.jsonl"), catalog.entries().stream().map(JsonLines::line).toList(),
                StandardCharsets.UTF_8);
        out.printf("%d file(s) read from %s; records and reports written to %s%n", files.size(), input, output);
        if (failed > 0) {
            out.println(failed + " document(s) failed" + (strict ? " (strict)" : "") + ":");
            problems.stream().limit(50).forEach(s -> out.println("  " + s));
            if (problems.size() > 50) {
                out.println("  … " + (problems.size() - 50) + " more, see report.md");
            }
            return 1;
        }
        return 0;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String usage() {
        return "usage: ingest --input DIR --output DIR [--strict]\n"
                + "  reads every disclosure text file under DIR (UTF-8 or GB18030/GBK), writes JSON Lines per record type\n"
                + "  and a report per document; exit 0 = all ingested, 1 = a document failed (--strict: or a data line\n"
                + "  was not understood), 2 = bad arguments";
    }
}
