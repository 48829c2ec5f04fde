package org.resolint.model;

/** How a paragraph's marker is written. */
public enum NumberStyle {
    /** No marker. */
    NONE,
    /** {@code 12.} */
    ARABIC,
    /** {@code (a)} ... {@code (z)}, {@code (aa)} */
    LOWER_ALPHA,
    /** {@code (i)}, {@code (ii)}, {@code (iv)} */
    LOWER_ROMAN,
    /** {@code (A)} */
    UPPER_ALPHA,
    /** {@code (I)} */
    UPPER_ROMAN,
    /** {@code (1)} inside a paragraph */
    PAREN_ARABIC,
    /** dash or bullet */
    BULLET;

    /** The marker this style writes for {@code value}: {@code 13}, {@code (c)}, {@code (iv)}. */
    public String marker(int value) {
        return switch (this) {
            case ARABIC -> String.valueOf(value);
            case LOWER_ALPHA -> "(" + letters(value) + ")";
            case UPPER_ALPHA -> "(" + letters(value).toUpperCase() + ")";
            case LOWER_ROMAN -> "(" + RomanNumerals.of(value) + ")";
            case UPPER_ROMAN -> "(" + RomanNumerals.of(value).toUpperCase() + ")";
            case PAREN_ARABIC -> "(" + value + ")";
            case NONE, BULLET -> "";
        };
    }

    private static String letters(int value) {
        char c = (char) ('a' + (value - 1) % 26);
        return String.valueOf(c).repeat((value - 1) / 26 + 1);
    }
}
