package org.fiscallens.jobs.bench;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.document.DocumentInfo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a large corpus of realistic disclosures from the seed documents, for benchmarks. Document
 * {@code i} is seed {@code i mod seeds} rewritten consistently: its place name (county, else city, as the
 * parser recognises it) becomes a synthetic one shared by {@link #YEARS_PER_DEPARTMENT} documents of
 * consecutive years; every year 20xx is shifted by the same offset; every amount with two decimals is
 * multiplied by the same whole factor (1–5), so sums, shares and stated percentages stay consistent.
 */
public final class CorpusGenerator {
    /** Documents per synthetic department (consecutive fiscal years). */
    public static final int YEARS_PER_DEPARTMENT = 5;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");
    /** An amount printed with two decimals (thousands separators and the OCR space after the point allowed), not a percentage. */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)\\.(\\s?)(\\d{2})(?![\\d%])(?!\\s*%)");
    private static final String[] SYLLABLES = {"安", "宝", "昌", "德", "丰", "广", "和", "华", "嘉", "建", "江", "金",
            "景", "康", "乐", "临", "隆", "明", "宁", "平", "庆", "瑞", "山", "寿", "泰", "通", "文", "武", "祥", "新",
            "兴", "阳", "永", "元", "云", "泽", "长", "正", "中", "州"};

    private record Seed(String name, String text, String place, String placeSuffix, int year) {
    }

    private final List<Seed> seeds;

    private CorpusGenerator(List<Seed> seeds) {
        this.seeds = seeds;
    }

    /** Reads the seeds under {@code seedDir} (those the parser recognises with a place and a year). */
    public static CorpusGenerator fromSeeds(Path seedDir) throws IOException {
        List<Seed> seeds = new ArrayList<>();
        DisclosureParser parser = DisclosureParser.standard();
        try (Stream<Path> files = Files.list(seedDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                ParsedDisclosure parsed = parser.parse(p.toString(), bytes);
                DocumentInfo info = parsed.document();
                if (info == null || info.fiscalYear() == null) {
                    continue;
                }
                String place = info.county() != null ? info.county() : info.city();
                if (place == null || place.length() < 2) {
                    continue;
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.contains(place)) {
                    continue;
                }
                seeds.add(new Seed(p.getFileName().toString(), text, place, place.substring(place.length() - 1),
                        info.fiscalYear()));
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no usable seed documents under " + seedDir);
        }
        return new CorpusGenerator(seeds);
    }

    /** Writes {@code count} documents into {@code out}; returns the bytes written. */
    public long generate(int count, Path out) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Seed seed = seeds.get(i % seeds.size());
            int department = i / (seeds.size() * YEARS_PER_DEPARTMENT) * seeds.size() + i % seeds.size();
            int yearStep = (i / seeds.size()) % YEARS_PER_DEPARTMENT;
            String text = rewrite(seed, placeName(department, seed.placeSuffix()), yearStep - YEARS_PER_DEPARTMENT + 1,
                    BigDecimal.valueOf(1 + (department + yearStep) % 5));
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(String.format("gen_%06d_%s", i, seed.name())), b);
            bytes += b.length;
        }
        return bytes;
    }

    static String placeName(int department, String suffix) {
        int n = SYLLABLES.length;
        return SYLLABLES[department % n] + SYLLABLES[(department / n) % n] + SYLLABLES[(department / n / n) % n]
                + (department >= n * n * n ? String.valueOf(department / (n * n * n)) : "") + suffix;
    }

    static String rewrite(Seed seed, String place, int yearShift, BigDecimal factor) {
        String text = seed.text().replace(seed.place(), place);
        text = replaceAll(YEAR, text, m -> String.valueOf(Integer.parseInt(m.group(1)) + yearShift));
        return replaceAll(AMOUNT, text, m -> scale(m, factor));
    }

    private static String scale(Matcher m, BigDecimal factor) {
        String integer = m.group(1);
        BigDecimal value = new BigDecimal(integer.replace(",", "") + "." + m.group(3)).multiply(factor)
                .setScale(2, RoundingMode.HALF_UP);
        String plain = value.toPlainString();
        if (integer.contains(",")) {
            plain = new DecimalFormat("#,##0.00").format(value);
        }
        return m.group(2).isEmpty() ? plain : plain.replace(".", "." + m.group(2));
    }

    private static String replaceAll(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
