package org.fiscallens.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's printed lines joined into paragraphs, as the text was written: a line that runs to the right edge of the
 * page's text goes on in the next line when that one starts at the left edge, right below, and opens no item of a
 * list or heading ({@code （二）}, {@code 3.}, {@code 第二部分}). A sentence a printer wrapped after its full stop stays
 * with the sentences around it ({@code 伤残警察医疗费（2024年）项目绩效自评情况：…。} / {@code 项目全年预算数为…}), as in
 * the Word document the PDF was printed from. Rows of tables drawn without rules are never joined.
 */
final class PdfParagraphs {
    /** What opens a new item: a numbered or lettered heading, a bullet, a part. */
    private static final Pattern OPENS = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[.．、](?!\\d)|第[一二三四五六七八九十]+[部章节条]|[-•●■◆*#])");

    private PdfParagraphs() {
    }

    static List<PdfTextLines.Line> join(List<PdfTextLines.Line> lines) {
        double left = Double.MAX_VALUE;
        double right = 0;
        for (PdfTextLines.Line l : lines) {
            if (!l.columns()) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
        }
        List<PdfTextLines.Line> out = new ArrayList<>();
        for (PdfTextLines.Line l : lines) {
            PdfTextLines.Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && goesOn(prev, l, left, right)) {
                out.set(out.size() - 1, new PdfTextLines.Line(prev.top(), l.bottom(), prev.left(), l.right(), prev.size(),
                        false, prev.text() + (latin(prev.text(), true) && latin(l.text().strip(), false) ? " " : "")
                                + l.text().strip()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean goesOn(PdfTextLines.Line prev, PdfTextLines.Line next, double left, double right) {
        double em = Math.max(prev.size(), 1);
        return !prev.columns() && !next.columns()
                && prev.right() >= right - 2 * em
                && next.left() <= left + 0.5 * em
                && next.top() - prev.bottom() <= 1.2 * em
                && !OPENS.matcher(next.text()).find();
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
