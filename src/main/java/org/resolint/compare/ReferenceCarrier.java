package org.resolint.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * Follows each internal reference of a draft back into the previous text, to say where it should
 * point now. For a reference in draft paragraph D: the previous text's paragraph aligned with D
 * holds the same reference (matched by the words around it); that reference named old paragraph
 * P; P is aligned with draft paragraph N'. If the draft still writes the old label but it now
 * names another paragraph than N', the reference is stale and N' is what it meant.
 *
 * <p>Used by {@code reference.stale} (through {@link StaleReferenceFacts}) and open to any
 * command that rewrites references against a previous text.
 */
public final class ReferenceCarrier {
    /** Words either side of a reference compared to recognise it in the previous text. */
    private static final int WORDS_BEFORE = 8;
    private static final int WORDS_AFTER = 5;
    /** Below this share of common context words two references are not the same one. */
    private static final double MIN_CONTEXT = 0.6;
    /** A new paragraph with at least this share of its word pairs in the old target was split from it. */
    private static final double SPLIT_SHARE = 0.5;

    private ReferenceCarrier() {
    }

    /** Aligns the two texts by content, then carries every reference; see {@link #carry(Resolution, Resolution, Map)}. */
    public static List<CarriedTarget> carry(Resolution previous, Resolution draft) {
        return carry(previous, draft, ParagraphAligner.align(previous, draft));
    }

    /**
     * One entry per label of every internal reference of {@code draft}, in the draft's order.
     *
     * @param alignment previous paragraph → draft paragraph, as {@link ParagraphAligner#align} or
     *                  {@link ChangeSummary#alignment()} gives it
     */
    public static List<CarriedTarget> carry(Resolution previous, Resolution draft, Map<Paragraph, Paragraph> alignment) {
        Map<Paragraph, Paragraph> back = new IdentityHashMap<>();
        alignment.forEach((before, after) -> back.put(after, before));
        Map<Paragraph, List<Written>> oldByHolder = byHolder(ReferenceFacts.resolve(previous));
        Map<Paragraph, List<Written>> nowByHolder = byHolder(ReferenceFacts.resolve(draft));
        List<CarriedTarget> out = new ArrayList<>();
        for (Map.Entry<Paragraph, List<Written>> e : nowByHolder.entrySet()) {
            Paragraph old = back.get(e.getKey());
            List<Written> olds = old == null ? List.of() : oldByHolder.getOrDefault(old, List.of());
            Map<Written, Written> matched = match(e.getValue(), olds);
            for (Written w : e.getValue()) {
                carryItems(w, matched.get(w), alignment, back, out);
            }
        }
        return out;
    }

    /** An internal reference with its resolved labels, index for index with {@code reference.targets()}. */
    private record Written(Reference reference, List<ReferenceTarget> targets) {
    }

    private static Map<Paragraph, List<Written>> byHolder(ReferenceFacts.Resolved resolved) {
        Map<Reference, List<ReferenceTarget>> byRef = new IdentityHashMap<>();
        for (ReferenceTarget t : resolved.targets()) {
            byRef.computeIfAbsent(t.getReference(), k -> new ArrayList<>()).add(t);
        }
        Map<Paragraph, List<Written>> out = new LinkedHashMap<>();
        for (Reference r : resolved.references()) {
            List<ReferenceTarget> targets = byRef.get(r);
            if (r.external() || targets == null || targets.size() != r.targets().size()) {
                continue;
            }
            out.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(new Written(r, targets));
        }
        return out;
    }

