package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header labels wrapped over two lines of {@code pdftotext -layout} output, heads one space apart. */
class WrappedHeaderLabelsTest {
    private static final TableDescriptor EXPENDITURE = TableLayouts.standard().descriptors().stream()
            .filter(d -> d.key().equals("final.expenditure")).findFirst().orElseThrow();

    private static TableLine line(int number, String raw) {
        return CellSplitter.split(number, raw, true);
    }

    @Test
    void theEndsOnTheLineBelowCompleteTheHeadsInOrderWhereTheyStand() {
        // 新乡 2024's 支出决算表 printed to PDF and extracted: the heads pushed together, their ends spread out
        TableLine upper = line(5, "项目                     本年支出合 基本支 项目支 上缴上级支 经营支 对附属单位补助支");
        TableLine lower = line(6, "                       计      出      出      出 出 出");
        TableLine joined = WrappedHeaderLabels.join(upper, lower, EXPENDITURE);
        assertThat(joined).isNotNull();
        assertThat(joined.filled()).extracting(Cell::text).containsExactly(
                "项目", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        // each whole label stands where its end was printed, above the amounts (23, 30, 37 in the rows below)
        assertThat(joined.filled()).extracting(Cell::start).containsExactly(0, 23, 30, 37, 44, 46, 48);
        assertThat(joined.number()).isEqualTo(5);
    }

    @Test
    void aHeaderListJoinsThePairAndKeepsTheOtherLines() {
        List<TableLine> header = List.of(
                line(5, "项目                     本年支出合 基本支 项目支 上缴上级支 经营支 对附属单位补助支"),
                line(6, "                       计      出      出      出 出 出"),
                line(7, "功能分类科目编 科目名称"),
                line(8, "码"));
        List<TableLine> joined = WrappedHeaderLabels.join(header, EXPENDITURE);
        assertThat(joined).extracting(TableLine::number).containsExactly(5, 7);
        assertThat(joined.get(1).filled()).extracting(Cell::text).containsExactly("功能分类科目编码", "科目名称");
    }

    @Test
    void endsThatCouldCompleteMoreThanOneHeadLeaveTheLinesAlone() {
        // 基本支出 and 项目支出 are labels alone, and either could take 合计: which one did is not knowable
        TableLine upper = line(1, "基本支出 项目支出");
        TableLine lower = line(2, "         合计");
        assertThat(WrappedHeaderLabels.join(upper, lower, EXPENDITURE)).isNull();
    }

    @Test
    void aHeadLeftWithoutAnEndOrAnEndLeftOverLeavesTheLinesAlone() {
        TableLine upper = line(1, "本年支出合 基本支 项目支");
        assertThat(WrappedHeaderLabels.join(upper, line(2, "计      出"), EXPENDITURE)).as("项目支 left unfinished")
                .isNull();
        assertThat(WrappedHeaderLabels.join(upper, line(2, "计      出      出      出"), EXPENDITURE))
                .as("an end too many").isNull();
        assertThat(WrappedHeaderLabels.join(upper, line(2, "本年支出合 基本支 项目支"), EXPENDITURE))
                .as("a second line of heads").isNull();
    }

    @Test
    void anEndLeftOfItsHeadIsNoEndOfIt() {
        TableLine upper = line(1, "          本年支出合 基本支");
        TableLine lower = line(2, "计               出");
        assertThat(WrappedHeaderLabels.join(upper, lower, EXPENDITURE)).isNull();
    }

    @Test
    void tabbedLinesAreLeftAlone() {
        assertThat(WrappedHeaderLabels.join(line(1, "本年支出合\t基本支"), line(2, "计\t出"), EXPENDITURE)).isNull();
    }
}
