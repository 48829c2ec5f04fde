package org.resolint.parse;

/** Small string helpers that treat no-break spaces and direction marks as blanks. */
final class Text {
    private Text() {
    }

    static boolean isBlank(int c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || c == '\u200E' || c == '\u200F' || c == '\uFEFF' || c == '\u200B';
    }

    static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static String stripBlanks(String s) {
        int start = leadingBlanks(s);
        int end = s.length();
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlankLine(String s) {
        return leadingBlanks(s) == s.length();
    }

    static int wordCount(String s) {
        String t = stripBlanks(s);
        return t.isEmpty() ? 0 : t.split("[\\s\\u00A0]+").length;
    }
}
