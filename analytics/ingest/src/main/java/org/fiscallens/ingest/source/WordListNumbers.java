package org.fiscallens.ingest.source;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers Word shows before the paragraphs of its automatic lists ({@code 一、}, {@code （二）}, {@code 3.}): they are
 * no part of a paragraph's text in the file, so a heading numbered by a list format would read without them. Counts
 * each list ({@code w:numId}) paragraph by paragraph, in document order, as Word does: a level's count goes on until
 * a higher level's next item restarts it, each number written in its level's format ({@link WordNumberFormats}); a
 * bullet or no number shows nothing.
 */
final class WordListNumbers {
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counts = new HashMap<>();

    WordListNumbers(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
    }

    /**
     * The number Word shows before {@code p} with what separates it from the text ({@code "一、"}, {@code "1. "}), or
     * "" when {@code p} is in no numbered list; counts {@code p} in its list.
     */
    String label(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), 8);
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl l : abstractNum.getCTAbstractNum().getLvlArray()) {
            int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = l;
            }
        }
        if (levels[level] == null) {
            return "";
        }
        int[] count = counts.computeIfAbsent(numId, k -> new int[9]);
        count[level] = count[level] == 0 ? start(levels[level], num, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        String text = levels[level].getLvlText() == null ? "" : levels[level].getLvlText().getVal();
        if (text == null || "bullet".equals(format(levels[level])) || "none".equals(format(levels[level]))) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(++i) - '1';
                int n = count[ref] == 0 && levels[ref] != null ? start(levels[ref], num, ref) : count[ref];
                label.append(levels[ref] == null ? String.valueOf(n) : WordNumberFormats.formatted(n, format(levels[ref])));
            } else {
                label.append(c);
            }
        }
        String s = label.toString();
        // Word follows the number with a tab; as text: nothing after Chinese punctuation (一、), a space after 1.
        return s.isEmpty() || s.charAt(s.length() - 1) >= 0x2E80 ? s : s + " ";
    }

    private static int start(CTLvl lvl, XWPFNum num, int level) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getStartOverride() != null) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }
}
