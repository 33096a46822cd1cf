package org.fiscallens.ingest.document;

import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a disclosure is (文档识别): department, region, fiscal year, budget or final account, the
 * unit of its tables and its layout, from the title block, 部门名称 labels, unit declarations and layout
 * markers ({@link RecognitionRules}). Never depends on file names. Thread-safe.
 *
 * <p>The fiscal year is the year the figures are for as the title states it ("2024年度…决算"), not the
 * publication date ("二〇二五年十月"). Whatever cannot be recognised is null, and {@link #recognise} never throws.
 */
public final class DocumentRecognizer {
    private static final java.util.regex.Pattern LEADING_HASHES = java.util.regex.Pattern.compile("^#+");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final RecognitionRules rules;
    private final Gazetteer gazetteer;
    private final Pattern titleStop;
    private final List<Pattern> titlePatterns;
    private final List<Pattern> labelPatterns;
    private final Pattern yearFallback;
    private final Map<String, Pattern> kindFallbacks = new LinkedHashMap<>();
    private final List<Pattern> unitPatterns;
    private final Pattern proseUnit;
    private final List<List<Pattern>> layoutMarkers;

    public DocumentRecognizer(RecognitionRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.titleStop = Pattern.compile(rules.titleBlockStop());
        this.titlePatterns = rules.compiledTitlePatterns();
        this.labelPatterns = rules.departmentLabelPatterns().stream().map(Pattern::compile).toList();
        this.yearFallback = Pattern.compile(rules.yearFallbackPattern());
        rules.kindFallbackPatterns().forEach((k, v) -> kindFallbacks.put(k, Pattern.compile(v)));
        this.unitPatterns = rules.unitPatterns().stream().map(Pattern::compile).toList();
        this.proseUnit = Pattern.compile(rules.proseUnitPattern());
        this.layoutMarkers = rules.layouts().stream().map(RecognitionRules.LayoutRule::compiled).toList();
    }

    public static DocumentRecognizer standard() {
        return new DocumentRecognizer(RecognitionRules.standard(), Gazetteer.standard());
    }

    public DocumentInfo recognise(SourceDocument doc) {
        String title = titleBlock(doc);
        String department = null;
        Integer year = null;
        DocKind kind = null;
        for (Pattern p : titlePatterns) {
            Matcher m = p.matcher(title);
            if (m.find()) {
                department = cleanName(m.group("dept"));
                year = Integer.valueOf(m.group("year"));
                kind = kindOf(m.group("kind"));
                break;
            }
        }
        if (department == null) {
            department = labelledDepartment(doc);
        }
        if (year == null) {
            year = fallbackYear(doc);
        }
        if (kind == null) {
            kind = fallbackKind(doc);
        }
        Region region = gazetteer.regionOf(department);
        String unit = unitOf(doc);
        String layout = layoutOf(doc, kind);
        return new DocumentInfo(doc.docId(), doc.path(), department, departmentId(department), region.province(),
                region.city(), region.county(), year, kind, unit, layout, doc.encoding(), doc.lineCount());
    }

    /** The stable department id: the name without spaces, parentheses in ASCII form. */
    public static String departmentId(String departmentName) {
        if (departmentName == null) {
            return null;
        }
        return WHITESPACE.matcher(departmentName).replaceAll("").replace('（', '(').replace('）', ')');
    }

    /** The first lines up to the table of contents, markdown removed, joined. */
    String titleBlock(SourceDocument doc) {
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        for (String raw : doc.lines()) {
            String line = LEADING_HASHES.matcher(raw.replace("*", "")).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (titleStop.matcher(line).find() || taken >= rules.titleBlockMaxLines()) {
                break;
            }
            sb.append(line);
            taken++;
        }
        return sb.toString();
    }

    private String labelledDepartment(SourceDocument doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : doc.lines()) {
            for (Pattern p : labelPatterns) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    String name = cleanName(m.group("dept"));
                    if (name.length() >= 3) {
                        counts.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private Integer fallbackYear(SourceDocument doc) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : doc.lines()) {
            Matcher m = yearFallback.matcher(line);
            while (m.find()) {
                counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private DocKind fallbackKind(SourceDocument doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : doc.lines()) {
            kindFallbacks.forEach((key, p) -> {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    counts.merge(key, 1, Integer::sum);
                }
            });
        }
        int fin = counts.getOrDefault("final", 0);
        int bud = counts.getOrDefault("budget", 0);
        if (fin == 0 && bud == 0) {
            return null;
        }
        return fin >= bud ? DocKind.FINAL : DocKind.BUDGET;
    }

    private String unitOf(SourceDocument doc) {
        Map<String, Integer> declared = new HashMap<>();
        Matcher[] matchers = new Matcher[unitPatterns.size()]; // one per pattern, reset per line
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = unitPatterns.get(i).matcher("");
        }
        for (String line : doc.lines()) {
            if (line.indexOf('单') < 0) {
                continue;
            }
            for (Matcher m : matchers) {
                m.reset(line);
                while (m.find()) {
                    declared.merge(normaliseUnit(m.group("unit")), 1, Integer::sum);
                }
            }
        }
        if (declared.isEmpty()) {
            for (String line : doc.lines()) {
                Matcher m = proseUnit.matcher(line);
                while (m.find()) {
                    declared.merge(normaliseUnit(m.group("unit")), 1, Integer::sum);
                }
            }
        }
        return declared.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private String layoutOf(SourceDocument doc, DocKind kind) {
        List<RecognitionRules.LayoutRule> layouts = rules.layouts();
        List<String> shortLines = new ArrayList<>();
        for (String line : doc.lines()) {
            if (!line.isBlank() && line.length() <= 80) {
                shortLines.add(line.replace("*", "").strip());
            }
        }
        for (int i = 0; i < layouts.size(); i++) {
            RecognitionRules.LayoutRule rule = layouts.get(i);
            if (rule.kind() != null && (kind == null || !rule.kind().equals(kind.key()))) {
                continue;
            }
            int hits = 0;
            List<Pattern> markers = layoutMarkers.get(i);
            java.util.regex.Matcher[] matchers = markers.stream().map(p -> p.matcher("")).toArray(java.util.regex.Matcher[]::new);
            for (String s : shortLines) {
                for (java.util.regex.Matcher m : matchers) {
                    if (m.reset(s).find()) {
                        hits++;
                        break;
                    }
                }
                if (hits >= rule.minHits()) {
                    break;
                }
            }
            if (hits >= rule.minHits()) {
                return rule.key();
            }
        }
        return "unknown";
    }

    private DocKind kindOf(String word) {
        String key = rules.kinds().get(word);
        if (key == null) {
            return null;
        }
        for (DocKind k : DocKind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    private static String normaliseUnit(String unit) {
        return "万".equals(unit) ? "万元" : unit;
    }

    private static String cleanName(String name) {
        return WHITESPACE.matcher(name).replaceAll("").replace("*", "").strip();
    }
}
