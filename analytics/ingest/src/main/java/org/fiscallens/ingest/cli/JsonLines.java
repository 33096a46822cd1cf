package org.fiscallens.ingest.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;

/**
 * The JSON form of every record: snake_case field names in record order, nulls written, BigDecimal written
 * exactly as a plain JSON number (2368819.00 stays 2368819.00, never 2.36881900E+6).
 */
public final class JsonLines {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private JsonLines() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record as one line of JSON (no line break). */
    public static String line(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
