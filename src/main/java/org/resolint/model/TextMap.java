package org.resolint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps character offsets in a paragraph's text back to line and column in the file, so a
 * finding about words inside a hard-wrapped paragraph points at the line they stand on.
 */
public final class TextMap {
    private final int[] offsets;
    private final Location[] starts;

    private TextMap(int[] offsets, Location[] starts) {
        this.offsets = offsets;
        this.starts = starts;
    }

    public static TextMap single(Location start) {
        return new TextMap(new int[] {0}, new Location[] {start});
    }

    /** Location of the character at {@code offset} of the text. */
    public Location locate(int offset) {
        int i = offsets.length - 1;
        while (i > 0 && offsets[i] > offset) {
            i--;
        }
        Location s = starts[i];
        return new Location(s.line(), s.column() + Math.max(0, offset - offsets[i]));
    }

    /** Collects segments while text is joined from several lines. */
    public static final class Builder {
        private final List<Integer> offsets = new ArrayList<>();
        private final List<Location> starts = new ArrayList<>();

        public Builder add(int offset, Location start) {
            offsets.add(offset);
            starts.add(start);
            return this;
        }

        /** Moves every segment left by {@code n} characters (a marker taken off the front). */
        public TextMap build(int shift) {
            int[] o = new int[offsets.size()];
            Location[] s = new Location[starts.size()];
            for (int i = 0; i < o.length; i++) {
                int off = offsets.get(i) - shift;
                Location start = starts.get(i);
                if (off < 0) {
                    start = new Location(start.line(), start.column() - off);
                    off = 0;
                }
                o[i] = off;
                s[i] = start;
            }
            return new TextMap(o, s);
        }
    }
}
