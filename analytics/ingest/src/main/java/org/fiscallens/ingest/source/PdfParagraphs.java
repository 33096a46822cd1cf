package org.fiscallens.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's printed lines joined into paragraphs, as the text was written: a line that runs to the right edge of the
 * page's text goes on in the next line when that one starts at the left edge, right below, and opens no item of a
 * list or heading ({@code （二）}, {@code 3.}, {@code 第二部分}). A sentence a printer wrapped after its full stop stays
 * with the sentences around it ({@code 伤残警察医疗费（2024年）项目绩效自评情况：…。} / {@code 项目全年预算数为…}), as in
 * the Word document the PDF was printed from; so is a sentence a page break cuts, where the page's last line runs to
 * its right edge without ending the sentence and the next page's first opens nothing. Rows of tables drawn without rules are never joined.
 */
final class PdfParagraphs {
    /** What opens a new item: a numbered or lettered heading, a bullet, a part. */
    private static final Pattern OPENS = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[.．、](?!\\d)|第[一二三四五六七八九十]+[部章节条]|[-•●■◆*#])");

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：.!?;:]\\s*$");

    private PdfParagraphs() {
    }

    /**
     * The lines of one page joined into paragraphs; see the class. {@code textRight}: the right edge of what else the
     * page prints (its tables), or 0.
     */
    static Page join(List<PdfTextLines.Line> lines, double textRight) {
        double left = Double.MAX_VALUE;
        double right = textRight;
        for (PdfTextLines.Line l : lines) {
            if (!l.columns()) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
        }
        List<PdfTextLines.Line> out = new ArrayList<>();
        for (PdfTextLines.Line l : lines) {
            PdfTextLines.Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && full(prev, left, right) && opensNoItem(l, left) && l.top() - prev.bottom() <= 1.2 * prev.size()) {
                out.set(out.size() - 1, new PdfTextLines.Line(prev.top(), l.bottom(), prev.left(), l.right(), prev.size(),
                        false, joined(prev.text(), l.text())));
            } else {
                out.add(l);
            }
        }
        // across a page break only a sentence goes on: a page ending on a full stop starts afresh (a caption such as
        // 部门名称：… may open the next page at its left edge)
        boolean endsFull = !out.isEmpty() && full(out.get(out.size() - 1), left, right)
                && !endsSentence(out.get(out.size() - 1).text());
        boolean startsOn = !out.isEmpty() && opensNoItem(out.get(0), left);
        return new Page(out, endsFull, startsOn);
    }

    /**
     * A page's paragraphs, and whether its last one runs to the right edge and its first one could go on another's
     * (starts at the left edge, opens no item): a paragraph a page break cuts is joined when both hold.
     */
    record Page(List<PdfTextLines.Line> paragraphs, boolean endsFull, boolean startsOn) {
    }

    /** Whether {@code text} ends a sentence or a label (a full stop, a colon, …). */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /** Whether {@code text} opens an item of a list or a heading ({@code （二）}, {@code 3.}, {@code 第二部分}). */
    static boolean opensItem(String text) {
        return OPENS.matcher(text).find();
    }

    /** {@code first} and {@code second} as one text: Latin words keep a space between them, Chinese text none. */
    static String joined(String first, String second) {
        String next = second.strip();
        return first + (latin(first, true) && latin(next, false) ? " " : "") + next;
    }

    /** A line of prose from the left edge to the right one (a centred title, however wide it ends, is none). */
    private static boolean full(PdfTextLines.Line line, double left, double right) {
        double em = Math.max(line.size(), 1);
        return !line.columns() && line.right() >= right - 2 * em && line.left() <= left + 2.5 * em;
    }

    private static boolean opensNoItem(PdfTextLines.Line line, double left) {
        return !line.columns() && line.left() <= left + 0.5 * Math.max(line.size(), 1)
                && !opensItem(line.text());
    }

    /** Whether the text ends ({@code end}) or starts in a Latin letter, where words need a space between them. */
    private static boolean latin(String s, boolean end) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(end ? s.length() - 1 : 0);
        return c < 0x2E80 && Character.isLetter(c);
    }
}
