package org.fiscallens.ingest.source;

import org.fiscallens.ingest.table.DisplayColumns;
import technology.tabula.TextElement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A PDF page's characters as printed lines: characters whose vertical middles lie within half a character's height
 * of each other form one line, read left to right. Where characters stand apart a space is put between them: between
 * Chinese characters for a gap of more than 0.6 of one (justified Chinese text spaces its characters a little apart),
 * else for a quarter of an em; after a gap of two characters or more (a column of a table drawn without rules) the
 * text goes on at the column its position gives, so such rows read as text aligned with spaces; in such a row a gap
 * of one character does too, and one of 0.4 of a Chinese character or more beside a Chinese one (cells a tight table
 * sets close: {@code 1  719.68}, {@code 行次  决算数}). Positions are counted in half-characters of the page's Chinese
 * text, as wide as it is printed.
 */
final class PdfTextLines {
    /**
     * One printed line: its top, bottom, left and right edges (PDF points from the page's top left), its text size,
     * whether it has gaps of columns (a row of a table drawn without rules), and its text.
     */
    record Line(double top, double bottom, double left, double right, double size, boolean columns, String text) {
    }

    private PdfTextLines() {
    }

    /** The lines of {@code characters}, top to bottom; whitespace characters are dropped (gaps say where spaces go). */
    static List<Line> of(List<TextElement> characters) {
        List<TextElement> chars = new ArrayList<>();
        for (TextElement t : characters) {
            if (!t.getText().isBlank()) {
                chars.add(t);
            }
        }
        if (chars.isEmpty()) {
            return List.of();
        }
        double left = chars.stream().mapToDouble(TextElement::getX).min().orElse(0);
        double unit = Math.max(em(chars), 1) / 2;
        chars.sort(Comparator.comparingDouble((TextElement t) -> t.getY() + t.getHeight() / 2).thenComparingDouble(TextElement::getX));
        List<List<TextElement>> rows = new ArrayList<>();
        double middle = Double.NaN;
        for (TextElement t : chars) {
            double m = t.getY() + t.getHeight() / 2;
            if (rows.isEmpty() || Math.abs(m - middle) > Math.max(t.getHeight(), 1) / 2) {
                rows.add(new ArrayList<>());
                middle = m;
            }
            rows.get(rows.size() - 1).add(t);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextElement> row : rows) {
            row.sort(Comparator.comparingDouble(TextElement::getX));
            TextElement last = row.get(row.size() - 1);
            boolean columns = columns(row, unit);
            lines.add(new Line(row.stream().mapToDouble(TextElement::getY).min().orElse(0),
                    row.stream().mapToDouble(t -> t.getY() + t.getHeight()).max().orElse(0), row.get(0).getX(),
                    last.getX() + last.getWidth(), median(row), columns, text(row, columns, left, unit)));
        }
        return lines;
    }

    /** Whether the row has a gap of two characters or more: a row of a table drawn without rules. */
    private static boolean columns(List<TextElement> row, double unit) {
        for (int i = 1; i < row.size(); i++) {
            if (gap(row.get(i - 1), row.get(i)) >= 4 * unit) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row's text. Where a gap of two characters or more opens (a column of a table drawn without rules), the text
     * goes on at the column its position gives, in half-characters of the page's Chinese text from the page's left edge
     * (a Chinese character two columns, as monospace text aligns them), so the columns of rows line up; such a row
     * also starts at its column, and in it smaller gaps do the same ({@link #startsColumn}). Other gaps give one space
     * or none (see the class).
     */
    private static String text(List<TextElement> row, boolean columns, double left, double unit) {
        StringBuilder b = new StringBuilder();
        int width = 0;
        TextElement prev = null;
        for (TextElement t : row) {
            int column = (int) Math.round((t.getX() - left) / unit);
            if (prev == null ? columns : startsColumn(prev, t, columns, unit)) {
                int pad = Math.max(prev == null ? 0 : 2, column - width);
                b.append(" ".repeat(pad));
                width += pad;
            } else if (prev != null) {
                boolean chinese = wide(prev.getText()) && wide(t.getText());
                double em = chinese ? Math.max(Math.max(prev.getWidth(), t.getWidth()), 1) // a Chinese character's width
                        : Math.max(Math.max(prev.getFontSize(), t.getFontSize()), 1);
                if (gap(prev, t) > (chinese ? 0.6 : 0.25) * em) {
                    b.append(' ');
                    width++;
                }
            }
            b.append(t.getText());
            width += DisplayColumns.width(t.getText());
            prev = t;
        }
        return b.toString();
    }

    private static double gap(TextElement prev, TextElement next) {
        return next.getX() - (prev.getX() + prev.getWidth());
    }

    /**
     * Whether the text goes on at the column its position gives after {@code prev}: after a gap of two characters, or
     * in a row of columns ({@code columns}) after one of one character, or of more than 0.4 of a Chinese character
     * beside a Chinese one (cells a tight table sets close: {@code 行次 决算数}, {@code 719.68 一、一般公共服务支出}).
     */
    private static boolean startsColumn(TextElement prev, TextElement t, boolean columns, double unit) {
        double gap = gap(prev, t);
        return gap >= (columns ? 2 : 4) * unit
                || columns && (wide(prev.getText()) || wide(t.getText())) && gap > 0.4 * Math.max(prev.getWidth(), t.getWidth());
    }

    /**
     * The page's em: the median width of its Chinese characters (each an em wide; a PDF's font size may be given in
     * other units than its glyphs' widths), so that text measured in display columns (a Chinese character two) keeps
     * to the positions it is printed at; without Chinese characters, the median font size.
     */
    private static double em(List<TextElement> chars) {
        double[] widths = chars.stream().filter(t -> wide(t.getText())).mapToDouble(TextElement::getWidth).sorted().toArray();
        return widths.length == 0 ? median(chars) : widths[widths.length / 2];
    }

    /** The page's body text size: the median font size of its characters. */
    private static double median(List<TextElement> chars) {
        double[] sizes = chars.stream().mapToDouble(TextElement::getFontSize).sorted().toArray();
        return sizes[sizes.length / 2];
    }

    private static boolean wide(String s) {
        return !s.isEmpty() && DisplayColumns.width(s.charAt(0)) == 2;
    }
}
