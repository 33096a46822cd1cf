package org.fiscallens.ingest.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables saved as CSV (逗号分隔值), as Excel, WPS or LibreOffice save a sheet of a 预算/决算公开表 workbook, read as the
 * tab-separated rows every reader downstream knows.
 *
 * <p>A line is a CSV row when it holds no tab, does not start with two spaces (text laid out in columns, as
 * {@code pdftotext -layout} writes prose whose commas it read as ASCII ones) and, read with CSV quoting (a field in
 * double quotes may hold commas, doubled quotes and line breaks, and nothing but spaces may follow its closing quote),
 * has three fields or more. A run of two or more consecutive rows with the same number of fields is a table when one
 * of them has an empty or a quoted field: a spreadsheet writes every row of a sheet as wide as its widest one, so a
 * title or a short row ends in padding ({@code 单位：万元,,,,}), and a number shown with thousands separators is quoted
 * ({@code "1,029.37"}). A line where an unquoted comma stands inside an amount in 万元 or 元
 * ({@code 收入总计1,228.09万元，其中…}) is prose, never a row. Lines of another shape never change.
 *
 * <p>Each row becomes its fields, stripped and joined by tabs, as a spreadsheet saves a sheet as tab-separated text
 * (the padding too: a title row stays a table line of one cell, a row of padding alone a line of tabs). A field's line
 * breaks (a header wrapped inside its cell: {@code "公务用车\n运行维护费"}) are dropped, so the name reads whole; the row
 * stays on its first line and the lines it ran on after that are left empty, so line numbers never change.
 */
final class CsvTables {
    /** A quoted field open for more lines than this is a stray quote, not a cell with line breaks. */
    private static final int MAX_LINES_PER_ROW = 8;

    private CsvTables() {
    }

    /** Rewrites {@code lines} in place; returns what changed. */
    static LinesRewritten normalise(List<String> lines) {
        int changed = 0;
        int first = 0;
        int i = 0;
        while (i < lines.size()) {
            Row row = read(lines, i);
            if (row == null) {
                i++;
                continue;
            }
            List<Row> block = new ArrayList<>();
            block.add(row);
            boolean spreadsheet = row.spreadsheet;
            int next = row.end;
            for (Row r; next < lines.size() && (r = read(lines, next)) != null && r.fields.size() == row.fields.size(); ) {
                block.add(r);
                spreadsheet |= r.spreadsheet;
                next = r.end;
            }
            if (block.size() >= 2 && spreadsheet) {
                for (Row r : block) {
                    lines.set(r.start, String.join("\t", r.fields));
                    for (int k = r.start + 1; k < r.end; k++) {
                        lines.set(k, "");
                    }
                }
                changed += next - i;
                first = first == 0 ? i + 1 : first;
            }
            i = next;
        }
        return new LinesRewritten(changed, first);
    }

    /**
     * One CSV row: its fields (stripped, line breaks dropped), the lines it spans ({@code start} inclusive,
     * {@code end} exclusive, 0-based) and whether it shows a spreadsheet's hand (an empty or a quoted field).
     */
    private record Row(List<String> fields, int start, int end, boolean spreadsheet) {
    }

    /** The CSV row starting at line {@code start}, or null when that line is none. */
    private static Row read(List<String> lines, int start) {
        String line = lines.get(start);
        if (line.indexOf(',') < 0 || line.indexOf('\t') >= 0 || line.startsWith("  ")) {
            return null; // no comma, a tab-separated row, or text laid out in columns (as pdftotext -layout writes it)
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean spreadsheet = false;
        boolean quoted = false;
        int at = start;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    break;
                }
                at++; // a line break inside a quoted field: dropped, the field goes on on the next line
                if (at >= lines.size() || at - start >= MAX_LINES_PER_ROW || lines.get(at).indexOf('\t') >= 0) {
                    return null;
                }
                line = lines.get(at);
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    while (i < line.length() && line.charAt(i) == ' ') {
                        i++;
                    }
                    if (i < line.length() && line.charAt(i) != ',') {
                        return null; // text after a closing quote: quotes in prose ("预算编制数"数据来源…), not CSV
                    }
                }
            } else if (c == ',') {
                if (splitsANumber(field, line, i)) {
                    return null;
                }
                spreadsheet |= add(fields, field);
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                spreadsheet = true;
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        spreadsheet |= add(fields, field);
        return fields.size() >= 3 ? new Row(fields, start, at + 1, spreadsheet) : null;
    }

    /**
     * Whether the comma before {@code next} is a thousands separator inside an amount of prose
     * ({@code 收入总计1,228.09万元}): one to three digits before it, three after it, decimals and 万元 or 元. A spreadsheet quotes
     * a number shown with separators, so its rows have no such comma; a number field after a number field
     * ({@code 27,719.68}: 行次 and amount) is two fields.
     */
    private static boolean splitsANumber(StringBuilder before, String line, int next) {
        int lead = 0; // the digits before the comma: a first group of thousands has one to three
        while (lead < before.length() && Character.isDigit(before.charAt(before.length() - 1 - lead))) {
            lead++;
        }
        if (lead == 0 || lead > 3) {
            return false;
        }
        int k = next;
        while (k < line.length() && k - next < 4 && Character.isDigit(line.charAt(k))) {
            k++;
        }
        if (k - next != 3) {
            return false;
        }
        if (k < line.length() && line.charAt(k) == '.') {
            do {
                k++;
            } while (k < line.length() && Character.isDigit(line.charAt(k)));
        }
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k < line.length() && (line.charAt(k) == '万' || line.charAt(k) == '元');
    }

    /** Adds the field read so far, stripped, and starts the next; returns whether it was empty. */
    private static boolean add(List<String> fields, StringBuilder field) {
        String f = field.toString().strip();
        fields.add(f);
        field.setLength(0);
        return f.isEmpty();
    }
}
