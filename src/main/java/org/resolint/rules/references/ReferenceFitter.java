package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceFit;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * Measures whether a reference points at the right content, transparently: the content words
 * just before the reference ("the exemptions set out in"), less words common across the draft,
 * are looked up in the named paragraph (with its sub-paragraphs) and in the three paragraphs
 * either side of it, each word weighted by how rare it is in the draft (inverse document
 * frequency). A neighbour wins only when the named paragraph has none of the words and the
 * neighbour has them clearly (a score of at least {@link #MIN_SCORE}), with no tie.
 */
public final class ReferenceFitter {
    /** At least one fairly rare word, or two common-ish ones. */
    static final double MIN_SCORE = 1.6;

    private ReferenceFitter() {
    }

    public static List<ReferenceFit> fit(Resolution resolution, List<ReferenceTarget> targets) {
        return fit(new TextWords(resolution, targets), targets);
    }

    static List<ReferenceFit> fit(TextWords text, List<ReferenceTarget> targets) {
        List<Paragraph> tops = text.tops();
        List<ReferenceFit> out = new ArrayList<>();
        for (ReferenceTarget t : targets) {
            Reference ref = t.getReference();
            Paragraph named = t.getTarget();
            if (named == null || ref.targets().size() != 1 || t.isOwnOrAncestor() || named.getParent() != null) {
                continue; // lists, ranges and sub-paragraph letters: too little to weigh
            }
            List<String> cue = cueWords(ref.cue(), text);
            if (cue.isEmpty()) {
                continue;
            }
            int at = text.indexOf(named);
            if (at < 0) {
                continue;
            }
            double namedScore = text.score(cue, named);
            Paragraph best = null;
            double bestScore = 0;
            boolean tie = false;
            for (int d = -3; d <= 3; d++) {
                int i = at + d;
                if (d == 0 || i < 0 || i >= tops.size() || tops.get(i) == text.topOf(ref.paragraph())) {
                    continue;
                }
                double s = text.score(cue, tops.get(i));
                if (s > bestScore + 1e-9) {
                    best = tops.get(i);
                    bestScore = s;
                    tie = false;
                } else if (Math.abs(s - bestScore) < 1e-9 && s > 0) {
                    tie = true;
                }
            }
            List<String> evidence = new ArrayList<>();
            boolean unique = false;
            if (best != null) {
                for (String w : cue) {
                    if (text.has(best, w)) {
                        evidence.add(w);
                        unique |= text.df(w) == 1;
                    }
                }
            }
            // Clearly better: two of the words, or one that no other paragraph of the text has.
            boolean mismatch = best != null && bestScore >= MIN_SCORE && !tie
                    && (namedScore == 0 && (evidence.size() >= 2 || unique)
                        || namedScore > 0 && bestScore >= 3 * namedScore && evidence.size() >= 2);
            if (!mismatch) {
                evidence.clear();
            }
            out.add(new ReferenceFit(t, mismatch ? best : named, mismatch ? text.indexOf(best) - at : 0,
                    namedScore, bestScore, cue, evidence));
        }
        return out;
    }

    /**
     * The content words of the cue ({@link ReferenceCue}) less words common across the draft:
     * "the implementation of the exemptions set out in" gives [exemptions].
     */
    static List<String> cueWords(String cue, TextWords text) {
        List<String> picked = ReferenceCue.read(cue).words();
        Set<String> out = new LinkedHashSet<>();
        for (String w : picked) {
            int count = text.df(w);
            if (count > 0 && (double) count / text.size() <= ReferenceCue.COMMON) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }
}
