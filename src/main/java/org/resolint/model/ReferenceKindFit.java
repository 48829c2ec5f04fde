package org.resolint.model;

import java.util.List;

/**
 * What kind of provision the words before a reference ask for ("as requested in" → a paragraph
 * that requests; "the measures in" → one that imposes measures), looked up in the paragraphs it
 * names and in the whole text: observations only; rules/references.drl decides (issue #17 item 10).
 *
 * @param asked          how the kinds asked for are shown ("requests", "imposes measures"); only
 *                       kinds some paragraph of the text opens with
 * @param named          the top-level paragraphs the reference names
 * @param namedMentions  how many of {@code named} open as, or anywhere speak of, an asked kind
 * @param namedWords     the summed weights of the cue's words that {@code named} have (as for {@link ReferenceFit})
 * @param fitting        the paragraphs (other than the reference's own) that open as an asked
 *                       kind and share most of the cue's words, nearest to the named one first (at most three)
 * @param ofKind         how many paragraphs of the text open as an asked kind
 */
public record ReferenceKindFit(Reference reference, List<String> asked, List<Paragraph> named, int namedMentions, double namedWords,
                               List<Paragraph> fitting, int ofKind) {

    public ReferenceKindFit {
        asked = List.copyOf(asked);
        named = List.copyOf(named);
        fitting = List.copyOf(fitting);
    }

    public Reference getReference() { return reference; }
    public List<String> getAsked() { return asked; }
    public List<Paragraph> getNamed() { return named; }
    public int getNamedMentions() { return namedMentions; }
    public double getNamedWords() { return namedWords; }
    public List<Paragraph> getFitting() { return fitting; }
    public int getOfKind() { return ofKind; }
}
