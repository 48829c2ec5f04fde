package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/**
 * A template's technical rollover: a short text (at most {@code max-operative} operative
 * paragraphs) that carries a mandate or regime over by reference ("extends the mandate … as set
 * out in resolution 2327 (2016)"). It is not asked for the template's full checklist: only the
 * clauses of legal weight (severity error) still apply. {@code when.says} tells what it looks like.
 */
public record Rollover(@JsonProperty("max-operative") Integer maxOperative, Condition when) {
    public Rollover {
        if (when == null) {
            throw new IllegalArgumentException("rollover needs when: the condition that recognises one");
        }
        maxOperative = maxOperative == null ? 3 : maxOperative;
    }

    /** Whether the text is such a rollover. */
    public boolean holds(Resolution r) {
        long operative = r.getParagraphs().stream()
                .filter(p -> p.getKind() == ParagraphKind.OPERATIVE && p.getDepth() == 0).count();
        return operative > 0 && operative <= maxOperative && TextScan.first(r, when) != null;
    }
}
