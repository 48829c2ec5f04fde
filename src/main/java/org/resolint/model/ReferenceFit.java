package org.resolint.model;

import java.util.List;

/**
 * How well the words before a reference ("the exemptions set out in") fit the paragraph it names,
 * against the paragraphs near it. {@code offset} is how far the best-fitting neighbour lies from
 * the named one in the numbering (+1: the next paragraph); 0 when the named one fits best or no
 * neighbour fits clearly better.
 */
public record ReferenceFit(ReferenceTarget target, Paragraph best, int offset, double namedScore,
                           double bestScore, List<String> cueWords, List<String> evidence) {

    public ReferenceFit {
        cueWords = List.copyOf(cueWords);
        evidence = List.copyOf(evidence);
    }

    /** A nearby paragraph fits the words clearly better than the one named. */
    public boolean isMismatch() {
        return offset != 0;
    }

    public int getOffset() { return offset; }
    public ReferenceTarget getTarget() { return target; }
    public Paragraph getBest() { return best; }
    public Reference getReference() { return target.getReference(); }
    public int getOrder() { return target.getReference().paragraph().getOrdinal() * 10_000 + target.getReference().start(); }
    public String getEvidence() { return String.join(", ", evidence); }

    /** The named target's number ("14" of "14 (a)"), for grouping drift. */
    public int getNamedNumber() {
        String label = target.getLabel();
        return label.matches("\\d+.*") ? Integer.parseInt(label.replaceAll("\\D.*", "")) : -1;
    }
}
