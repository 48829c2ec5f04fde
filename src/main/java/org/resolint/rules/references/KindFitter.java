package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceKindFit;
import org.resolint.model.ReferenceTarget;

/**
 * For each reference whose cue names a kind of provision ({@link ReferenceCue#kinds()}), whether
 * the paragraphs it names are of that kind and which paragraphs of the whole text are: the facts
 * of the whole-text case of {@code reference.content-mismatch} (issue #17 item 10).
 */
final class KindFitter {
    private static final int SHOWN = 3;

    private KindFitter() {
    }

    static List<ReferenceKindFit> fit(TextWords text, List<ReferenceTarget> targets) {
        Map<Reference, List<ReferenceTarget>> byReference = new LinkedHashMap<>();
        for (ReferenceTarget t : targets) {
            byReference.computeIfAbsent(t.getReference(), k -> new ArrayList<>()).add(t);
        }
        List<ReferenceKindFit> out = new ArrayList<>();
        for (Map.Entry<Reference, List<ReferenceTarget>> e : byReference.entrySet()) {
            Reference ref = e.getKey();
            // A range's words are generic ("the provisions in paragraphs 11 to 21"), and a
            // paragraph that names itself is reference.self's.
            if (!ref.ranges().isEmpty() || e.getValue().stream().anyMatch(t -> t.getTarget() == null || t.isOwnOrAncestor())) {
                continue;
            }
            ReferenceCue cue = ReferenceCue.read(ref.cue()).within(text);
            if (cue.kinds().isEmpty()) {
                continue;
            }
            Paragraph own = text.topOf(ref.paragraph());
            List<Paragraph> named = new ArrayList<>();
            for (ReferenceTarget t : e.getValue()) {
                Paragraph top = text.topOf(t.getTarget());
                if (!named.contains(top)) {
                    named.add(top);
                }
            }
            int mentions = 0;
            double words = 0;
            for (Paragraph p : named) {
                mentions += speaksOf(text, p, cue.kinds()) ? 1 : 0;
                words += text.score(cue.words(), p);
            }
            out.add(new ReferenceKindFit(ref, cue.kinds().stream().map(ProvisionKind::shown).toList(), named, mentions,
                    words,
                    fitting(text, cue, leading(ref.cue(), cue.kinds()), own, named.get(0)), ofKind(text, cue.kinds())));
        }
        return out;
    }

    private static boolean speaksOf(TextWords text, Paragraph p, Set<ProvisionKind> kinds) {
        String body = text.text(p);
        for (ProvisionKind k : kinds) {
            if (text.kinds(p).contains(k) || k.mentionedIn(body)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds a suggested paragraph must have: the verb's when it names one, else any asked. */
    private static Set<ProvisionKind> leading(String cue, Set<ProvisionKind> asked) {
        Set<ProvisionKind> verb = java.util.EnumSet.noneOf(ProvisionKind.class);
        verb.addAll(ReferenceCue.verbKinds(cue));
        verb.retainAll(asked);
        return verb.isEmpty() ? asked : verb;
    }

    private static int ofKind(TextWords text, Set<ProvisionKind> kinds) {
        int n = 0;
        for (Paragraph p : text.tops()) {
            n += text.kinds(p).stream().anyMatch(kinds::contains) ? 1 : 0;
        }
        return n;
    }

    /**
     * The paragraphs of an asked kind that fit the cue best (its words and its kinds, weighed as
     * {@link ReferenceCue#fit} does), nearest the named one first.
     */
    private static List<Paragraph> fitting(TextWords text, ReferenceCue cue, Set<ProvisionKind> kinds, Paragraph own,
                                           Paragraph named) {
        List<Paragraph> ofKind = new ArrayList<>();
        for (Paragraph p : text.tops()) {
            if (p != own && text.kinds(p).stream().anyMatch(kinds::contains)) {
                ofKind.add(p);
            }
        }
        double top = ofKind.stream().mapToDouble(p -> cue.fit(text, p)).max().orElse(0);
        int at = text.indexOf(named);
        return ofKind.stream().filter(p -> Math.abs(cue.fit(text, p) - top) < 1e-9)
                .sorted(Comparator.comparingInt(p -> Math.abs(text.indexOf(p) - at))).limit(SHOWN).toList();
    }
}
