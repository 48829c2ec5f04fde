package org.resolint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits the stale-reference measurements make to an adopted text: insert or delete one
 * operative paragraph and renumber the later ones, leaving every reference as written.
 */
public final class OperativeEdits {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\. (.*)$");
    /** The paragraph inserted: plausible in any resolution, cited by none. */
    private static final String INSERTED = "Requests the Secretary-General to keep the Council regularly informed of developments;";

    private OperativeEdits() {
    }

    /** Lines of operative paragraphs numbered 1, 2, 3 … in sequence ("12. Decides ..."), up to an annex. */
    public static List<Integer> operativeLines(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("(?i)^annex.*")) {
                break;
            }
            if (number(l) == expected) {
                out.add(i);
                expected++;
            }
        }
        return out;
    }

    /** The number a line "12. Decides ..." opens with, or -1. */
    public static int number(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A new paragraph {@code k} before the old one; {@code numbered} from {@link #operativeLines}. */
    public static List<String> insertAt(List<String> lines, List<Integer> numbered, int k) {
        List<String> out = new ArrayList<>();
        int at = numbered.get(k - 1);
        for (int i = 0; i < lines.size(); i++) {
            if (i == at) {
                out.add(k + ". " + INSERTED);
                out.add("");
            }
            out.add(renumber(lines.get(i), numbered, i, k, +1));
        }
        return out;
    }

    /** Paragraph {@code k} (with its sub-paragraphs, up to the next numbered one) removed. */
    public static List<String> deleteAt(List<String> lines, List<Integer> numbered, int k) {
        List<String> out = new ArrayList<>();
        int from = numbered.get(k - 1);
        int to = k < numbered.size() ? numbered.get(k) : lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (i >= from && i < to) {
                continue;
            }
            out.add(renumber(lines.get(i), numbered, i, k, -1));
        }
        return out;
    }

    private static String renumber(String line, List<Integer> numbered, int index, int k, int delta) {
        if (!numbered.contains(index)) {
            return line;
        }
        int n = number(line);
        return n >= k ? (n + delta) + line.substring(line.indexOf('.')) : line;
    }
}
