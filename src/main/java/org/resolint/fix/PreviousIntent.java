package org.resolint.fix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resolint.compare.CarriedTarget;
import org.resolint.compare.ReferenceCarrier;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * What a reference meant in the previous text, as {@link ReferenceCarrier} follows it back (the
 * same mapping {@code reference.stale} reports on, so {@code fix --previous} mends exactly what
 * {@code check --previous} finds): a label still written as before whose old target moved is
 * pointed at that paragraph's new place; anything else keeps the checker's resolution.
 */
final class PreviousIntent implements Intent {
    /** Draft paragraph → reference start → carried labels, in the order the reference writes them. */
    private final Map<Paragraph, Map<Integer, List<CarriedTarget>>> carried = new IdentityHashMap<>();

    PreviousIntent(Resolution previous, Resolution draft) {
        for (CarriedTarget c : ReferenceCarrier.carry(previous, draft)) {
            Reference r = c.now().getReference();
            carried.computeIfAbsent(r.paragraph(), k -> new TreeMap<>())
                    .computeIfAbsent(r.getStart(), k -> new ArrayList<>()).add(c);
        }
    }

    @Override
    public List<Meant> meant(Reference ref, List<ReferenceTarget> resolved) {
        List<Meant> now = AS_RESOLVED.meant(ref, resolved);
        List<CarriedTarget> labels = carried.getOrDefault(ref.paragraph(), Map.of()).get(ref.getStart());
        if (labels == null || labels.size() != resolved.size()) {
            return now;
        }
        List<Meant> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            CarriedTarget c = labels.get(i);
            String old = c.before() == null || c.before().getTarget() == null ? null : c.before().getTarget().getLabel();
            out.add(switch (c.status()) {
                case MOVED -> new Meant(c.intended(), c.written() + " pointed, in the previous text, at paragraph "
                        + old + ", the one now at line " + c.intended().getLine());
                case TARGET_DELETED -> new Meant(now.get(i).paragraph(), c.written()
                        + " pointed, in the previous text, at paragraph " + old + ", which is gone; left as written");
                default -> now.get(i);
            });
        }
        return out;
    }
}
