package org.resolint.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers the operative paragraphs of one numbering scope (the text, or a section that
 * restarts at 1) would carry once renumbered on from its first number, built only for a scope where a number is
 * used twice or more. It lets the duplicate, the gap it causes and the references that follow
 * tell one story with the same numbers (issue #17 item 6). "5 bis" insertions keep their place
 * and are not counted.
 */
public final class Renumbered {
    private final String section;
    private final List<Paragraph> order;
    private final Map<Paragraph, Integer> number = new IdentityHashMap<>();
    private final Paragraph firstRepeat;

    private Renumbered(String section, List<Paragraph> order) {
        this.section = section;
        this.order = List.copyOf(order);
        Paragraph repeat = null;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        // Counted on from the scope's first number as written: a text that starts at 2 is
        // numbering.start's story, not the duplicate's.
        int first = order.isEmpty() ? 1 : Math.max(1, order.get(0).getValue());
        for (int i = 0; i < order.size(); i++) {
            number.put(order.get(i), first + i);
            if (!seen.add(order.get(i).getValue()) && repeat == null) {
                repeat = order.get(i);
            }
        }
        this.firstRepeat = repeat;
    }

    /** One per numbering scope of {@code resolution} that uses a number twice or more; computed once per draft. */
    public static List<Renumbered> of(Resolution resolution) {
        return resolution.derived(Renumbered.class, () -> compute(resolution));
    }

    private static List<Renumbered> compute(Resolution resolution) {
        Map<String, List<Paragraph>> scopes = new LinkedHashMap<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (p.getKind() == ParagraphKind.OPERATIVE && p.isNumbered() && !p.isInsertion()) {
                scopes.computeIfAbsent(p.getSection(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Renumbered> out = new ArrayList<>();
        for (Map.Entry<String, List<Paragraph>> e : scopes.entrySet()) {
            Renumbered r = new Renumbered(e.getKey(), e.getValue());
            if (r.firstRepeat != null) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    public String getSection() { return section; }

    /** The first paragraph whose number an earlier one already carries. */
    public Paragraph getFirstRepeat() { return firstRepeat; }

    /** The number {@code p} (an operative paragraph of this scope) gets, or -1. */
    public int numberOf(Paragraph p) {
        return number.getOrDefault(p, -1);
    }

    /**
     * {@code p}'s label once renumbered: "4" for the second "2", "5 (b)" for "4 (b)"; the label as
     * it is for a paragraph outside this scope.
     */
    public String labelOf(Paragraph p) {
        Paragraph top = p;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        Integer n = number.get(top);
        if (n == null || !p.getLabel().startsWith(top.getLabel())) {
            return p.getLabel();
        }
        return n + p.getLabel().substring(top.getLabel().length());
    }

    /** The paragraphs whose number renumbering changes ("2 → 4"), in order. */
    public List<Paragraph> getMoved() {
        return order.stream().filter(p -> p.getValue() != number.get(p)).toList();
    }

    /**
     * "4 → 5, 5 → 6 and 6 → 7": the paragraphs that renumbering moves other than {@code uses}
     * (at most {@code shown}, then how many more).
     */
    public String movesBesides(List<Paragraph> uses, int shown) {
        List<Paragraph> moved = getMoved().stream().filter(p -> !uses.contains(p)).toList();
        StringBuilder b = new StringBuilder();
        int n = Math.min(shown, moved.size());
        for (int i = 0; i < n; i++) {
            Paragraph p = moved.get(i);
            b.append(i == 0 ? "" : i == moved.size() - 1 ? " and " : ", ").append(p.getValue()).append(" → ")
                    .append(number.get(p));
        }
        if (moved.size() > n) {
            b.append(" and ").append(moved.size() - n).append(" more");
        }
        return b.toString();
    }
}
