package org.resolint.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.resolint.model.NumberStyle;
import org.resolint.model.Paragraph;
import org.resolint.model.RomanNumerals;

/**
 * Places sub-paragraph items ({@code (a)}, {@code (ii)}, dashes) in the list they continue.
 * {@code (i)} after {@code (h)} continues a letter list; {@code (i)} after {@code (a)} opens a
 * roman list under it. Lists stay open across headings until the next top-level paragraph.
 */
final class SubparagraphTracker {

    /** Where a new item goes: its style, value, parent, previous sibling and depth. */
    record Placement(NumberStyle style, int value, Paragraph parent, Paragraph previous, int depth, int index) {
    }

    private static final class OpenList {
        final NumberStyle style;
        final Paragraph owner;
        final int depth;
        int last;
        int count;
        Paragraph lastItem;

        OpenList(NumberStyle style, Paragraph owner, int depth) {
            this.style = style;
            this.owner = owner;
            this.depth = depth;
        }
    }

    /** One way to read a marker: its style and value; value -1 is a mistyped marker meant as {@code intended}. */
    private record Reading(NumberStyle style, int value, int intended) {
        Reading(NumberStyle style, int value) {
            this(style, value, value);
        }

        boolean continues(OpenList list) {
            return style == list.style && (style == NumberStyle.BULLET || intended == list.last + 1);
        }
    }

    private final Deque<OpenList> open = new ArrayDeque<>();
    /** The last list of each style closed under the current top paragraph. */
    private final Map<NumberStyle, OpenList> closed = new EnumMap<>(NumberStyle.class);
    private Paragraph top;

    /** A new top-level paragraph closes every open list. */
    void startTop(Paragraph paragraph) {
        top = paragraph;
        open.clear();
        closed.clear();
    }

    boolean hasTop() {
        return top != null;
    }

    /**
     * Decides where an item goes. {@code nextRaw} is the raw marker of the following item: it
     * tells {@code (i)} before {@code (ii)} from the letter (i), and shows a mistyped marker such
     * as {@code (6)} between {@code (a)} and {@code (c)} for what it is.
     */
    Placement place(Marker marker, String nextRaw) {
        List<Reading> readings = readings(marker, nextRaw);
        List<Reading> next = nextRaw == null ? List.of() : readings(new Marker(Marker.Type.PAREN_LETTERS, nextRaw, 0, 0), null);
        OpenList target = null;
        Reading chosen = null;
        // 1. an open list this item continues exactly
        outer:
        for (OpenList list : open) {
            for (Reading r : readings) {
                if (r.continues(list)) {
                    target = list;
                    chosen = r;
                    break outer;
                }
            }
        }
        // 2. a mistyped marker: the next item continues the innermost list one step further
        if (target == null && !open.isEmpty() && open.peek().style != NumberStyle.BULLET) {
            OpenList inner = open.peek();
            for (Reading n : next) {
                if (n.style == inner.style && n.value == inner.last + 2) {
                    target = inner;
                    chosen = new Reading(inner.style, -1, inner.last + 1);
                    break;
                }
            }
        }
        // 3. the first item of a new, deeper list
        if (target == null) {
            NumberStyle innermost = open.isEmpty() ? null : open.peek().style;
            for (Reading r : readings) {
                if ((r.intended == 1 || r.style == NumberStyle.BULLET) && r.style != innermost) {
                    target = push(r.style);
                    chosen = r;
                    break;
                }
            }
        }
        // 4. a list that resumes after a marked heading ("(ii) DDR" then "(g)" after "(f)")
        if (target == null) {
            for (Reading r : readings) {
                OpenList closed = this.closed.get(r.style);
                if (closed != null && r.value == closed.last + 1) {
                    target = push(r.style);
                    target.last = closed.last;
                    target.count = closed.count;
                    target.lastItem = closed.lastItem;
                    chosen = r;
                    break;
                }
            }
        }
        // 5. an open list of the same style, out of sequence (a repeat or a gap the rules report)
        if (target == null) {
            outer:
            for (OpenList list : open) {
                for (Reading r : readings) {
                    if (r.style == list.style) {
                        target = list;
                        chosen = r;
                        break outer;
                    }
                }
            }
        }
        // 6. a mistyped first marker: the next item is the second of a new list ("(2)" then "(b)")
        if (target == null) {
            for (Reading n : next) {
                if (n.value == 2 && n.style != NumberStyle.BULLET) {
                    target = push(n.style);
                    chosen = new Reading(n.style, -1, 1);
                    break;
                }
            }
        }
        // 7. a new list that does not start at its first marker
        if (target == null) {
            chosen = readings.get(0);
            target = push(chosen.style);
        }
        while (open.peek() != target) {
            OpenList gone = open.pop();
            closed.put(gone.style, gone);
        }
        target.count++;
        Placement p = new Placement(chosen.style, chosen.value, target.owner, target.lastItem,
                target.depth, target.count);
        target.last = chosen.value < 0 ? target.last + 1 : chosen.value;
        return p;
    }

