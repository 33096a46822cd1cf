package org.fiscallens.ingest.source;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HTML as the lines of text a reader sees: each block element ({@code p}, {@code div}, {@code h1}, {@code li} …)
 * on lines of its own, a {@code <br>} ending a line (an empty one too), runs of spaces and line breaks in the
 * source one space ({@code <pre>} keeps its own), a no-break space a space, and each table row a line of
 * tab-separated cells ({@link HtmlTableGrid}) under its {@code <caption>}. A block holding nothing but a no-break
 * space ({@code <p>&nbsp;</p>}, as word processors write an empty paragraph) is an empty line; one holding only
 * collapsible spaces is none. Scripts, styles and the document head are not text. Leading and trailing ASCII
 * spaces are trimmed from each line; ideographic spaces (U+3000, a paragraph's indent) are kept.
 */
final class HtmlRenderer {
    private static final Set<String> NOT_TEXT = Set.of("head", "title", "script", "style", "noscript", "template",
            "meta", "link", "iframe", "object", "embed", "svg", "math", "select", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "td", "th", "tr", "ul");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean hasText;
    private int preformatted;
    private int tables;
    private int rows;

    /** What rendering gave: the lines, and how many tables and table rows among them. */
    record Rendered(List<String> lines, int tables, int rows) {
    }

    private HtmlRenderer() {
    }

    /** The text of {@code root}'s content. */
    static Rendered render(Node root) {
        HtmlRenderer r = new HtmlRenderer();
        r.children(root);
        r.endLine();
        return new Rendered(List.copyOf(r.lines), r.tables, r.rows);
    }

    /**
     * The text of a table cell on one line: its lines joined (directly between two Chinese characters or other
     * non-ASCII text, as a name wrapped in its cell reads whole; with a space between ASCII words), tabs as spaces.
     */
    static String cellText(Element cell) {
        StringBuilder s = new StringBuilder();
        for (String l : render(cell).lines()) {
            String part = l.replace('\t', ' ').strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!s.isEmpty() && s.charAt(s.length() - 1) < 0x80 && part.charAt(0) < 0x80) {
                s.append(' ');
            }
            s.append(part);
        }
        return s.toString();
    }

    private void children(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text(t.getWholeText());
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (NOT_TEXT.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            lines.add(finish());
            return;
        }
        if (tag.equals("table")) {
            endLine();
            table(e);
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            endLine();
        }
        if (tag.equals("pre")) {
            preformatted++;
        }
        children(e);
        if (tag.equals("pre")) {
            preformatted--;
        }
        if (block) {
            endLine();
        }
    }

    private void table(Element table) {
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                element(child);
            }
        }
        for (List<String> row : HtmlTableGrid.rows(table, HtmlRenderer::cellText)) {
            lines.add(String.join("\t", row));
            rows++;
        }
        tables++;
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (preformatted > 0 && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(finish());
            } else if (preformatted == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else if (c == '\u00A0') {
                line.append(' ');
                hasText = true;
            } else {
                line.append(c);
                hasText = true;
            }
        }
    }

    /** Ends the current line if it holds text (a no-break space counts). */
    private void endLine() {
        if (hasText) {
            lines.add(finish());
        }
        line.setLength(0);
    }

    private String finish() {
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) == ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) == ' ') {
            to--;
        }
        String s = line.substring(from, to);
        line.setLength(0);
        hasText = false;
        return s;
    }
}
