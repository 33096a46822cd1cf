package org.fiscallens.checks;

/**
 * A check's explanation (校验说明) in English and in Chinese, written side by side so that both name the same
 * figures, lines and tables.
 *
 * @param en English text; never null
 * @param zh Chinese text; never null
 */
public record CheckText(String en, String zh) {
    /** The same explanation with a lead-in in each language, e.g. {@code agrees: } / {@code 一致：}. */
    CheckText after(String enLead, String zhLead) {
        return new CheckText(enLead + en, zhLead + zh);
    }
}
