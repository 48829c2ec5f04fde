package org.resolint.model;

import java.util.List;

/**
 * How well the words before a reference ("the exemptions set out in") fit the paragraph it names,
 * against the paragraphs near it (three either side): observations only. Whether a neighbour fits
 * clearly better is decided in rules/references.drl ({@code neighbourFitsBetter}).
 *
 * @param best          the neighbour with the highest score, or null when none has a cue word
 * @param namedScore    the summed weights of the cue words the named paragraph has
 * @param bestScore     the same for {@code best}
 * @param sharingBest   how many neighbours reach {@code bestScore} (1: {@code best} alone)
 * @param cueWords      the cue's content words that can weigh in this text
 * @param evidence      the cue words {@code best} has
 * @param rareEvidence  how many of {@code evidence} stand in one paragraph of the text only
 */
public record ReferenceFit(ReferenceTarget target, Paragraph best, double namedScore, double bestScore,
                           int sharingBest, List<String> cueWords, List<String> evidence, int rareEvidence) {

    public ReferenceFit {
        cueWords = List.copyOf(cueWords);
        evidence = List.copyOf(evidence);
    }

    public ReferenceTarget getTarget() { return target; }
    public Paragraph getBest() { return best; }
    public Reference getReference() { return target.getReference(); }
    public double getNamedScore() { return namedScore; }
    public double getBestScore() { return bestScore; }
    public int getSharingBest() { return sharingBest; }
    public int getEvidenceCount() { return evidence.size(); }
    public int getRareEvidence() { return rareEvidence; }
    public int getOrder() { return target.getReference().paragraph().getOrdinal() * 10_000 + target.getReference().start(); }
    public String getEvidence() { return String.join(", ", evidence); }
}
