package org.fiscallens.web.glossary;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.warehouse.Row;

/** 名词解释 Glossary: the terms users meet, in our own words, from {@code /glossary.json}. */
public final class GlossaryFeature implements Feature {
    private final List<Row> terms = load();

    @Override
    public void register(Endpoints e) {
        e.page("/glossary", "glossary", "glossary", (ctx, lang) -> Map.of("terms", terms));
        e.table("/api/glossary", ctx -> terms);
    }

    static List<Row> load() {
        try (InputStream in = GlossaryFeature.class.getResourceAsStream("/glossary.json")) {
            if (in == null) {
                throw new IllegalStateException("missing /glossary.json");
            }
            List<Map<String, Object>> raw = new ObjectMapper().readValue(in, new TypeReference<>() { });
            return raw.stream().map(Row::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /glossary.json", e);
        }
    }
}
