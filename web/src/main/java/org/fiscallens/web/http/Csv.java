package org.fiscallens.web.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 4180 CSV of table rows: a header of column names, then one line per row; amounts in 元 and rates as
 * fractions exactly as in the JSON. Starts with a UTF-8 byte order mark so spreadsheet programs read the
 * Chinese text correctly.
 */
public final class Csv {
    private Csv() {
    }

    public static String of(List<? extends Map<String, ?>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(columns);
        line(out, header);
        for (Map<String, ?> row : rows) {
            List<String> cells = new ArrayList<>(header.size());
            for (String c : header) {
                cells.add(cell(row.get(c)));
            }
            line(out, cells);
        }
        return out.toString();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
