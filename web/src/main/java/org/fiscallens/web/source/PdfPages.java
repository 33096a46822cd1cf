package org.fiscallens.web.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscallens.web.warehouse.Row;

/**
 * Which page of a PDF each line of its reading stands on, from the build's {@code pdf_read} note ({@code p.1 lines
 * 1–18, p.2 lines 19–37, …}): so a reader can find a figure's line in the PDF itself.
 */
final class PdfPages {
    private static final Pattern PAGE = Pattern.compile("p\\.(\\d+) lines (\\d+)–(\\d+)");
    private final TreeMap<Integer, Integer> firstLines;

    private PdfPages(TreeMap<Integer, Integer> firstLines) {
        this.firstLines = firstLines;
    }

    /** The pages named in the {@code pdf_read} note among {@code notes} (rows with kind and message); none if absent. */
    static PdfPages of(List<Row> notes) {
        TreeMap<Integer, Integer> first = new TreeMap<>();
        for (Row n : notes) {
            if ("pdf_read".equals(n.text("kind"))) {
                Matcher m = PAGE.matcher(n.text("message"));
                while (m.find()) {
                    first.put(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
            }
        }
        return new PdfPages(first);
    }

    boolean none() {
        return firstLines.isEmpty();
    }

    /** The page {@code line} stands on, or null when the document is no PDF. */
    Integer pageOf(int line) {
        Map.Entry<Integer, Integer> e = firstLines.floorEntry(line);
        return e == null ? null : e.getValue();
    }

    /** Whether {@code line} is the first of its page. */
    boolean starts(int line) {
        return firstLines.containsKey(line);
    }
}
