package org.fiscallens.catalog;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves narrative subjects named but not coded ({@code name:卫生健康支出/医疗保障管理事务/信息化建设}) to
 * function codes through the catalog (already enlarged with the document's own code/name pairs); a single
 * name ({@code name:基本工资}) is tried as an economic class first (30101), then as a function 类.
 * An unresolved subject is kept as it is and reported as {@code unresolved_subject}.
 */
public final class SubjectResolver {
    public static final String NAME_PREFIX = "name:";

    /** Facts with resolvable {@code name:} subjects replaced by codes, plus an issue per unresolved one. */
    public Resolution resolve(DocumentInfo info, List<NarrativeFact> facts, ClassificationCatalog catalog) {
        List<NarrativeFact> out = new ArrayList<>(facts.size());
        List<ParseIssue> issues = new ArrayList<>();
        for (NarrativeFact f : facts) {
            if (f.subject() == null || !f.subject().startsWith(NAME_PREFIX)) {
                out.add(f);
                continue;
            }
            List<String> path = Arrays.stream(f.subject().substring(NAME_PREFIX.length()).split("/"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            var code = path.size() == 1
                    ? catalog.resolveEconomicName(path.get(0), info.fiscalYear()).map(ClassificationCatalog.EconomicCode::code)
                            .or(() -> catalog.resolveFunctionPath(path, info.fiscalYear()))
                    : catalog.resolveFunctionPath(path, info.fiscalYear());
            if (code.isPresent()) {
                out.add(new NarrativeFact(f.docId(), f.statement(), code.get(), f.subjectName(), f.factKind(),
                        f.value(), f.unit(), f.sourceLine(), f.sentence(), f.reason()));
            } else {
                out.add(f);
                issues.add(new ParseIssue(info.sourcePath(), info.docId(), f.sourceLine(), "catalog",
                        "unresolved_subject", "warning", "no function or economic code named " + String.join(" / ", path)
                        + " in the catalog for " + info.fiscalYear() + " nor in the document's tables; subject kept as "
                        + f.subject(), "科目目录（" + info.fiscalYear() + " 年）和本文件的表格中都没有名为 "
                        + String.join(" / ", path) + " 的功能或经济分类科目，主题保留为 " + f.subject(), f.sentence()));
            }
        }
        return new Resolution(out, issues);
    }

    public record Resolution(List<NarrativeFact> facts, List<ParseIssue> issues) {
        public Resolution {
            facts = List.copyOf(facts);
            issues = List.copyOf(issues);
        }
    }
}
