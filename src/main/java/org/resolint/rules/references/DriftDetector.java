package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceDrift;
import org.resolint.model.ReferenceTarget;

/**
 * Looks at the references of a text together. When a paragraph is inserted (or deleted) and the
 * references are not renumbered, every reference to a later paragraph names the paragraph just
 * before (after) the one meant. Each reference alone may say too little to be sure, but their
 * sum does: for every break point {@code b} and shift {@code d} (+1 or -1), each reference naming
 * {@code b} or later is scored by how much better its cue ({@link ReferenceCue}) fits the
 * shifted paragraphs than the named ones (for a list, the numbers that move, summed). The best
 * break point is reported when the gains add up to {@link #MIN_SCORE} and at most one reference
 * in three past the break point fits the named paragraph better than the shifted one. The same
 * cue naming the same numbers counts once. See docs/references.md for what this catches and misses.
 */
final class DriftDetector {
    /**
     * Summed evidence: one cue word or kind that at most a quarter of the paragraphs share (its
     * weight, ln(paragraphs / sharing) + 0.5, is then at least ln 4 + 0.5 ≈ 1.89), or several
     * commoner ones. 1.5 found no more stale references on the corpus copies and fired on two more
     * correct texts.
     */
    static final double MIN_SCORE = 1.8;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d{1,3}(?![\\d.])");

    private DriftDetector() {
    }

    /** A reference with a cue that can weigh: the paragraph numbers it names. */
    private record Cited(Reference reference, List<Integer> numbers, ReferenceCue cue) {
    }

    /** The evidence for one break point and shift. */
    private record Tally(int from, int offset, double score, List<Gain> gains, int against) {
        int support() {
            return gains.size();
        }
    }

    /** One reference whose cue fits the shifted paragraph {@code better} than the named one {@code named}. */
    private record Gain(Cited cited, double gain, Paragraph named, Paragraph better) {
    }

    static ReferenceDrift detect(TextWords text, List<ReferenceTarget> targets) {
        Map<Integer, Paragraph> byNumber = new HashMap<>();
        for (Paragraph p : text.tops()) {
            if (p.getLabel().matches("\\d+")) {
                byNumber.putIfAbsent(Integer.parseInt(p.getLabel()), p);
            }
        }
        Map<Reference, List<Integer>> named = new LinkedHashMap<>();
        Map<Reference, Boolean> whole = new HashMap<>();
        for (ReferenceTarget t : targets) {
            Reference ref = t.getReference();
            if (ref.external() || !t.getLabel().matches("\\d+.*")) {
                continue;
            }
            whole.merge(ref, t.getLabel().matches("\\d+"), Boolean::logicalAnd);
            int n = Integer.parseInt(t.getLabel().replaceAll("\\D.*", ""));
            List<Integer> numbers = named.computeIfAbsent(ref, k -> new ArrayList<>());
            if (!numbers.contains(n)) {
                numbers.add(n);
            }
        }
        Map<String, Cited> cited = new LinkedHashMap<>();
        int highest = 0;
        for (Map.Entry<Reference, List<Integer>> e : named.entrySet()) {
            highest = Math.max(highest, e.getValue().stream().mapToInt(Integer::intValue).max().orElse(0));
            ReferenceCue cue = ReferenceCue.read(e.getKey().cue()).within(text);
            if (!whole.get(e.getKey())) {
                cue = cue.wordsOnly();
            }
            if (!cue.isEmpty()) {
                cited.putIfAbsent(e.getValue() + "|" + cue, new Cited(e.getKey(), e.getValue(), cue));
            }
        }
        Tally best = null;
        for (int offset : new int[] {1, -1}) {
            for (int from = 1; from <= highest; from++) {
                Tally t = tally(text, byNumber, cited.values(), from, offset);
                if (best == null || t.score() > best.score() + 1e-9
                        || Math.abs(t.score() - best.score()) < 1e-9 && t.support() >= best.support()) {
                    best = t;
                }
            }
        }
        if (best == null || 2 * (best.against() + collapsing(named, best)) > best.support() || best.support() == 0
                || best.score() < MIN_SCORE) {
            return null;
        }
        return drift(text, byNumber, named, cited.values(), best);
    }

    /**
     * References, cue or none, that the shift would make name one paragraph twice ("paragraphs 19
     * and 20" → "19 and 19"): written for distinct paragraphs, they speak against the shift. A
     * range ("10 to 17") is contiguous by design and never collapses.
     */
    private static int collapsing(Map<Reference, List<Integer>> named, Tally t) {
        int count = 0;
        for (Map.Entry<Reference, List<Integer>> e : named.entrySet()) {
            List<Integer> numbers = e.getValue();
            if (e.getKey().ranges().isEmpty() && numbers.stream()
                    .anyMatch(n -> n >= t.from() && n + t.offset() < t.from() && numbers.contains(n + t.offset()))) {
                count++;
            }
        }
        return count;
    }

