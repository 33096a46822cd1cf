package org.fiscallens.ingest.table;

import org.fiscallens.catalog.ClassificationCatalog;
import org.fiscallens.catalog.NameMatch;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A positional row whose code the catalog names otherwise than the row, where the catalog gives that name to a longer
 * code under it ({@code 208} beside 事业单位离退休, 2080502: its 款 and 项 were lost) or the name holds digits
 * ({@code 0502事业单位离退休}: they were pushed into it), loses the code: reported once per row as
 * {@code code_not_verified} (warning); the row keeps its name and amounts, without a classification key.
 */
final class CodeNameVerification {
    private static final Set<String> CODED = Set.of("function", "dept_economic", "gov_economic");

    private CodeNameVerification() {
    }

    /** {@code items} with the code taken off each such row; one issue per row in {@code issues}. */
    static List<LineItem> apply(SourceDocument doc, List<LineItem> items, List<ParseIssue> issues) {
        ClassificationCatalog catalog = ClassificationCatalog.standard();
        List<LineItem> out = new ArrayList<>(items.size());
        Set<Integer> reported = new HashSet<>();
        for (LineItem i : items) {
            if (!PositionalVerification.positional(i) || i.code() == null || i.name() == null
                    || !CODED.contains(i.classification())
                    || catalog.matchName(i.classification(), i.code(), i.name(), null) != NameMatch.MISMATCH
                    || !(catalog.namesCodeUnder(i.classification(), i.code(), i.name())
                    || i.name().chars().anyMatch(ch -> ch >= '0' && ch <= '9'))) {
                out.add(i);
                continue;
            }
            if (reported.add(i.sourceLine())) {
                issues.add(new ParseIssue(doc.path(), doc.docId(), i.sourceLine(), i.tableKind(), "code_not_verified",
                        "warning", "this row of " + i.tableTitle() + " was read by the position of its columns, and its"
                        + " code " + i.code() + " is not the code of its name «" + i.name() + "» (part of the code was"
                        + " lost): its amounts are kept without the code", i.tableTitle() + " 此行按栏位置读取，其编码 "
                        + i.code() + " 与名称“" + i.name() + "”不符（编码有一部分丢失）：金额保留，但不带编码",
                        doc.line(i.sourceLine())));
            }
            out.add(new LineItem(i.docId(), i.tableKind(), i.tableCode(), i.tableTitle(), "plain", null, i.name(), null,
                    i.measure(), i.columnGroup(), i.amount(), i.sourceLine(), i.rawLine()));
        }
        return out;
    }
}
