package org.resolint.profile;

import java.util.List;

/**
 * A test on the whole text: some paragraph in part {@code where} (default: either) matches the
 * phrases, word sets or patterns. Used for a clause's {@code applies-when} and for detecting a
 * template; {@code says} is how the reason shown to the user describes a match.
 */
public record Condition(Where where, String says, List<String> phrases, List<List<String>> words,
                        List<String> patterns, List<String> unless) {
    public Condition {
        where = where == null ? Where.EITHER : where;
        recognise(phrases, words, patterns, unless); // validates
    }

    public Recognise recognise() {
        return recognise(phrases, words, patterns, unless);
    }

    private static Recognise recognise(List<String> phrases, List<List<String>> words, List<String> patterns,
                                       List<String> unless) {
        return new Recognise(phrases, words, patterns, unless);
    }
}
