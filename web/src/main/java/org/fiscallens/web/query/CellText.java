package org.fiscallens.web.query;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;

/** How one result cell is written as text: decimals exactly (no exponent), timestamps in ISO-8601. */
final class CellText {
    private CellText() {
    }

    /** Returns {@code null} for SQL NULL. */
    static String of(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof Array array) {
            return Arrays.deepToString((Object[]) array.getArray());
        }
        return value.toString();
    }
}
