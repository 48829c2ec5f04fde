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
 * frequency). The scores are facts; rules/references.drl decides (a neighbour wins only when
 * the named paragraph has none of the words and the neighbour has them clearly, a score of at
 * least 1.6, with no tie).
 */
public final class ReferenceFitter {
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
            int sharing = 0;
            for (int d = -3; d <= 3; d++) {
                int i = at + d;
                if (d == 0 || i < 0 || i >= tops.size() || tops.get(i) == text.topOf(ref.paragraph())) {
                    continue;
                }
                double s = text.score(cue, tops.get(i));
                if (s > bestScore + 1e-9) {
                    best = tops.get(i);
                    bestScore = s;
                    sharing = 1;
                } else if (Math.abs(s - bestScore) < 1e-9 && s > 0) {
                    sharing++;
                }
            }
            List<String> evidence = new ArrayList<>();
            int rare = 0;
            if (best != null) {
                for (String w : cue) {
                    if (text.has(best, w)) {
                        evidence.add(w);
                        rare += text.df(w) == 1 ? 1 : 0;
                    }
                }
            }
            // The DRL decides (neighbourFitsBetter): these are the scores it compares.
            out.add(new ReferenceFit(t, best, namedScore, bestScore, sharing, cue, evidence, rare));
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
