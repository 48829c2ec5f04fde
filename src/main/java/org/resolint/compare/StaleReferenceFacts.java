package org.resolint.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.resolint.engine.FactProvider;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.Renumbered;
import org.resolint.model.Resolution;
import org.resolint.model.StaleReference;

/**
 * Under {@code check --previous}: one {@link StaleReference} fact per reference of the draft
 * that {@link ReferenceCarrier} finds stale, for the rule {@code reference.stale}.
 */
public final class StaleReferenceFacts implements FactProvider {
    private final Resolution previous;

    public StaleReferenceFacts(Resolution previous) {
        this.previous = previous;
    }

    @Override
    public List<?> facts(Resolution draft) {
        return stale(ReferenceCarrier.carry(previous, draft), Renumbered.of(draft));
    }

    /** The stale references among carried labels, one per reference, in the draft's order. */
    public static List<StaleReference> stale(List<CarriedTarget> carried) {
        return stale(carried, List.of());
    }

    /**
     * As {@link #stale(List)}, in a draft that uses a number twice: the paragraphs are named by
     * the numbers renumbering gives them ({@code renumbered}, what numbering.duplicate suggests),
     * and a reference that names its old target by a number renumbering changes is stale too.
     */
    public static List<StaleReference> stale(List<CarriedTarget> carried, List<Renumbered> renumbered) {
        Function<Paragraph, String> label = p -> {
            for (Renumbered r : renumbered) {
                if (!r.labelOf(p).equals(p.getLabel())) {
                    return r.labelOf(p);
                }
            }
            return p.getLabel();
        };
        Map<Reference, List<CarriedTarget>> byReference = new LinkedHashMap<>();
        Map<Reference, Boolean> anyStale = new LinkedHashMap<>();
        for (CarriedTarget t : carried) {
            Reference r = t.now().getReference();
            byReference.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
            anyStale.merge(r, stale(t, label), Boolean::logicalOr);
        }
        List<StaleReference> out = new ArrayList<>();
        for (Map.Entry<Reference, List<CarriedTarget>> e : byReference.entrySet()) {
            if (!anyStale.get(e.getKey())) {
                continue;
            }
            List<StaleReference.Item> moved = new ArrayList<>();
            List<StaleReference.Item> deleted = new ArrayList<>();
            for (CarriedTarget t : e.getValue()) {
                if (!stale(t, label)) {
                    continue;
                }
                StaleReference.Item item = new StaleReference.Item(t.written(), t.before().getTarget(), t.intended(),
                        t.now().getTarget(), t.intended() == null ? null : label.apply(t.intended()));
                if (t.status() == CarriedTarget.Status.MOVED || t.status() == CarriedTarget.Status.UNCHANGED) {
                    moved.add(item);
                } else if (t.status() == CarriedTarget.Status.TARGET_DELETED) {
                    deleted.add(item);
                }
            }
            List<CarriedTarget> movedOnly = e.getValue().stream()
                    .filter(t -> t.status() == CarriedTarget.Status.MOVED || stale(t, label)).toList();
            out.add(new StaleReference(e.getKey(), moved, deleted, ReferenceRewriter.rewrite(movedOnly, label)));
        }
        return out;
    }

    /** Stale as carried, or naming its old target by a number that renumbering changes. */
    private static boolean stale(CarriedTarget t, Function<Paragraph, String> label) {
        // A reference that still names its target as written is not stale, even where renumbering a
        // duplicate number will move that target: numbering.duplicate tells that story (and lists
        // the moves), and fix carries the reference; reporting it here too would be a second story.
        return t.stale();
    }
}
