package org.resolint.fix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.resolint.compare.ParagraphAligner;
import org.resolint.facts.ReferenceFacts;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * What a reference meant in the previous text: the draft's paragraph is aligned by content with
 * a paragraph of the previous text; if that one holds the same reference (the same words), each
 * label it named there is followed to the paragraph of the draft that paragraph became.
 */
final class PreviousIntent implements Intent {
    private final Map<Paragraph, Paragraph> oldToNew;
    private final Map<Paragraph, Paragraph> newToOld = new IdentityHashMap<>();
    private final Map<Paragraph, List<Reference>> oldRefs = new IdentityHashMap<>();
    private final Map<Reference, List<ReferenceTarget>> oldTargets = new IdentityHashMap<>();
    private final Map<Paragraph, List<Reference>> newRefs = new IdentityHashMap<>();

    PreviousIntent(Resolution previous, Resolution draft, ReferenceFacts.Resolved draftRefs) {
        oldToNew = ParagraphAligner.align(previous, draft);
        oldToNew.forEach((o, n) -> newToOld.put(n, o));
        ReferenceFacts.Resolved old = ReferenceFacts.resolve(previous);
        for (Reference r : old.references()) {
            oldRefs.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(r);
        }
        for (ReferenceTarget t : old.targets()) {
            oldTargets.computeIfAbsent(t.getReference(), k -> new ArrayList<>()).add(t);
        }
        for (Reference r : draftRefs.references()) {
            newRefs.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(r);
        }
    }

    @Override
    public List<Meant> meant(Reference ref, List<ReferenceTarget> resolved) {
        List<Meant> now = AS_RESOLVED.meant(ref, resolved);
        Reference before = counterpart(ref);
        if (before == null) {
            return now;
        }
        List<ReferenceTarget> then = oldTargets.getOrDefault(before, List.of());
        if (then.size() != resolved.size()) {
            return now;
        }
        List<Meant> out = new ArrayList<>();
        for (int i = 0; i < then.size(); i++) {
            Paragraph oldTarget = then.get(i).getTarget();
            Paragraph target = oldTarget == null ? null : oldToNew.get(oldTarget);
            Paragraph current = resolved.get(i).getTarget();
            if (oldTarget == null) {
                out.add(now.get(i));
            } else if (target == null) {
                out.add(new Meant(current, ref.targets().get(i) + " pointed, in the previous text, at paragraph "
                        + oldTarget.getLabel() + ", which is gone; left as written"));
            } else if (target != current) {
                out.add(new Meant(target, ref.targets().get(i) + " pointed, in the previous text, at paragraph "
                        + oldTarget.getLabel() + ", the one now at line " + target.getLine()));
            } else {
                out.add(now.get(i));
            }
        }
        return out;
    }

    /** The same reference (same words, same place among its equals) in the aligned previous paragraph. */
    private Reference counterpart(Reference ref) {
        Paragraph old = newToOld.get(ref.paragraph());
        if (old == null) {
            return null;
        }
        String words = normalize(ref.raw());
        int index = 0;
        for (Reference r : newRefs.getOrDefault(ref.paragraph(), List.of())) {
            if (r == ref) {
                break;
            }
            if (normalize(r.raw()).equals(words)) {
                index++;
            }
        }
        for (Reference r : oldRefs.getOrDefault(old, List.of())) {
            if (!r.external() && normalize(r.raw()).equals(words) && index-- == 0) {
                return r;
            }
        }
        return null;
    }

    private static String normalize(String raw) {
        return raw.replaceAll("[\\s\\u00A0]+", " ").trim();
    }
}
