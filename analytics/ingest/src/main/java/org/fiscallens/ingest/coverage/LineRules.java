package org.fiscallens.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The data-line rules loaded from {@code line-rules.json}: what an amount looks like, what a heading looks
 * like, and named rules explaining data-looking lines that are not budget figures.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineRules(String cellSeparator, List<String> amountTokens, String notAmountAfter, String notAmountBeforeChars,
                        List<String> headingPatterns, List<NonDataRule> nonData) {

    /**
     * A named explanation: a line matching {@code pattern} under a heading matching {@code context} is not data;
     * {@code reason} says why in English, {@code reasonZh} in Chinese (the English when the file gives none).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NonDataRule(String key, String reason, String reasonZh, String context, String pattern) {
        public NonDataRule {
            reasonZh = reasonZh == null ? reason : reasonZh;
        }
    }

    public LineRules {
        amountTokens = List.copyOf(amountTokens);
        headingPatterns = List.copyOf(headingPatterns);
        nonData = List.copyOf(nonData);
    }

    public static LineRules standard() {
        try (InputStream in = LineRules.class.getResourceAsStream("line-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("line-rules.json missing from the classpath");
            }
            return new ObjectMapper().readValue(in, LineRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load line-rules.json", e);
        }
    }
}
