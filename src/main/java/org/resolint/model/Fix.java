package org.resolint.model;

import java.util.List;

/**
 * A way to mend a finding: a title a user can read ("Renumber 5 to 6") and the edits that do it.
 * {@link Applicability#SAFE} edits can be applied unread (a spelling); {@link Applicability#UNSAFE}
 * ones need a reader's judgement (a guessed reference target).
 */
public record Fix(String title, Applicability applicability, List<TextEdit> edits) {

    public enum Applicability {
        SAFE, UNSAFE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Fix {
        edits = List.copyOf(edits);
    }
}
