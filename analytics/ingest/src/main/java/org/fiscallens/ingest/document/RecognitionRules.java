package org.fiscallens.ingest.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document recognition rules, loaded from {@code recognition.json} next to this class: how to find the
 * title block, title patterns naming department, year and kind, unit declarations and layout markers.
 * Immutable once loaded.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecognitionRules(int titleBlockMaxLines, String titleBlockStop, String orgSuffix,
                               List<String> titlePatterns, List<String> departmentLabelPatterns,
                               String yearFallbackPattern, Map<String, String> kinds,
                               Map<String, String> kindFallbackPatterns, List<String> unitPatterns,
                               String proseUnitPattern, List<LayoutRule> layouts) {

    /** A document layout (版式): recognised when at least {@code minHits} lines match its markers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LayoutRule(String key, String kind, int minHits, List<String> markers) {
        public LayoutRule {
            markers = List.copyOf(markers);
        }

        List<Pattern> compiled() {
            return markers.stream().map(Pattern::compile).toList();
        }
    }

    public RecognitionRules {
        titlePatterns = List.copyOf(titlePatterns);
        departmentLabelPatterns = List.copyOf(departmentLabelPatterns);
        kinds = Map.copyOf(kinds);
        kindFallbackPatterns = Map.copyOf(kindFallbackPatterns);
        unitPatterns = List.copyOf(unitPatterns);
        layouts = List.copyOf(layouts);
    }

    /** The built-in rules. */
    public static RecognitionRules standard() {
        try (InputStream in = RecognitionRules.class.getResourceAsStream("recognition.json")) {
            if (in == null) {
                throw new IllegalStateException("recognition.json missing from the classpath");
            }
            return new ObjectMapper().readValue(in, RecognitionRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load recognition.json", e);
        }
    }

    List<Pattern> compiledTitlePatterns() {
        return titlePatterns.stream().map(p -> Pattern.compile(p.replace("{org}", orgSuffix))).toList();
    }
}
