package org.fiscallens.jobs.warehouse;

import org.fiscallens.ingest.DisclosureParser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build's user should look at in the documents it read (需关注的文件), read from the finished warehouse:
 * documents skipped or cut off, documents recognised only in part, numbers and lines not read, failed
 * consistency checks, and the parse issues behind the first of them, each naming its file and line.
 *
 * @param documents        files read (the {@code documents} table, skipped ones included, less the documents read
 *                         from several files, see {@code combined})
 * @param skipped          documents skipped: unreadable bytes or not a disclosure
 * @param cutOff           documents that end in the middle of a table (what precedes the cut is kept)
 * @param extractorFailed  documents on which an extractor failed (the others' records are kept)
 * @param partlyRecognised documents whose department, year or unit could not be recognised
 * @param malformedAmounts amounts that could not be read (reported, never guessed)
 * @param unreadLines      lines carrying amounts that no extractor read
 * @param failedErrors     failed consistency checks of severity error
 * @param failedWarnings   failed consistency checks of severity warning
 * @param documentsFailing documents with at least one of those failed checks
 * @param duplicates       files skipped because their bytes are those of another file, which was read once
 * @param alternates       documents that are another version of a department's document of the same year and
 *                         kind: kept for reading, not counted by the metrics
 * @param combined         disclosures published in several files and read as one document ({@code documents}
 *                         counts their files, not that document)
 * @param items            the parse issues behind the counts above that name a document or a number lost, or a
 *                         copy, at most {@link #MAX_ITEMS}, in file and line order
 */
public record BuildAttention(long documents, long skipped, long cutOff, long extractorFailed, long partlyRecognised,
                             long malformedAmounts, long unreadLines, long failedErrors, long failedWarnings,
                             long documentsFailing, long duplicates, long alternates, long combined,
                             List<Item> items) {
    /** The most parse issues a build lists by name; the rest are on the dashboard's /quality page. */
    public static final int MAX_ITEMS = 20;

    public BuildAttention {
        items = List.copyOf(items);
    }

    /**
     * One parse issue: the document's path as the build names it, its line (0: the whole file), the issue kind,
     * severity and English explanation.
     */
    public record Item(String file, int line, String kind, String severity, String message) {
        /** {@code file:line kind: message} ({@code file} alone for the whole file), the file named once. */
        public String describe() {
            String text = message != null && message.startsWith(file + ": ") ? message.substring(file.length() + 2) : message;
            return (line > 0 ? file + ":" + line : file) + " " + kind + ": " + text;
        }
    }

    /** Reads the attention summary of the warehouse open on {@code conn}. */
    public static BuildAttention read(Connection conn) throws SQLException {
        long[] c = new long[13];
        try (PreparedStatement ps = conn.prepareStatement(WarehouseSql.text("attention_counts.sql"));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            for (int i = 0; i < c.length; i++) {
                c[i] = rs.getLong(i + 1);
            }
        }
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(WarehouseSql.text("attention_items.sql"))) {
            ps.setInt(1, MAX_ITEMS + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return new BuildAttention(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], items);
    }

    /** True when a document, or part of one, was left out of the warehouse: skipped, cut off or an extractor failed. */
    public boolean documentsLost() {
        return skipped + cutOff + extractorFailed > 0;
    }

    /** True when there is nothing to report. */
    public boolean clean() {
        return !documentsLost()
                && partlyRecognised + malformedAmounts + unreadLines + failedErrors + failedWarnings + duplicates
                + alternates + combined == 0;
    }

    /**
     * One line for the console, e.g. {@code 7 documents read: 3 skipped, 0 cut off, 2 partly recognised; 1 amount
     * and 5 lines with amounts not read; failed checks: 9 errors and 0 warnings in 1 document}.
     */
    public String summary() {
        StringBuilder b = new StringBuilder().append(documents).append(" documents read: ");
        b.append(skipped).append(" skipped, ").append(cutOff).append(" cut off, ");
        if (extractorFailed > 0) {
            b.append(extractorFailed).append(" with a failed extractor, ");
        }
        b.append(partlyRecognised).append(" partly recognised");
        if (duplicates > 0) {
            b.append(", ").append(duplicates).append(duplicates == 1 ? " file a copy" : " files copies")
                    .append(" of another, read once");
        }
        if (alternates > 0) {
            b.append(", ").append(alternates).append(alternates == 1 ? " another version" : " other versions")
                    .append(" of a document, not counted");
        }
        if (combined > 0) {
            b.append(", ").append(combined).append(combined == 1 ? " disclosure" : " disclosures")
                    .append(" published in several files read as one document");
        }
        b.append("; ");
        b.append(malformedAmounts).append(malformedAmounts == 1 ? " amount and " : " amounts and ")
                .append(unreadLines).append(unreadLines == 1 ? " line" : " lines").append(" with amounts not read; ");
        b.append("failed checks: ").append(failedErrors).append(" errors and ").append(failedWarnings)
                .append(" warnings in ").append(documentsFailing).append(documentsFailing == 1 ? " document" : " documents");
        return b.toString();
    }

    /** The listed items that lost a document or part of one, {@link Item#describe() described}. */
    public List<String> lostDocuments() {
        return items.stream().filter(i -> DisclosureParser.LOST_DOCUMENT_KINDS.contains(i.kind())).map(Item::describe)
                .toList();
    }
}
