package org.fiscallens.ingest.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's page furniture: the page numbers at a page's foot or head ({@code - 3 -}, {@code 第 3 页}, {@code 3/40}) and
 * the running header or footer printed on most pages (a department's name and year over every page). Left in, they
 * stand between the last line of one page and the first of the next — a sentence or a table cut by the page break
 * would not go on — and read as stray numbers. Only a page's first or last two lines outside its tables can be
 * furniture.
 */
final class PdfFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－·•]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*(?:共\\s*)?\\d{1,4}\\s*页?)?[\\s\\-—–－·•]*$");
    private static final int EDGE = 2;

    private final Set<String> running;

    private PdfFurniture(Set<String> running) {
        this.running = running;
    }

    /** The furniture of a document whose pages' printed lines (outside tables, top to bottom) are {@code pages}. */
    static PdfFurniture of(List<List<PdfTextLines.Line>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<PdfTextLines.Line> page : pages) {
            Set<String> here = new HashSet<>();
            for (PdfTextLines.Line l : edges(page)) {
                here.add(key(l.text()));
            }
            here.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        int least = Math.max(3, (pages.size() + 1) / 2);
        seen.forEach((k, n) -> {
            if (n >= least && !k.isBlank()) {
                running.add(k);
            }
        });
        return new PdfFurniture(running);
    }

    /** {@code page}'s lines without its furniture; {@code dropped} counts what was left out. */
    List<PdfTextLines.Line> strip(List<PdfTextLines.Line> page, int[] dropped) {
        List<PdfTextLines.Line> edges = edges(page);
        List<PdfTextLines.Line> out = new ArrayList<>(page.size());
        for (PdfTextLines.Line l : page) {
            if (edges.contains(l) && (PAGE_NUMBER.matcher(l.text()).matches() || running.contains(key(l.text())))) {
                dropped[0]++;
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** A page's first and last {@link #EDGE} lines. */
    private static List<PdfTextLines.Line> edges(List<PdfTextLines.Line> page) {
        List<PdfTextLines.Line> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE || i >= page.size() - EDGE) {
                out.add(page.get(i));
            }
        }
        return out;
    }

    /** A line as furniture repeats it: digits (page numbers, dates) and spaces aside. */
    private static String key(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
