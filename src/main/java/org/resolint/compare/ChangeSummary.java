package org.resolint.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;

/**
 * What changed between a previous text and the draft: paragraphs added, deleted, moved,
 * renumbered and changed (with a word-level diff), in the draft's order. Also keeps the
 * alignment, which {@code reference.stale} uses to follow a reference's old target.
 */
public record ChangeSummary(String previousPath, List<Change> changes, Map<Paragraph, Paragraph> alignment) {

    public static ChangeSummary compare(Resolution before, Resolution after) {
        Map<Paragraph, Paragraph> pairs = ParagraphAligner.align(before, after);
        List<Change> changes = new ArrayList<>();
        List<Paragraph> a = ParagraphAligner.units(before);
        List<Paragraph> b = ParagraphAligner.units(after);
        Map<Paragraph, Paragraph> reverse = new HashMap<>();
        pairs.forEach((x, y) -> reverse.put(y, x));
        java.util.Set<Paragraph> inOrder = inOrder(a, pairs);
        for (Paragraph p : a) {
            if (!pairs.containsKey(p)) {
                changes.add(new Change(Change.Type.DELETED, p, null, ""));
            }
        }
        for (Paragraph q : b) {
            Paragraph p = reverse.get(q);
            if (p == null) {
                changes.add(new Change(Change.Type.ADDED, null, q, ""));
                continue;
            }
            String diff = WordDiff.of(p.getText(), q.getText());
            if (!inOrder.contains(p)) {
                changes.add(new Change(Change.Type.MOVED, p, q, diff));
            } else if (!diff.isEmpty()) {
                changes.add(new Change(Change.Type.CHANGED, p, q, diff));
            } else if (!p.getLabel().equals(q.getLabel()) && p.isNumbered()) {
                changes.add(new Change(Change.Type.RENUMBERED, p, q, ""));
            }
        }
        changes.sort(Comparator.comparingInt(ChangeSummary::order));
        return new ChangeSummary(before.getPath(), List.copyOf(changes), Map.copyOf(pairs));
    }

    /** Deleted paragraphs sort where they stood before; others where they stand now. */
    private static int order(Change c) {
        return c.after() != null ? c.after().getLine() * 2 : c.before().getLine() * 2 - 1;
    }

    /** The matched paragraphs whose order is kept (a longest increasing run); the others moved. */
    private static java.util.Set<Paragraph> inOrder(List<Paragraph> a, Map<Paragraph, Paragraph> pairs) {
        List<Paragraph> matched = a.stream().filter(pairs::containsKey).toList();
        int n = matched.size();
        int[] len = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (pairs.get(matched.get(j)).getOrdinal() < pairs.get(matched.get(i)).getOrdinal() && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            }
            if (best < 0 || len[i] > len[best]) {
                best = i;
            }
        }
        java.util.Set<Paragraph> keep = new java.util.HashSet<>();
        for (int i = best; i >= 0; i = prev[i]) {
            keep.add(matched.get(i));
        }
        return keep;
    }

    public Map<Change.Type, Integer> counts() {
        Map<Change.Type, Integer> counts = new EnumMap<>(Change.Type.class);
        for (Change.Type t : Change.Type.values()) {
            counts.put(t, 0);
        }
        changes.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return counts;
    }

    /** The draft's paragraph that stands where {@code old} stood, or null when it was deleted. */
    public Paragraph now(Paragraph old) {
        return alignment.get(old);
    }
}