    private static Tally tally(TextWords text, Map<Integer, Paragraph> byNumber, Iterable<Cited> cited, int from,
                               int offset) {
        double score = 0;
        int against = 0;
        List<Gain> gains = new ArrayList<>();
        for (Cited c : cited) {
            if (c.numbers().stream().noneMatch(n -> n >= from)) {
                continue;
            }
            if (!c.reference().ranges().isEmpty()) {
                // A range's words ("the provisions set out in paragraphs 11 to 21") are generic,
                // and a shift only trades one end paragraph for another: too weak to weigh.
                continue;
            }
            // Only the numbers that move are compared, summed. A number moved onto another number
            // of the same reference ("3 and 4" → "3 and 3") cannot be meant.
            Paragraph own = text.topOf(c.reference().paragraph());
            Paragraph namedBest = null;
            Paragraph shiftedBest = null;
            double named = 0;
            double shifted = 0;
            double namedTop = -1;
            double shiftedTop = -1;
            boolean comparable = true;
            for (int n : c.numbers()) {
                if (n < from) {
                    continue;
                }
                Paragraph as = byNumber.get(n);
                Paragraph moved = byNumber.get(n + offset);
                if (as == null || moved == null || as == own || moved == own
                        || n + offset < from && c.numbers().contains(n + offset)) {
                    comparable = false;
                    break;
                }
                double a = c.cue().fit(text, as);
                double m = c.cue().fit(text, moved);
                named += a;
                shifted += m;
                // Shown as evidence: the paragraph the shift gains and the one it loses ("5 and 6"
                // → "6 and 7" gains 7, loses 5), not one both name.
                if (a > namedTop && !c.numbers().contains(n - offset)) {
                    namedTop = a;
                    namedBest = as;
                }
                if (m > shiftedTop && !c.numbers().contains(n + offset)) {
                    shiftedTop = m;
                    shiftedBest = moved;
                }
            }
            if (!comparable) {
                continue;
            }
            double gain = shifted - named;
            if (gain > 1e-9) {
                score += gain;
                gains.add(new Gain(c, gain, namedBest, shiftedBest));
            } else if (gain < -1e-9) {
                score += gain;
                against++;
            }
        }
        return new Tally(from, offset, score, gains, against);
    }

    private static ReferenceDrift drift(TextWords text, Map<Integer, Paragraph> byNumber,
                                        Map<Reference, List<Integer>> named, Iterable<Cited> cited, Tally t) {
        int after = 0;
        for (Cited c : cited) {
            for (int n : c.numbers()) {
                Paragraph p = byNumber.get(n);
                if (n < t.from() && n > after && p != null && c.cue().fit(text, p) > 0) {
                    after = n;
                }
            }
        }
        List<String> evidence = new ArrayList<>();
        t.gains().stream().sorted(Comparator.comparingDouble(Gain::gain).reversed()).limit(3).forEach(g -> {
            Reference r = g.cited().reference();
            String why = String.join(", ", g.cited().cue().matches(text, g.better()));
            evidence.add("\"" + r.cue() + " " + r.raw() + "\" (in " + r.paragraph().getLabel() + ") fits "
                    + g.better().getLabel() + " (\"" + Snippets.opening(g.better()) + "\": " + why + ") better than "
                    + (g.named() == null ? "the paragraph named" : g.named().getLabel() + " (\""
                    + Snippets.opening(g.named()) + "\")"));
        });
        List<ReferenceDrift.Update> updates = new ArrayList<>();
        for (Map.Entry<Reference, List<Integer>> e : named.entrySet()) {
            if (e.getValue().stream().anyMatch(n -> n >= t.from())) {
                updates.add(new ReferenceDrift.Update(e.getKey(), renumber(e.getKey().raw(), t.from(), t.offset())));
            }
        }
        return new ReferenceDrift(t.offset(), t.from(), after, evidence, updates, t.score(), t.support());
    }

    /** "paragraphs 5, 8, 10 and 11 above" with numbers from 10 on shifted by one: "… 11 and 12 above". */
    static String renumber(String raw, int from, int offset) {
        Matcher m = NUMBER.matcher(raw);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            m.appendReplacement(b, String.valueOf(n >= from ? n + offset : n));
        }
        m.appendTail(b);
        return b.toString();
    }
}
