package org.fiscallens.web.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.fiscallens.web.warehouse.Row;
import org.junit.jupiter.api.Test;

class LineHitTest {
    private static Row line(String text) {
        return new Row().with("text", text);
    }

    @Test
    void theWordsAreCutOutWithTheirSurroundings() {
        LineHit h = LineHit.of(line("主要原因：离休干部医疗费（上解）的费用减少"), "离休干部");
        assertThat(h.before()).isEqualTo("主要原因：");
        assertThat(h.match()).isEqualTo("离休干部");
        assertThat(h.after()).isEqualTo("医疗费（上解）的费用减少");
    }

    @Test
    void longLinesAreShortenedAroundTheWordsOnly() {
        String text = "甲".repeat(100) + "离休干部" + "乙".repeat(100);
        LineHit h = LineHit.of(line(text), "离休干部");
        assertThat(h.before()).isEqualTo("…" + "甲".repeat(LineHit.CONTEXT));
        assertThat(h.after()).isEqualTo("乙".repeat(LineHit.CONTEXT) + "…");
    }

    @Test
    void wordsBrokenBySpacesInTheLineAreListedUnmarked() {
        LineHit h = LineHit.of(line("缓解离休干部 医疗费用负担"), "干部医疗");
        assertThat(h.match()).isEmpty();
        assertThat(h.before()).isEqualTo("缓解离休干部 医疗费用负担");
    }
}
