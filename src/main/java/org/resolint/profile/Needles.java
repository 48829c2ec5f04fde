package org.resolint.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Words a regular expression cannot match without: for {@code \bmandate\b[^;]...} the word
 * "mandate", for {@code \b(decides|agrees) to ...} one of "decides" and "agrees". Read from the
 * pattern's opening only (an optional {@code \b}, then letters or a group of alternatives that
 * each open with letters); a pattern that opens otherwise gets none, and is always run.
 * The words are case-folded like {@link org.resolint.model.Paragraph#foldedText()}.
 */
final class Needles {
    /** Shorter words rule out too little to be worth the look. */
    private static final int MIN_LENGTH = 3;

    private Needles() {
    }

    /** One of these occurs in any match; empty when the pattern's opening does not tell. */
    static List<String> of(String regex) {
        if (hasTopLevelAlternation(regex)) {
            return List.of();
        }
        int i = regex.startsWith("\\b") ? 2 : 0;
        List<String> out = new ArrayList<>();
        if (i < regex.length() && regex.charAt(i) == '(') {
            int close = closingParen(regex, i);
            if (close < 0 || regex.startsWith("(?", i) || optional(regex, close + 1)) {
                return List.of();
            }
            for (String alternative : splitAlternatives(regex.substring(i + 1, close))) {
                String word = literalPrefix(alternative, 0);
                if (word.length() < MIN_LENGTH) {
                    return List.of();
                }
                out.add(word);
            }
            return out;
        }
        String word = literalPrefix(regex, i);
        return word.length() < MIN_LENGTH ? List.of() : List.of(word);
    }

    /** Letters (and blanks, hyphens) that the pattern matches as written, folded to lower case. */
    private static String literalPrefix(String regex, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean literal = c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ' || c == '-');
            if (!literal) {
                break;
            }
            if (optional(regex, i + 1)) {
                break; // "decides?": the "s" may be absent
            }
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** A quantifier at {@code i} that lets what stands before it be absent. */
    private static boolean optional(String regex, int i) {
        return i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0;
    }

    private static int closingParen(String regex, int open) {
        int[] close = {-1};
        walk(regex, open, (i, c, depth) -> {
            if (c == ')' && depth == 1) {
                close[0] = i;
                return false;
            }
            return true;
        });
        return close[0];
    }

    /** A "|" outside any group or class: the opening then says nothing of the other branch. */
    private static boolean hasTopLevelAlternation(String regex) {
        return splitAlternatives(regex).size() > 1 || regex.contains("\\Q");
    }

    private static List<String> splitAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int[] start = {0};
        walk(regex, 0, (i, c, depth) -> {
            if (c == '|' && depth == 0) {
                parts.add(regex.substring(start[0], i));
                start[0] = i + 1;
            }
            return true;
        });
        parts.add(regex.substring(start[0]));
        return parts;
    }

    /** Sees one character of a pattern that is neither escaped nor inside a class; false stops the walk. */
    private interface Visitor {
        boolean at(int index, char c, int groupDepth);
    }

    /**
     * Walks the pattern from {@code from}, skipping escaped characters and character classes,
     * and shows every other character with the group depth before it.
     */
    private static void walk(String regex, int from, Visitor visitor) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else {
                if (!visitor.at(i, c, depth)) {
                    return;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
        }
    }
}
