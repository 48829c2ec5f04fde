package org.resolint.reader.docx;

import org.resolint.model.RomanNumerals;

/** Renders a list counter the way Word does for the common {@code w:numFmt} values. */
final class NumberFormat {
    private NumberFormat() {
    }

    static String render(String numFmt, int n) {
        if (numFmt == null) {
            return Integer.toString(n);
        }
        return switch (numFmt) {
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "none", "bullet" -> "";
            default -> Integer.toString(n); // decimal and the formats resolint never meets in drafts
        };
    }

    /** Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not base 26). */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        return n <= 0 || n >= 100 ? Integer.toString(n) : RomanNumerals.of(n).toUpperCase(java.util.Locale.ROOT);
    }
}
