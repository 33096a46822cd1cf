package org.fiscallens.ingest.bench;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.HtmlSeedsTest;
import org.fiscallens.ingest.table.LineItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a document's tables the parser reads right from another extractor's text, measured against the
 * tab-separated seed it came from ({@code .ci/pdftotext-accuracy} runs it on the seeds printed to PDF and extracted
 * with {@code pdftotext -layout}, {@code .ci/office-accuracy} on the seeds saved by LibreOffice). Not a test. Two commands:
 * <ul>
 *   <li>{@code html <seeds dir> <out dir>}: writes each seed as a web page to print (each line a paragraph, each run
 *   of tab-separated lines a bordered table); {@code html-merged} the same with the tables' header cells merged;
 *   {@code html-unruled} with the tables drawn without rules, {@code html-unruled-landscape} so on landscape pages
 *   ({@link Style});</li>
 *   <li>{@code compare <seeds dir> <extracted dir>}: parses each seed {@code X.txt} and its extraction
 *   {@code X.*} in the other folder (text, or a {@code .docx} or {@code .xlsx} an office suite saved), and prints per
 *   document the line items the seed gives, those the
 *   extraction gives, how many of them are read right (table, code, name, measure, group and amount all equal),
 *   and how many under a real key (a code or row key) carry another figure or measure.</li>
 * </ul>
 */
public final class LayoutAccuracyBenchmark {
    private LayoutAccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].equals("compare") && Style.of(args[0]) == null) {
            System.err.println("usage: LayoutAccuracyBenchmark html|html-merged|html-unruled|html-unruled-landscape|compare"
                    + " <seeds dir> <out|extracted dir>");
            System.exit(2);
        }
        List<Path> seeds;
        try (var files = Files.list(Path.of(args[1]))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path other = Path.of(args[2]);
        if (args[0].startsWith("html")) {
            Files.createDirectories(other);
            for (Path seed : seeds) {
                String name = seed.getFileName().toString().replaceFirst("\\.txt$", ".html");
                Files.writeString(other.resolve(name), page(Files.readAllLines(seed, StandardCharsets.UTF_8),
                        Style.of(args[0])));
            }
            return;
        }
        System.out.printf("%-28s %6s %9s %10s %14s%n", "document", "items", "extracted", "read right", "wrongly keyed");
        int[] sum = new int[4];
        for (Path seed : seeds) {
            Path extracted = extraction(seed, other);
            if (extracted == null) {
                System.out.printf("%-28s no extraction in %s%n", seed.getFileName(), other);
                continue;
            }
            Accuracy a = compare(seed, extracted);
            int[] row = {a.items(), a.extracted(), a.right(), a.wronglyKeyed()};
            for (int i = 0; i < 4; i++) {
                sum[i] += row[i];
            }
            System.out.printf("%-28s %6d %9d %10d %14d%n", seed.getFileName(), row[0], row[1], row[2], row[3]);
        }
        System.out.printf("%-28s %6d %9d %10d %14d%n", "all", sum[0], sum[1], sum[2], sum[3]);
    }

    /**
     * What one extraction gives against its seed: the seed's line items, the extraction's, those read right (table,
     * code, name, measure, group and amount all equal) and those under a real key with another figure or measure.
     */
    public record Accuracy(int items, int extracted, int right, int wronglyKeyed) {
    }

    public static Accuracy compare(Path seed, Path extracted) {
        List<String> expected = keys(DisclosureParser.standard().parse(seed).lineItems());
        List<String> got = keys(DisclosureParser.standard().parse(extracted).lineItems());
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(k -> left.merge(k, 1, Integer::sum));
        int right = 0;
        int wronglyKeyed = 0;
        for (String k : got) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                right++;
            } else if (!k.split("\\|", -1)[1].equals("null")) {
                wronglyKeyed++;
            }
        }
        return new Accuracy(expected.size(), got.size(), right, wronglyKeyed);
    }

    /** The seed's extraction in {@code dir}: the file named as the seed, with any ending ({@code .txt}, {@code .docx}, …). */
    private static Path extraction(Path seed, Path dir) throws java.io.IOException {
        String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().replaceFirst("\\.[^.]+$", "").equals(base))
                    .sorted().findFirst().orElse(null);
        }
    }

    /** Each item's key; an amount by its value (a sheet shows 2368819.00 as 2368819: the same amount). */
    private static List<String> keys(List<LineItem> items) {
        List<String> out = new ArrayList<>();
        for (LineItem i : items) {
            out.add(i.tableKind() + "|" + i.code() + "|" + i.name() + "|" + i.measure() + "|" + i.columnGroup() + "|"
                    + i.amount().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    /**
     * How the seed's page is written: {@code merged}, its tables' header cells merged as {@link HtmlSeedsTest} writes
     * them (a cell followed by empty ones spans them, a first-row cell over an empty one spans two rows); {@code ruled},
     * its tables drawn with rules; {@code landscape}, on landscape pages (as most 公开表 are printed).
     */
    enum Style {
        PLAIN("html", false, true, false),
        MERGED("html-merged", true, true, false),
        UNRULED("html-unruled", false, false, false),
        UNRULED_LANDSCAPE("html-unruled-landscape", false, false, true);

        final String command;
        final boolean merged;
        final boolean ruled;
        final boolean landscape;

        Style(String command, boolean merged, boolean ruled, boolean landscape) {
            this.command = command;
            this.merged = merged;
            this.ruled = ruled;
            this.landscape = landscape;
        }

        /** The style the command names, or null. */
        static Style of(String command) {
            for (Style s : values()) {
                if (s.command.equals(command)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The seed as a page to print on A4: paragraphs, and tables for its runs of tab-separated lines. */
    private static String page(List<String> lines, Style style) {
        boolean merged = style.merged;
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>"
                + (style.landscape ? "@page { size: A4 landscape; margin: 15mm } " : "")
                + "p { margin: 0; font-size: 10pt } table { border-collapse: collapse; font-size: 9pt }"
                + " td { " + (style.ruled ? "border: 1px solid #000; " : "") + "padding: 1px 4px }</style></head><body>\n");
        List<String[]> table = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('\t') >= 0) {
                String[] cells = line.split("\t", -1);
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = escape(cells[k].strip());
                }
                table.add(cells);
                continue;
            }
            table(b, table, merged, style.ruled);
            b.append(line.isBlank() ? "<p>&nbsp;</p>" : "<p>" + escape(line) + "</p>").append('\n');
        }
        table(b, table, merged, style.ruled);
        return b.append("</body></html>\n").toString();
    }

    /** Writes the rows gathered as a table, if any, and forgets them. */
    private static void table(StringBuilder b, List<String[]> rows, boolean merged, boolean ruled) {
        if (rows.isEmpty()) {
            return;
        }
        // ruled as a browser shows them (CSS) and as an office suite imports them (the attributes)
        b.append(ruled ? "<table border=\"1\" cellspacing=\"0\">\n" : "<table cellspacing=\"0\">\n");
        if (merged) {
            HtmlSeedsTest.rowsHtml(rows).forEach(tr -> b.append(tr).append('\n'));
        } else {
            for (String[] cells : rows) {
                b.append("<tr>");
                for (String cell : cells) {
                    b.append("<td>").append(cell).append("</td>");
                }
                b.append("</tr>\n");
            }
        }
        b.append("</table>\n");
        rows.clear();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
