package org.fiscallens.web.query;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Streams a result set as {@code {"columns":[{"name":…,"type":…}…],"rows":[[…]…]}}. Types are DuckDB's
 * names ({@code VARCHAR}, {@code INTEGER}, {@code DECIMAL(18,2)}, …) so a reader can restore them; decimals
 * and integers are exact JSON numbers, booleans are booleans, NULL is {@code null}, anything else a string.
 */
final class JsonResultWriter {
    private final JsonGenerator json;

    JsonResultWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Writes the whole result as one JSON object; returns the number of rows written. */
    long write(ResultSet rows) throws SQLException, IOException {
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        json.writeStartObject();
        json.writeArrayFieldStart("columns");
        for (int c = 1; c <= columns; c++) {
            json.writeStartObject();
            json.writeStringField("name", meta.getColumnLabel(c));
            json.writeStringField("type", meta.getColumnTypeName(c));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        long count = 0;
        while (rows.next()) {
            json.writeStartArray();
            for (int c = 1; c <= columns; c++) {
                value(rows.getObject(c));
            }
            json.writeEndArray();
            count++;
        }
        json.writeEndArray();
        json.writeEndObject();
        return count;
    }

    private void value(Object value) throws IOException, SQLException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                json.writeNumber(number);
            } else {
                json.writeString(Double.toString(number));
            }
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString(CellText.of(value));
        }
    }
}