    /** Pairs each draft reference with the same reference of the old paragraph, best context first. */
    private static Map<Written, Written> match(List<Written> now, List<Written> old) {
        record Pair(Written now, Written old, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Written n : now) {
            for (Written o : old) {
                double context = overlap(context(n.reference()), context(o.reference()));
                boolean sameWords = normalize(n.reference().raw()).equals(normalize(o.reference().raw()));
                boolean sole = now.size() == 1 && old.size() == 1
                        && n.reference().direction() == o.reference().direction();
                if (context >= MIN_CONTEXT || sameWords && context >= 0.3 || sole) {
                    pairs.add(new Pair(n, o, context + (sameWords ? 0.5 : 0)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Map<Written, Written> out = new IdentityHashMap<>();
        Set<Written> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pair p : pairs) {
            if (!out.containsKey(p.now()) && !taken.contains(p.old())) {
                out.put(p.now(), p.old());
                taken.add(p.old());
            }
        }
        return out;
    }

    private static void carryItems(Written now, Written old, Map<Paragraph, Paragraph> alignment,
                                   Map<Paragraph, Paragraph> back, List<CarriedTarget> out) {
        List<String> labels = now.reference().targets();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            ReferenceTarget t = now.targets().get(i);
            String written = labels.get(i);
            if (old == null) {
                out.add(new CarriedTarget(t, written, null, null, CarriedTarget.Status.UNKNOWN));
                continue;
            }
            // Lists of the same length pair item by item ("2 and 3" rewritten as "3 and 4"); otherwise
            // an item pairs with the old item written the same way.
            List<String> oldLabels = old.reference().targets();
            int j = -1;
            if (oldLabels.size() == labels.size()) {
                j = i;
            } else {
                for (int k = 0; k < oldLabels.size(); k++) {
                    if (oldLabels.get(k).equals(written) && !used.contains(k)) {
                        j = k;
                        break;
                    }
                }
            }
            boolean sameLabel = j >= 0 && oldLabels.get(j).equals(written);
            if (j < 0) {
                out.add(new CarriedTarget(t, written, null, null, CarriedTarget.Status.UNKNOWN));
                continue;
            }
            used.add(j);
            ReferenceTarget before = old.targets().get(j);
            if (before.getTarget() == null) {
                out.add(new CarriedTarget(t, written, before, null, CarriedTarget.Status.UNKNOWN));
                continue;
            }
            Paragraph intended = alignment.get(before.getTarget());
            CarriedTarget.Status status;
            if (!sameLabel) {
                status = CarriedTarget.Status.REWRITTEN;
            } else if (intended != null && intended == t.getTarget()) {
                status = CarriedTarget.Status.UNCHANGED;
            } else if (intended != null && !splitFrom(t.getTarget(), before.getTarget(), back)) {
                status = CarriedTarget.Status.MOVED;
            } else if (intended != null) {
                status = CarriedTarget.Status.UNKNOWN;
            } else {
                // The old target has no counterpart. Call it deleted only when its label now belongs to a
                // paragraph that was elsewhere before, or to none: a rewritten paragraph keeping its number
                // is not a deletion.
                boolean numberTaken = t.getTarget() == null || back.get(t.getTarget()) != null;
                status = numberTaken ? CarriedTarget.Status.TARGET_DELETED : CarriedTarget.Status.UNKNOWN;
            }
            out.add(new CarriedTarget(t, written, before, intended, status));
        }
    }

    /**
     * The paragraph the label names now is new but made of the old target's words: the old
     * paragraph was split in two, and the label may well still be right.
     */
    private static boolean splitFrom(Paragraph now, Paragraph oldTarget, Map<Paragraph, Paragraph> back) {
        if (now == null || back.get(now) != null) {
            return false;
        }
        Set<String> part = pairs(now.getText());
        Set<String> whole = pairs(oldTarget.getText());
        long shared = part.stream().filter(whole::contains).count();
        return !part.isEmpty() && shared >= SPLIT_SHARE * part.size();
    }

    private static Set<String> pairs(String text) {
        List<String> w = words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < w.size(); i++) {
            out.add(w.get(i) + " " + w.get(i + 1));
        }
        return out;
    }

    /** The words around a reference in its paragraph, lower case, the reference itself left out. */
    private static List<String> context(Reference r) {
        String text = r.paragraph().getText();
        List<String> before = words(text.substring(0, r.start()));
        List<String> after = words(text.substring(Math.min(text.length(), r.end())));
        List<String> out = new ArrayList<>(before.subList(Math.max(0, before.size() - WORDS_BEFORE), before.size()));
        out.add("|");
        out.addAll(after.subList(0, Math.min(WORDS_AFTER, after.size())));
        return out;
    }

    private static List<String> words(String text) {
        String t = normalize(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split(" "));
    }

    private static String normalize(String s) {
        return ParagraphAligner.normalize(s).toLowerCase(Locale.ROOT);
    }

    /** Shared words over the longer context (multiset count), 1 when both are empty. */
    private static double overlap(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : b) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return (double) common / Math.max(a.size(), b.size());
    }
}
