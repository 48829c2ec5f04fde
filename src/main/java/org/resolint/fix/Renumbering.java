package org.resolint.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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

    private void subparagraphs(Resolution model, Predicate<Paragraph> fixed) {
        Map<Paragraph, Map<NumberStyle, List<Paragraph>>> lists = new IdentityHashMap<>();
        for (Paragraph p : model.getParagraphs()) {
            if (p.getKind() == ParagraphKind.SUBPARAGRAPH && p.getParent() != null && LISTS.contains(p.getStyle())) {
                oldRaw.put(p, bare(p.getMarker()));
                newRaw.put(p, bare(p.getMarker()));
                lists.computeIfAbsent(p.getParent(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.getStyle(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Map<NumberStyle, List<Paragraph>> byStyle : lists.values()) {
            for (Map.Entry<NumberStyle, List<Paragraph>> e : byStyle.entrySet()) {
                List<Paragraph> items = e.getValue();
                if (items.stream().anyMatch(p -> p.getValue() <= 0 || fixed.test(p))) {
                    // An unreadable marker ("(l)" for "(i)") or Word's own numbering: the list is left as it is.
                    if (items.stream().anyMatch(p -> p.getValue() <= 0)) {
                        notes.add(new Note(items.get(0).getLocation(), "the list of " + items.get(0).getParent().getLabel()
                                + " has a marker that is not a letter or numeral in sequence; left as written"));
                    }
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    newRaw.put(items.get(i), bare(e.getKey().marker(i + 1)));
                }
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

    /** The operative paragraphs of the scope that carry the same number as {@code p} (itself included). */
    public static List<Paragraph> sameNumber(Resolution model, Paragraph p) {
        return model.getParagraphs().stream()
                .filter(q -> q.getKind() == ParagraphKind.OPERATIVE && q.getStyle() == NumberStyle.ARABIC
                        && q.getSection().equals(p.getSection()) && q.getMarker().equals(p.getMarker()))
                .toList();
    }
}
