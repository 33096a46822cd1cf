package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a table region into header lines, data lines and the notes after them. The header ends at the column
 * number line ({@code 栏次 1 2 3…}) when there is one, else at the first line that carries a code or an amount
 * beside a label. Data ends at a note ({@code 注：}, {@code 说明：}), a part heading or a line of prose. Notes
 * are consumed; one saying the table has no data (本表无数据, 空表) declares it empty.
 */
final class TableBody {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final int MAX_HEADER = 6;
    private static final Pattern PUNCTUATION = Pattern.compile("[，。；,;]");
    private static final Pattern EMPTY_NOTE = Pattern.compile("[,，]?(故|因此|所以)?(本|此|该)表(无数据|为空表?|无内容)");
    private static final Pattern NOTE_PREFIX = Pattern.compile("^[*\\s]*(注|说明|备注|各注|附注)\\s*[:：,，、]\\s*(\\d+[.、．])?\\s*");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(\\d+[.、．]|[（(]\\d+[）)])");

    final List<TableLine> header = new ArrayList<>();
    final List<TableLine> data = new ArrayList<>();

    private TableBody() {
    }

    static TableBody split(TableReading r) {
        TableBody b = new TableBody();
        List<TableLine> tab = new ArrayList<>();
        int i = r.region.bodyStart();
        int end = r.region.end();
        for (; i <= end; i++) {
            TableLine line = r.line(i);
            if (line.isBlank()) {
                continue;
            }
            if (TitleText.isNote(line.raw()) || isProse(line)) {
                break;
            }
            tab.add(line);
        }
        int headerEnd = -1;
        int limit = headerLimit(tab);
        for (int k = 0; k < limit; k++) {
            if (isColumnNumbers(tab.get(k))) {
                headerEnd = k;
                break;
            }
        }
        if (headerEnd < 0) {
            for (int k = 0; k < tab.size(); k++) {
                if (k >= limit || looksLikeData(tab.get(k))) {
                    break;
                }
                headerEnd = k;
            }
        }
        if (headerEnd >= 0 && headerEnd + 1 < tab.size() && headsRow(r.wrapped, tab.get(headerEnd), tab.get(headerEnd + 1))) {
            headerEnd--; // the first row's name, wrapped onto a line of its own above it, is data
        }
        for (int k = 0; k < tab.size(); k++) {
            (k <= headerEnd ? b.header : b.data).add(tab.get(k));
        }
        notes(r, i, end);
        return b;
    }

    private static void notes(TableReading r, int from, int end) {
        boolean inNote = false;
        for (int i = from; i <= end; i++) {
            TableLine line = r.line(i);
            if (line.isBlank()) {
                continue;
            }
            String raw = line.raw();
            boolean note = TitleText.isNote(raw);
            if (note || (inNote && CONTINUATION.matcher(raw).find() && line.filled().size() == 1)) {
                r.consume(i);
                inNote = true;
                Matcher m = EMPTY_NOTE.matcher(Labels.compact(raw));
                if (m.find() && r.declaredEmpty == null) {
                    String reason = NOTE_PREFIX.matcher(raw.strip()).replaceFirst("");
                    reason = EMPTY_NOTE.matcher(Labels.compact(reason)).replaceAll("").replaceAll("[。.；;，,]+$", "");
                    r.declaredEmpty = reason;
                    r.declaredEmptyLine = i;
                }
            } else {
                inNote = false;
            }
        }
    }

    /**
     * Whether {@code line}, a name alone on its line (other cells empty), is the head of the first name of the data line below it
     * ({@code 一、一般} over {@code 公共预算 | 1,029.36}, {@code 人员经} over {@code 费合计 | 414.82}; see
     * {@link WrappedName#heads}).
     */
    private static boolean headsRow(WrappedName wrapped, TableLine line, TableLine below) {
        if (line.filled().size() != 1 || !looksLikeData(below)) {
            return false;
        }
        String head = line.filled().get(0).text();
        if (!Labels.hasWord(head) || head.strip().length() > 30) {
            return false;
        }
        for (Cell c : below.filled()) {
            if (Labels.hasWord(c.text())) {
                return wrapped.heads(head, c.text());
            }
        }
        return false;
    }

    /**
     * Where a header may end at the latest: after {@link #MAX_HEADER} header rows, lines of a header cell's stray
     * wrapped ends not counted ({@link #isFragment}).
     */
    private static int headerLimit(List<TableLine> tab) {
        boolean tabbed = !tab.isEmpty() && tab.get(0).tabbed();
        int rows = 0;
        for (int k = 0; k < tab.size(); k++) {
            if (rows >= MAX_HEADER) {
                return k;
            }
            rows += isFragment(tab.get(k), tabbed) ? 0 : 1;
        }
        return tab.size();
    }

    /**
     * A header cell's wrapped end alone on a line of a tab-separated table, where it lost its column: one or two
     * characters, no digit ({@code 有} / {@code 本} / {@code 营}, the ends of a narrow 国有资本经营预算 cell a ruled PDF
     * printed outside it). Such lines do not count as header rows: a few of them would push the header's last row into
     * the data. (In space-aligned text a line of such characters stands where its columns are, and is a header row.)
     */
    private static boolean isFragment(TableLine line, boolean tabbed) {
        List<Cell> f = line.filled();
        if (!tabbed || f.size() != 1) {
            return false;
        }
        String t = Labels.compact(f.get(0).text());
        return t.length() <= 2 && !t.isEmpty() && t.chars().noneMatch(Character::isDigit);
    }

    /** A line of running text: one long cell with sentence punctuation. */
    static boolean isProse(TableLine line) {
        List<Cell> f = line.filled();
        return f.size() == 1 && f.get(0).text().length() > 40 // compacting never lengthens
                && Labels.compact(f.get(0).text()).length() > 40
                && PUNCTUATION.matcher(f.get(0).text()).find();
    }

    /** 栏次 line: column numbers 1, 2, 3… (possibly beside the word 栏次). */
    static boolean isColumnNumbers(TableLine line) {
        int expect = 1;
        int count = 0;
        for (Cell c : line.filled()) {
            String t = Labels.compact(c.text());
            if (t.equals("栏次") || t.equals("项目") || (t.length() <= 2 && !DIGITS.matcher(t).matches())) {
                continue;
            }
            if (!t.equals(String.valueOf(expect))) {
                return false;
            }
            expect++;
            count++;
        }
        return count >= 2;
    }

    /**
     * A line that is surely data: a classification code in its first cells, or amounts (well formed or not)
     * beside a label.
     */
    static boolean looksLikeData(TableLine line) {
        List<Cell> cells = line.cells();
        for (int i = 0; i < Math.min(4, cells.size()); i++) {
            String t = cells.get(i).text();
            if (ClassCodes.shaped(t)) {
                return true;
            }
        }
        boolean amount = false;
        boolean label = false;
        boolean allAmounts = true;
        for (Cell c : line.filled()) {
            // a malformed number (OCR's 12.3.4) is still a figure: its row is data, reported as unread, never a header
            if (TableReading.isAmount(c.text()) || TableReading.looksNumeric(c.text())) {
                amount = true;
            } else {
                allAmounts = false;
                label |= Labels.hasWord(c.text());
            }
        }
        return amount && (label || allAmounts);
    }
}
