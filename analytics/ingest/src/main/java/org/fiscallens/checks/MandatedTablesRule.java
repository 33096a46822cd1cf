package org.fiscallens.checks;

import org.fiscallens.ingest.table.TableStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Completeness of the mandated tables (公开表完整性): each table the layout registry expects for the document's
 * kind is present, declared empty with its reason, or missing. A prose-only document that refers to tables
 * published separately (见附表) gets warnings rather than errors.
 */
final class MandatedTablesRule implements CheckRule {
    @Override
    public String key() {
        return "mandated_tables";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        boolean proseOnly = "prose_only".equals(ctx.info().layout());
        for (TableStatus t : ctx.tables()) {
            String code = t.tableCode() == null ? "" : t.tableCode() + " ";
            String name = code + (t.title() == null ? t.tableKind() : t.title());
            List<Integer> lines = t.titleLine() > 0 ? List.of(t.titleLine()) : List.of();
            switch (t.status()) {
                case "present" -> out.add(Comparisons.check(ctx, key(), t.tableKind(), "info", true, null, null, null,
                        lines, new CheckText(name + " present, " + t.rowCount() + " rows",
                                name + " 已列示，" + t.rowCount() + " 行")));
                case "declared_empty" -> out.add(Comparisons.check(ctx, key(), t.tableKind(), "info", true, null, null,
                        null, lines, new CheckText(name + " declared empty" + (t.reason() == null ? "" : ": " + t.reason()),
                                name + " 说明为空表" + (t.reason() == null ? "" : "：" + t.reason()))));
                default -> out.add(Comparisons.check(ctx, key(), t.tableKind(), proseOnly ? "warning" : "error", false,
                        null, null, null, lines, new CheckText(name + " is missing" + (proseOnly
                                ? " from this text (the document says its tables are published separately, 见附表)"
                                : " although it is mandated for a " + (ctx.info().kind() == null ? "disclosure"
                                : ctx.info().kind().zh())),
                                name + " 缺失" + (proseOnly ? "：本文本未含此表（文件称表格另附，见附表）"
                                        : "，" + (ctx.info().kind() == null ? "预决算公开" : ctx.info().kind().zh())
                                        + "公开须含此表"))));
            }
        }
        return out;
    }
}
