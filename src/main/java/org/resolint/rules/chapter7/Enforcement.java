package org.resolint.rules.chapter7;

import org.resolint.model.Paragraph;

/**
 * Language that binds Member States or authorizes force, which the Council normally adopts
 * under Chapter VII: an authorization to use all necessary means or take all necessary measures,
 * or "Decides that all (Member) States shall" impose an embargo, a freeze or a travel ban.
 */
public final class Enforcement {
    private final Paragraph paragraph;
    private final int offset;
    private final String wording;

    public Enforcement(Paragraph paragraph, int offset, String wording) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.wording = wording;
    }

    public Paragraph getParagraph() { return paragraph; }
    public int getOffset() { return offset; }
    public String getWording() { return wording; }
}
