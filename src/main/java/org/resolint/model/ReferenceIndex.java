package org.resolint.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which paragraphs cite each paragraph, built once from the resolved internal references: the
 * Word review report shows it as "Cited by: 3, 7 (b)" so that a reviewer who changes a paragraph
 * sees what else speaks of it. A reference to "20 (a)" counts as citing 20 (a) and 20 (unless it
 * stands in 20 itself).
 */
public final class ReferenceIndex {
    private final Map<Paragraph, List<Paragraph>> citedBy = new IdentityHashMap<>();
    private final Map<String, Paragraph> byLabel = new LinkedHashMap<>();

    private ReferenceIndex() {
    }

    public static ReferenceIndex of(List<ReferenceTarget> targets) {
        ReferenceIndex index = new ReferenceIndex();
        for (ReferenceTarget t : targets) {
            if (t.getReference().external() || t.getTarget() == null || t.isOwnOrAncestor()) {
                continue;
            }
            for (Paragraph cited = t.getTarget(); cited != null && !contains(cited, t.getSource());
                    cited = cited.getParent()) {
                List<Paragraph> from = index.citedBy.computeIfAbsent(cited, k -> new ArrayList<>());
                if (!from.contains(t.getSource())) {
                    from.add(t.getSource());
                }
                index.byLabel.putIfAbsent(cited.getLabel(), cited);
            }
        }
        index.citedBy.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(Paragraph::getOrdinal)));
        return index;
    }

    private static boolean contains(Paragraph outer, Paragraph p) {
        for (Paragraph at = p; at != null; at = at.getParent()) {
            if (at == outer) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs citing {@code p} (or one of its sub-paragraphs), in reading order. */
    public List<Paragraph> citedBy(Paragraph p) {
        return List.copyOf(citedBy.getOrDefault(p, List.of()));
    }

    /** The same for a paragraph named by its label ("20", "20 (a)"); empty when none cites it. */
    public List<Paragraph> citedBy(String label) {
        Paragraph p = byLabel.get(label);
        return p == null ? List.of() : citedBy(p);
    }

    /** "3, 7 (b)": the labels of the citing paragraphs, or empty. */
    public String citedByLabels(String label) {
        return String.join(", ", citedBy(label).stream().map(Paragraph::getLabel).toList());
    }
}
