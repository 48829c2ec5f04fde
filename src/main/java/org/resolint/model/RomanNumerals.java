package org.resolint.model;

/** Reads lower- or upper-case roman numerals in their canonical form. */
public final class RomanNumerals {
    private static final String[] ONES = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    private static final String[] TENS = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};

    private RomanNumerals() {
    }

    /** The value of a canonical numeral up to 99 ({@code iv} = 4); -1 otherwise ({@code iiii}, {@code l} alone counts 50). */
    public static int value(String numeral) {
        String n = numeral.toLowerCase();
        for (int v = 1; v < 100; v++) {
            if (TENS[v / 10].concat(ONES[v % 10]).equals(n)) {
                return v;
            }
        }
        return -1;
    }

    public static String of(int value) {
        return TENS[value / 10] + ONES[value % 10];
    }
}
