package org.fiscallens.checks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The check rules' reference data: {@code same-figures.json} and {@code prose-table.json}. */
final class CheckData {
    private CheckData() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(String table, String measure, String group) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SameFigureGroup(String key, List<Member> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SameFigures(List<String> generalBudgetScope, List<SameFigureGroup> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Target(String table, String row, String measure) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mapping(List<String> statements, String subject, List<Target> targets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProseTable(List<Mapping> mappings, Map<String, String> shareBase, Map<String, List<String>> threePublicEconomic) {
    }

    static <T> T load(String resource, Class<T> type) {
        try (InputStream in = CheckData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return new ObjectMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }
}
