package org.resolint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.resolint.model.Location;

/**
 * Applies edits to a text file's content, character for character: line ends (LF, CRLF, CR),
 * wrap and spacing stay as they were; only the edited characters change.
 */
final class TextPatcher {
    private final String content;
    private final List<int[]> lines = new ArrayList<>();

    TextPatcher(String content) {
        this.content = content;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < content.length()) {
            lines.add(new int[] {start, content.length()});
        }
    }

    /** The lines without their ends. */
    List<String> lines() {
        return lines.stream().map(l -> content.substring(l[0], l[1])).toList();
    }

    /** A placed edit: where its characters start in the content. */
    record Placed(Edit edit, int offset) {
    }

    /** Places each edit; those whose characters are not found are reported in {@code notes} and left out. */
    List<Placed> place(List<Edit> edits, List<Note> notes) {
        List<Placed> out = new ArrayList<>();
        for (Edit e : edits) {
            Location at = e.at();
            if (at.line() < 1 || at.line() > lines.size()) {
                notes.add(new Note(at, "\"" + e.old() + "\" not found; left as written"));
                continue;
            }
            int[] l = lines.get(at.line() - 1);
            int i = Placement.find(content.substring(l[0], l[1]), at.column() - 1, e.old());
            if (i < 0) {
                notes.add(new Note(at, "\"" + e.old() + "\" not found at " + at + "; left as written"));
                continue;
            }
            out.add(new Placed(e, l[0] + i));
        }
        return withoutOverlaps(out, notes);
    }

    /** The content with the placed edits made. */
    String apply(List<Placed> placed) {
        StringBuilder b = new StringBuilder(content);
        List<Placed> back = new ArrayList<>(placed);
        back.sort(Comparator.comparingInt(Placed::offset).reversed());
        for (Placed p : back) {
            b.replace(p.offset(), p.offset() + p.edit().old().length(), p.edit().replacement());
        }
        return b.toString();
    }

    static List<Placed> withoutOverlaps(List<Placed> placed, List<Note> notes) {
        List<Placed> sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparingInt(Placed::offset));
        List<Placed> out = new ArrayList<>();
        int end = -1;
        for (Placed p : sorted) {
            if (p.offset() < end) {
                notes.add(new Note(p.edit().at(), "\"" + p.edit().old() + "\" → \"" + p.edit().replacement()
                        + "\" overlaps another change; left out"));
                continue;
            }
            out.add(p);
            end = p.offset() + Math.max(1, p.edit().old().length());
        }
        return out;
    }
}
