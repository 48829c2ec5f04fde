package org.resolint.model;

import java.util.List;

/**
 * A cross-reference written in a paragraph: "paragraphs 30 to 35 above". Its {@code targets}
 * are the labels it names, ranges expanded ({@code 30}, {@code 31} … {@code 35}); an external
 * reference ("paragraph 2 of resolution 2253 (2015)") names another instrument's paragraphs and
 * is never checked against this text.
 *
 * @param start   offset of the first character ("paragraph") in the paragraph's text
 * @param end     offset after the last character (the direction word included)
 * @param cue     the words just before the reference that say what it points at
 *                ("the exemptions set out in"), empty when none
 */
public record Reference(Paragraph paragraph, int start, int end, String raw, List<String> targets,
                        List<Range> ranges, Direction direction, boolean external, String cue) {

    /** "paragraphs 30 to 35": the two ends as written. */
    public record Range(String from, String to) {
        /** A label the range spans without writing it: "31" of "30 to 35", "(b)" of "(a)-(c)". */
        public boolean spans(String label) {
            if (from.matches("\\d+") && to.matches("\\d+") && label.matches("\\d+")) {
                int n = Integer.parseInt(label);
                return n > Integer.parseInt(from) && n < Integer.parseInt(to);
            }
            String a = from.replaceAll(".*\\(([a-z])\\)$", "$1");
            String b = to.replaceAll(".*\\(([a-z])\\)$", "$1");
            String x = label.replaceAll(".*\\(([a-z])\\)$", "$1");
            return a.length() == 1 && b.length() == 1 && x.length() == 1 && x.compareTo(a) > 0 && x.compareTo(b) < 0;
        }

        /** The end comes before the start: "35 to 30", "4 (c) to (a)". */
        public boolean reversed() {
            if (from.matches("\\d+") && to.matches("\\d+")) {
                return Integer.parseInt(from) > Integer.parseInt(to);
            }
            String a = from.replaceAll(".*\\(([a-z])\\)$", "$1");
            String b = to.replaceAll(".*\\(([a-z])\\)$", "$1");
            return a.length() == 1 && b.length() == 1 && a.compareTo(b) > 0;
        }
    }

    public Reference {
        targets = List.copyOf(targets);
        ranges = List.copyOf(ranges);
    }

    public Location getLocation() {
        return paragraph.locate(start);
    }

    public Paragraph getParagraph() { return paragraph; }
    public String getRaw() { return raw; }
    public Direction getDirection() { return direction; }
    public boolean isExternal() { return external; }
    public List<String> getTargets() { return targets; }
    public List<Range> getRanges() { return ranges; }
    public int getStart() { return start; }
    public String getCue() { return cue; }

    /** The first range that runs backwards ("35 to 30", "(c) to (a)"), or null. */
    public Range getReversedRange() {
        for (Range r : ranges) {
            if (r.reversed()) {
                return r;
            }
        }
        return null;
    }
}
