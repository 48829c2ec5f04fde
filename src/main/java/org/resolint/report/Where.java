package org.resolint.report;

import java.util.regex.Pattern;
import org.resolint.model.Finding;

/**
 * The paragraph label the reports put before a message ("PP3: "), left out when the message
 * already opens by naming that paragraph ("Preambular paragraph PP3 ends with …"), so a line
 * never reads "PP3: Preambular paragraph PP3".
 */
public final class Where {
    private Where() {
    }

    /** {@code label + ": "}, or "" for a whole-text finding or a message that opens with its paragraph's name. */
    public static String prefix(Finding f) {
        return f.paragraph() == null || namesItsParagraph(f) ? "" : f.paragraph() + ": ";
    }

    /** The message opens with "Paragraph 12 (b)", "Preambular paragraph PP3", "Annex ¶5" …: the label in its first words. */
    static boolean namesItsParagraph(Finding f) {
        return Pattern.compile("^(?:\\p{L}+ ){0,3}" + Pattern.quote(f.paragraph()) + "(?![\\p{L}\\d]|[\\s\u00A0]*\\([a-z])")
                .matcher(f.message()).find();
    }
}
