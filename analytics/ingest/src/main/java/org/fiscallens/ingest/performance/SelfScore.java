package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A project's self-evaluation score (自评得分, points) and grade (优/良/中/差 …): from its 总分 row, else from a
 * sentence inside its block; either may be null.
 */
record SelfScore(BigDecimal score, String grade) {
    /**
     * Reads block {@code b}'s score row; a score cell that is not a readable number is reported (in {@code issues})
     * and left empty, never replaced by the points printed beside it.
     */
    static SelfScore of(PerformanceBlock b, Pattern gradeWord, SourceDocument doc, List<ParseIssue> issues,
                        String layoutKey, String name) {
        BigDecimal score = null;
        String grade = null;
        if (b.score != null) {
            List<String> sc = b.score.cells();
            int at = -1;
            int last = -1; // the last cell holding a digit: the score (得分) stands after the points (分值)
            for (int i = 0; i < sc.size(); i++) {
                List<BigDecimal> r = OcrNumber.readings(sc.get(i));
                if (r.size() == 1 && i > 0) {
                    score = r.get(0);
                    at = i;
                }
                if (i > 0 && sc.get(i).chars().anyMatch(Character::isDigit)) {
                    last = i;
                }
            }
            if (last > at) { // the score cell cannot be read: do not take the points beside it for the score
                issues.add(PerformanceIssues.issue(doc, b.score.lineOf(last), layoutKey, "malformed_amount", "error",
                        "绩效自评 '" + name + "': score cell '" + sc.get(last).strip() + "' is not a readable number; score left empty",
                        "绩效自评“" + name + "”：得分单元格“" + sc.get(last).strip() + "”不是可读的数字，得分留空",
                        b.score.rawOf(last)));
                score = null;
                at = last;
            }
            for (int i = Math.max(at, 0); i < sc.size(); i++) {
                if (gradeWord.matcher(b.score.folded(i)).matches()) {
                    grade = b.score.folded(i);
                }
            }
        }
        if (score == null) {
            score = b.proseScore;
        }
        if (grade == null) {
            grade = b.proseGrade;
        }
        return new SelfScore(score, grade);
    }
}
