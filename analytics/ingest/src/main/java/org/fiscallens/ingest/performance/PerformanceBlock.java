package org.fiscallens.ingest.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One project's block of a 绩效自评 table as it is scanned (lines, title or 项目名称 cell, unit, header columns, the
 * 资金总额 and 总分 rows, a score or grade stated in prose inside it); filled in by {@link PerformanceTables}.
 */
final class PerformanceBlock {
    int firstLine;
    int lastLine;
    String titleName;
    String cellName;
    String unit;
    /** Header columns: cell index → funds key ({@code initial}, {@code full_year}, {@code executed}, …). */
    Map<Integer, String> header;
    PerformanceLayout.Sequence sequence;
    boolean garbledHeader;
    boolean cellPerLine;
    PerformanceRow funds;
    PerformanceRow score;
    BigDecimal proseScore;
    String proseGrade;

    /** A new block starting at {@code row}, added to {@code blocks}. */
    static PerformanceBlock open(List<PerformanceBlock> blocks, PerformanceRow row) {
        PerformanceBlock b = new PerformanceBlock();
        b.firstLine = row.firstLine();
        b.lastLine = row.lastLine();
        blocks.add(b);
        return b;
    }

    /** The project's name: the title's, else the 项目名称 cell's. */
    String name() {
        return titleName != null && !titleName.isEmpty() ? titleName : cellName;
    }
}
