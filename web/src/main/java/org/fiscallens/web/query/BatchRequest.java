package org.fiscallens.web.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The standard input of {@code query --batch}: a JSON object whose keys name the queries and whose values are
 * either the SQL text or {@code {"sql": "…", "params": [ … ]}}. Parameters keep their JSON type: numbers bind
 * as exact decimals (integers as BIGINT), strings as VARCHAR, booleans and null as such.
 */
final class BatchRequest {
    private BatchRequest() {
    }

    /** Parses the request; the {@link UsageException} names the key or position that is wrong. */
    static List<NamedQuery> parse(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException("--batch input is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new UsageException("--batch input must be a non-empty JSON object {\"name\": \"SQL\", ...}");
        }
        List<NamedQuery> queries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            queries.add(query(entry.getKey(), entry.getValue()));
        }
        return queries;
    }

    private static NamedQuery query(String name, JsonNode node) {
        if (node.isTextual()) {
            return new NamedQuery(name, sql(name, node), List.of());
        }
        if (!node.isObject() || !node.has("sql")) {
            throw new UsageException("--batch query '" + name + "' must be SQL text or {\"sql\": ..., \"params\": [...]}");
        }
        List<Object> params = new ArrayList<>();
        JsonNode list = node.path("params");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new UsageException("--batch query '" + name + "': params must be a JSON array");
        }
        for (JsonNode value : list) {
            params.add(parameter(name, value));
        }
        return new NamedQuery(name, sql(name, node.get("sql")), params);
    }

    private static String sql(String name, JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new UsageException("--batch query '" + name + "' has no SQL text");
        }
        return node.asText();
    }

    private static Object parameter(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().longValueExact();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return value.asText();
        }
        throw new UsageException("--batch query '" + name + "': parameter " + value + " must be a number, string, boolean or null");
    }
}
