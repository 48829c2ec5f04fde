package org.resolint.model;

/** Where a text quotes: style and term facts skip quoted words (a quotation is not the Council's wording). */
public final class Quotes {
    private Quotes() {
    }

    /** For each character, whether it stands between quotation marks (straight or curly). */
    public static boolean[] ranges(String text) {
        boolean[] in = new boolean[text.length()];
        boolean straight = false;
        int curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight = !straight;
            }
            in[i] = straight || curly > 0;
        }
        return in;
    }
}
