package org.resolint.fix;

/**
 * Finds where an edit's characters stand in a line of the file. The model's column is exact for
 * plain text; a Markdown line whose emphasis marks were taken off, or a marker written "OP5.",
 * puts them a little further on, so the occurrence nearest the column is taken instead.
 */
final class Placement {
    /** What may stand between the model's column and the characters: "OP", Markdown emphasis, blanks. */
    private static final String SKIPPED = "(?:OP)?[\\s\\u00A0*_]*";

    private Placement() {
    }

    /** Index of {@code old} in {@code line} at or nearest {@code expected}, or -1. */
    static int find(String line, int expected, String old) {
        if (old.isEmpty()) {
            return -1;
        }
        if (expected >= 0 && line.startsWith(old, expected)) {
            return expected;
        }
        // A marker written "OP5." or "**5.**": the digits a few characters on, whatever letters stand before them.
        for (int d = 1; d <= 4 && expected >= 0; d++) {
            int at = expected + d;
            int end = at + old.length();
            if (line.startsWith(old, at) && line.substring(expected, at).matches(SKIPPED)
                    && (end >= line.length() || !Character.isLetterOrDigit(line.charAt(end)))) {
                return at;
            }
        }
        int best = -1;
        for (int i = line.indexOf(old); i >= 0; i = line.indexOf(old, i + 1)) {
            if (whole(line, i, old) && (best < 0 || Math.abs(i - expected) < Math.abs(best - expected))) {
                best = i;
            }
        }
        // Far from the column is another word that happens to match: not the one meant.
        return best >= 0 && Math.abs(best - expected) <= 12 ? best : -1;
    }

    /** A number or word found inside a longer one ("5" in "15") is not it. */
    private static boolean whole(String line, int at, String old) {
        boolean alnum = Character.isLetterOrDigit(old.charAt(0));
        if (!alnum) {
            return true;
        }
        boolean before = at > 0 && Character.isLetterOrDigit(line.charAt(at - 1));
        int end = at + old.length();
        boolean after = end < line.length() && Character.isLetterOrDigit(line.charAt(end));
        return !before && !after;
    }
}
