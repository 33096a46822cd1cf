package org.fiscallens.web.query;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Streams a result set as RFC 4180 CSV: a header row of column labels, then one row per record, LF line
 * ends. Fields holding a comma, quote, CR or LF are quoted with inner quotes doubled; SQL NULL is an empty
 * field; decimals are written exactly ({@link CellText}).
 */
final class CsvResultWriter {
    private final Writer out;

    CsvResultWriter(Writer out) {
        this.out = out;
    }

    /** Writes every row of {@code rows}; returns the number of data rows written. */
    long write(ResultSet rows) throws SQLException, IOException {
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        for (int c = 1; c <= columns; c++) {
            field(meta.getColumnLabel(c), c);
        }
        out.write('\n');
        long count = 0;
        while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
                field(CellText.of(rows.getObject(c)), c);
            }
            out.write('\n');
            count++;
        }
        return count;
    }

    private void field(String text, int column) throws IOException {
        if (column > 1) {
            out.write(',');
        }
        if (text == null) {
            return;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }
}
