package org.resolint.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.resolint.model.NumberStyle;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/**
 * The numbers the paragraphs should carry: operative paragraphs 1, 2, 3 … in each numbering
 * scope (a section that restarts at 1 is its own scope), sub-paragraphs (a), (b) … and (i),
 * (ii) … within each paragraph. Paragraphs numbered by Word itself keep their number (Word
 * renumbers them); a {@code 5 bis} insertion follows the number of the paragraph before it.
 */
public final class Renumbering {
    private static final Set<NumberStyle> LISTS = Set.of(NumberStyle.LOWER_ALPHA, NumberStyle.LOWER_ROMAN,
            NumberStyle.UPPER_ALPHA, NumberStyle.UPPER_ROMAN, NumberStyle.PAREN_ARABIC);

    /** The marker characters as written without punctuation ("12", "b", "iv"), before and after. */
    private final Map<Paragraph, String> oldRaw = new IdentityHashMap<>();
    private final Map<Paragraph, String> newRaw = new IdentityHashMap<>();
    private final List<Note> notes = new ArrayList<>();

    private Renumbering() {
    }

    /** {@code fixed}: paragraphs whose number is not typed in the text (Word's automatic numbering). */
    public static Renumbering of(Resolution model, Predicate<Paragraph> fixed) {
        Renumbering r = new Renumbering();
        r.operative(model, fixed);
        r.subparagraphs(model, fixed);
        return r;
    }

    private void operative(Resolution model, Predicate<Paragraph> fixed) {
        Map<String, Integer> counters = new HashMap<>();
        for (Paragraph p : model.getParagraphs()) {
            if (p.getKind() != ParagraphKind.OPERATIVE || p.getStyle() != NumberStyle.ARABIC) {
                continue;
            }
            String digits = p.getMarker().replaceAll("\\D.*", "");
            oldRaw.put(p, digits);
            int last = counters.getOrDefault(p.getSection(), 0);
            if (fixed.test(p)) {
                counters.put(p.getSection(), p.getValue());
                newRaw.put(p, digits);
            } else if (p.isInsertion()) {
                newRaw.put(p, last > 0 ? String.valueOf(last) : digits);
            } else {
                counters.put(p.getSection(), last + 1);
                newRaw.put(p, String.valueOf(last + 1));
            }
        }
    }

    /**
     * Each list item follows the item before it in its list (the parser's previous sibling, which
     * also links a list that resumes after a marked heading), so (a) (b) (b) (c) becomes (a) (b) (c) (d).
     */
    private void subparagraphs(Resolution model, Predicate<Paragraph> fixed) {
        Map<Paragraph, Integer> values = new IdentityHashMap<>();
        for (Paragraph p : model.getParagraphs()) {
            if (p.getKind() != ParagraphKind.SUBPARAGRAPH || p.getParent() == null || !LISTS.contains(p.getStyle())) {
                continue;
            }
            String written = bare(p.getMarker());
            oldRaw.put(p, written);
            newRaw.put(p, written);
            Paragraph prev = p.getPreviousSibling();
            int value = prev == null || !values.containsKey(prev) ? 1 : values.get(prev) + 1;
            values.put(p, value);
            if (fixed.test(p)) {
                values.put(p, p.getValue());
            } else if (p.getValue() <= 0 || prev != null && prev.getStyle() != p.getStyle()) {
                // An unreadable marker ("(l)" for "(i)", "(6)" for "(b)"): the list counts it, the text keeps it.
                notes.add(new Note(p.getLocation(), "marker " + p.getMarker() + " of " + p.getParent().getLabel()
                        + " is not a letter or numeral of its list; left as written"));
            } else {
                newRaw.put(p, bare(p.getStyle().marker(value)));
            }
        }
    }

    private static String bare(String marker) {
        return marker.replaceAll("[().\\s]", "");
    }

    /** The marker's characters the paragraph carries now, or null for an unnumbered paragraph. */
    public String oldRaw(Paragraph p) {
        return oldRaw.get(p);
    }

    /** The marker's characters it carries after renumbering, or null for an unnumbered paragraph. */
    public String newRaw(Paragraph p) {
        return newRaw.get(p);
    }

    /** The label a reader cites after renumbering: "5 (c) (ii)". */
    public String newLabel(Paragraph p) {
        StringBuilder b = new StringBuilder();
        for (Paragraph at = p; at != null; at = at.getParent()) {
            String raw = newRaw(at);
            if (raw == null) {
                return p.getLabel();
            }
            b.insert(0, at.getKind() == ParagraphKind.OPERATIVE ? raw : " (" + raw + ")");
        }
        return b.toString();
    }

    /** One edit per paragraph whose number changes: the digits or letters of its marker. */
    public List<Edit> edits() {
        List<Edit> out = new ArrayList<>();
        for (Map.Entry<Paragraph, String> e : newRaw.entrySet()) {
            Paragraph p = e.getKey();
            String before = oldRaw.get(p);
            if (!before.equals(e.getValue())) {
                // "(b)": the letters stand one column after the marker's opening parenthesis
                org.resolint.model.Location at = p.getLocation();
                if (p.getMarker().startsWith("(")) {
                    at = new org.resolint.model.Location(at.line(), at.column() + 1);
                }
                out.add(new Edit(at, before, e.getValue(), Edit.Kind.MARKER, p.getLabel(), p.getOrdinal()));
            }
        }
        out.sort(java.util.Comparator.comparing(Edit::at));
        return out;
    }

    public List<Note> notes() {
        return notes;
    }

    /** The paragraphs that carry the same marker as {@code p} in its sequence (itself included). */
    public static List<Paragraph> sameMarker(Resolution model, Paragraph p) {
        if (!p.isNumbered() || p.getStyle() == NumberStyle.BULLET) {
            return List.of(p);
        }
        return model.getParagraphs().stream()
                .filter(q -> q.getKind() == p.getKind() && q.getStyle() == p.getStyle() && q.getParent() == p.getParent()
                        && q.getSection().equals(p.getSection()) && q.getMarker().equals(p.getMarker()))
                .toList();
    }
}