    boolean hasOpenList() {
        return !open.isEmpty();
    }

    /** Records the paragraph just built for the last placement. */
    void placed(Paragraph item) {
        open.peek().lastItem = item;
    }

    private OpenList push(NumberStyle style) {
        Paragraph owner = open.isEmpty() || open.peek().lastItem == null ? top : open.peek().lastItem;
        int depth = open.isEmpty() ? 1 : open.peek().depth + 1;
        OpenList list = new OpenList(style, owner, depth);
        open.push(list);
        return list;
    }

    private static final Map<String, String> OCR_LOOKALIKES = Map.of("6", "b", "5", "s", "0", "o", "8", "g");

    /** Numerals as lists use them: up to (xxxix); "(l)" and "(c)" are letters. */
    private static int romanValue(String raw) {
        int v = RomanNumerals.value(raw);
        return v > 39 ? -1 : v;
    }

    private static List<Reading> readings(Marker m, String nextRaw) {
        List<Reading> out = new ArrayList<>();
        String raw = m.raw();
        switch (m.type()) {
            case PAREN_LETTERS -> {
                if (("l".equals(raw) || "1".equals(raw)) && "ii".equals(nextRaw)) {
                    out.add(new Reading(NumberStyle.LOWER_ROMAN, -1, 1));
                }
                int alpha = Marker.letterValue(raw);
                int roman = romanValue(raw);
                // "(i)" followed by "(ii)" is the numeral, even where a letter list would reach (i).
                boolean romanAhead = roman > 0 && RomanNumerals.of(roman + 1).equals(nextRaw);
                if (alpha > 0 && !romanAhead) {
                    out.add(new Reading(NumberStyle.LOWER_ALPHA, alpha));
                }
                if (roman > 0) {
                    out.add(new Reading(NumberStyle.LOWER_ROMAN, roman));
                }
            }
            case PAREN_CAPITALS -> {
                int alpha = Marker.letterValue(raw);
                int roman = romanValue(raw);
                if (alpha > 0) {
                    out.add(new Reading(NumberStyle.UPPER_ALPHA, alpha));
                }
                if (roman > 0) {
                    out.add(new Reading(NumberStyle.UPPER_ROMAN, roman));
                }
            }
            case PAREN_NUMBER -> {
                if ("1".equals(raw) && "ii".equals(nextRaw)) {
                    out.add(new Reading(NumberStyle.LOWER_ROMAN, -1, 1));
                }
                // OCR and typing slips: "(6)" for "(b)", "(1)" for "(i)" or "(l)".
                if (OCR_LOOKALIKES.containsKey(raw)) {
                    out.add(new Reading(NumberStyle.LOWER_ALPHA, -1, Marker.letterValue(OCR_LOOKALIKES.get(raw))));
                }
                out.add(new Reading(NumberStyle.PAREN_ARABIC, m.number()));
            }
            case BULLET -> out.add(new Reading(NumberStyle.BULLET, 0));
            default -> throw new IllegalArgumentException("not a sub-paragraph marker: " + m);
        }
        if (out.isEmpty()) {
            // Letters that are neither a letter run nor a numeral ("(ab)"): a marker no list can hold.
            out.add(new Reading(NumberStyle.LOWER_ALPHA, -1, 0));
        }
        return out;
    }

}
