package org.resolint.style;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resolint.engine.RuleException;
import org.resolint.parse.OpenerLexicon;
import org.resolint.wordlist.WordList;

/**
 * The word lists of the style rules: {@code rules/style/spelling.yaml}, {@code rules/style/words.yaml}
 * and the opener lexicon the parser uses ({@code lexicon/openers.yaml}).
 */
public record StyleLexicon(Map<String, String> spelling, Set<String> preambularKnown, Set<String> repeatsAllowed,
                           Set<String> suspendedJoiners, Set<String> negotiationMarks, Set<String> placeholders,
                           OpenerLexicon openers) {
    public static final String SPELLING = "rules/style/spelling.yaml";
    public static final String WORDS = "rules/style/words.yaml";
    private static final List<String> ISE_ENDINGS = List.of("ise", "ises", "ised", "ising", "isation", "isations");
    private static StyleLexicon bundled;

    /** The bundled lists, read once; a broken list is reported again on every call. */
    public static synchronized StyleLexicon bundled() throws RuleException {
        if (bundled == null) {
            bundled = load(WordList.bundled(SPELLING), WordList.bundled(WORDS));
        }
        return bundled;
    }

    public static StyleLexicon load(WordList spellingList, WordList words) throws RuleException {
        Map<String, String> spelling = new HashMap<>(spellingList.map("forms"));
        for (String stem : spellingList.words("ize-stems")) {
            for (String ending : ISE_ENDINGS) {
                spelling.put(stem + ending, stem + "iz" + ending.substring(2));
            }
        }
        return new StyleLexicon(Map.copyOf(spelling), words.words("preambular-known"), words.words("repeats-allowed"),
                words.words("suspended-joiners"), words.words("negotiation-marks"), words.strings("placeholders", false),
                OpenerLexicon.bundled());
    }
}
