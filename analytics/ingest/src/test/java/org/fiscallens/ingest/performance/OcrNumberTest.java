package org.fiscallens.ingest.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The readings a 绩效自评 table cell allows: OCR spacing is tolerated, a damaged figure gives none. */
class OcrNumberTest {
    @Test
    void aSpaceAfterThePointIsOcrSpacingButOneBeforeItIsNot() {
        assertThat(OcrNumber.readings("55. 875")).containsExactly(new BigDecimal("55.875"));
        assertThat(OcrNumber.readings("2, 692. 323")).contains(new BigDecimal("2692.323"));
        // 35.13 with its second digit lost leaves "3 .13": not read as 3.13
        assertThat(OcrNumber.readings("3 .13")).isEmpty();
        assertThat(OcrNumber.readings("9 .4")).isEmpty();
    }

    @Test
    void aDamagedCharacterGivesNoReading() {
        assertThat(OcrNumber.readings("8#.78")).isEmpty();
        assertThat(OcrNumber.readings("10O.0")).isEmpty();
        assertThat(OcrNumber.readings("91.65")).containsExactly(new BigDecimal("91.65"));
    }
}
