package org.fiscallens.catalog;

/** Shape test of classification codes (科目编码) without a regular expression; called per record. */
public final class FunctionCodes {
    private FunctionCodes() {
    }

    /** True for a 3-, 5- or 7-digit code of ASCII digits ({@code \d{3}|\d{5}|\d{7}}). */
    public static boolean isClassCode(String s) {
        int n = s.length();
        if (n != 3 && n != 5 && n != 7) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
