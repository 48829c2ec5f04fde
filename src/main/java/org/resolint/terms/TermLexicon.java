package org.resolint.terms;

import java.util.Map;
import java.util.Set;
import org.resolint.engine.RuleException;
import org.resolint.wordlist.WordList;

/** The word lists of the term rules: well-known acronyms, forbidden abbreviations, names that contain them. */
public record TermLexicon(Set<String> allowed, Map<String, String> forbidden, Set<String> namesAllowed,
                          Set<String> institutionWords) {
    public static final String ALLOWED = "rules/terms/acronyms-allowed.yaml";
    public static final String ABBREVIATIONS = "rules/terms/abbreviations.yaml";
    private static TermLexicon bundled;

    public static synchronized TermLexicon bundled() throws RuleException {
        if (bundled == null) {
            bundled = load(WordList.bundled(ALLOWED), WordList.bundled(ABBREVIATIONS));
        }
        return bundled;
    }

    public static TermLexicon load(WordList allowed, WordList abbreviations) throws RuleException {
        Map<String, String> forbidden = new java.util.HashMap<>();
        // map() lowers keys; abbreviations are matched as written, so keep them upper case.
        abbreviations.map("forbidden").forEach((k, v) -> forbidden.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return new TermLexicon(allowed.strings("allowed", false), Map.copyOf(forbidden),
                abbreviations.strings("names-allowed", false), abbreviations.words("institution-words"));
    }
}
