package org.resolint.model;

/** Case folding one character at a time, the comparison of Java's case-insensitive patterns. */
public final class CaseFold {
    private CaseFold() {
    }

    /** {@code text} with each character folded: same length, same offsets. */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** As {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} compares: lower case of the upper case. */
    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
