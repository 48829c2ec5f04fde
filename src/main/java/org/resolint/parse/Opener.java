package org.resolint.parse;

import org.resolint.model.OpenerForm;

/** A paragraph's opening phrase as written, its main word in lower case, and that word's form. */
public record Opener(String phrase, String verb, OpenerForm form) {
    public static final Opener NONE = new Opener("", "", OpenerForm.OTHER);
}
