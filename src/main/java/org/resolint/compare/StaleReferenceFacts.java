package org.resolint.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resolint.engine.FactProvider;
import org.resolint.model.Reference;
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
        return stale(ReferenceCarrier.carry(previous, draft));
    }

    /** The stale references among carried labels, one per reference, in the draft's order. */
    public static List<StaleReference> stale(List<CarriedTarget> carried) {
        Map<Reference, List<CarriedTarget>> byReference = new LinkedHashMap<>();
        Map<Reference, Boolean> anyStale = new LinkedHashMap<>();
        for (CarriedTarget t : carried) {
            Reference r = t.now().getReference();
            byReference.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
            anyStale.merge(r, t.stale(), Boolean::logicalOr);
        }
        List<StaleReference> out = new ArrayList<>();
        for (Map.Entry<Reference, List<CarriedTarget>> e : byReference.entrySet()) {
            if (!anyStale.get(e.getKey())) {
                continue;
            }
            List<StaleReference.Item> moved = new ArrayList<>();
            List<StaleReference.Item> deleted = new ArrayList<>();
            for (CarriedTarget t : e.getValue()) {
                if (!t.stale()) {
                    continue;
                }
                StaleReference.Item item = new StaleReference.Item(t.written(), t.before().getTarget(), t.intended(),
                        t.now().getTarget());
                if (t.status() == CarriedTarget.Status.MOVED) {
                    moved.add(item);
                } else if (t.status() == CarriedTarget.Status.TARGET_DELETED) {
                    deleted.add(item);
                }
            }
            List<CarriedTarget> movedOnly = e.getValue().stream()
                    .filter(t -> t.status() == CarriedTarget.Status.MOVED).toList();
            out.add(new StaleReference(e.getKey(), moved, deleted, ReferenceRewriter.rewrite(movedOnly)));
        }
        return out;
    }
}
