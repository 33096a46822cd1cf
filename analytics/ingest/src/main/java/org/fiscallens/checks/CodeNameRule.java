package org.fiscallens.checks;

import org.fiscallens.catalog.CatalogEntry;
import org.fiscallens.catalog.ClassificationCatalog.ObservedCode;
import org.fiscallens.catalog.NameMatch;
import org.fiscallens.ingest.table.LineItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name printed next to a classification code against the catalog for the document's year
 * (科目编码与名称一致): a different name is a warning; the name the code carried in another year (a rename,
 * e.g. 210 医疗卫生与计划生育支出 before 2019) is an info-level failure; one check per distinct code and name.
 */
final class CodeNameRule implements CheckRule {
    @Override
    public String key() {
        return "code_name_mismatch";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Set<ObservedCode> seen = new HashSet<>();
        Integer year = ctx.info().fiscalYear();
        for (LineItem i : ctx.lineItems()) {
            if (!Figures.coded(i) || i.name() == null || i.name().isBlank()
                    || !seen.add(new ObservedCode(i.classification(), i.code(), i.name()))) {
                continue;
            }
            NameMatch match = ctx.catalog().matchName(i.classification(), i.code(), i.name(), year);
            if (match == NameMatch.UNKNOWN_CODE) {
                continue;
            }
            String official = ctx.catalog().lookup(i.classification(), i.code(), year).map(CatalogEntry::name).orElse("?");
            boolean passed = match == NameMatch.EXACT || match == NameMatch.ALIAS;
            String severity = passed ? "info" : match == NameMatch.OTHER_YEAR ? "info" : "warning";
            CheckText message = switch (match) {
                case EXACT -> new CheckText(i.code() + " " + i.name() + " matches the catalog",
                        i.code() + " " + i.name() + " 与科目目录一致");
                case ALIAS -> new CheckText(i.code() + " «" + i.name() + "» is a known variant of " + official,
                        i.code() + " «" + i.name() + "» 是 " + official + " 的常见写法");
                case OTHER_YEAR -> new CheckText(i.code() + " «" + i.name() + "» is the name this code carried in another year; for "
                        + year + " it is " + official + " (renamed)",
                        i.code() + " «" + i.name() + "» 是该科目其他年度的名称，" + year + " 年为 " + official + "（已更名）");
                default -> new CheckText(i.code() + " is printed as «" + i.name() + "» but the catalog names it " + official
                        + " for " + year + ": wrong code or wrong name",
                        i.code() + " 印为«" + i.name() + "»，而 " + year + " 年科目目录名称为 " + official + "：科目编码或名称有误");
            };
            out.add(Comparisons.check(ctx, key(), i.classification() + ":" + i.code() + ":" + i.name(), severity, passed,
                    null, null, null, List.of(i.sourceLine()), message));
        }
        return out;
    }
}
