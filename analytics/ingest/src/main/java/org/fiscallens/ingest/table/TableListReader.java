package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a 目录 that lists the published tables with 是否空表 and 公开空表理由 (Shaanxi layout): which tables the
 * document says it publishes, and which it declares empty and why. Its numbers are table numbers, not amounts.
 */
final class TableListReader {
    private TableListReader() {
    }

    /** One listed table. */
    record Entry(String tableCode, String title, boolean declaredEmpty, String reason, int line) {
    }

    static List<Entry> read(TableReading r, TableBody body) {
        List<TableLine> all = new ArrayList<>(body.header);
        all.addAll(body.data);
        int codeCol = 0;
        int titleCol = 1;
        int emptyCol = 2;
        int reasonCol = 3;
        List<Entry> out = new ArrayList<>();
        for (TableLine line : all) {
            r.consume(line.number());
            String joined = Labels.compact(line.raw());
            if (joined.contains("名称") && joined.contains("是否空表")) {
                for (int c = 0; c < line.cells().size(); c++) {
                    String t = Labels.compact(line.cell(c));
                    if (t.contains("名称")) {
                        titleCol = c;
                    } else if (t.contains("是否空表")) {
                        emptyCol = c;
                    } else if (t.contains("理由") || t.contains("原因")) {
                        reasonCol = c;
                    } else if (t.startsWith("报表") || t.contains("表号") || t.contains("序号")) {
                        codeCol = c;
                    }
                }
                continue;
            }
            Optional<String> code = TitleText.tableCode(line.cell(codeCol));
            String title = line.cell(titleCol);
            if (title.isEmpty()) {
                continue;
            }
            boolean empty = Labels.compact(line.cell(emptyCol)).equals("是");
            String reason = line.cell(reasonCol);
            out.add(new Entry(code.orElse(null), title, empty, reason.isEmpty() ? null : reason, line.number()));
        }
        return out;
    }
}
