package org.resolint.rules.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
    private static final List<String> ISE_ENDINGS = List.of("ise", "ises", "ised", "ising", "isation", "isations", "isational");
    private static StyleLexicon bundled;

    /** The bundled lists, read once; a broken list is reported again on every call. */
    public static synchronized StyleLexicon bundled() throws RuleException {
        if (bundled == null) {
            bundled = load(WordList.bundled(SPELLING), WordList.bundled(WORDS));
        }
        return bundled;
    }

    public static StyleLexicon load(WordList spellingList, WordList words) throws RuleException {
        return load(List.of(spellingList), List.of(words));
    }

    /**
     * The bundled lists plus those of each {@code --rules} folder ({@code style/spelling.yaml},
     * {@code style/words.yaml}), whose entries add to the bundled ones.
     */
    public static StyleLexicon withFolders(List<java.nio.file.Path> dirs) throws RuleException {
        if (dirs.isEmpty()) {
            return bundled();
        }
        List<WordList> spelling = new ArrayList<>(List.of(WordList.bundled(SPELLING)));
        List<WordList> words = new ArrayList<>(List.of(WordList.bundled(WORDS)));
        for (java.nio.file.Path dir : dirs) {
            addIfPresent(spelling, WordList.inFolder(dir, "style/spelling.yaml"));
            addIfPresent(words, WordList.inFolder(dir, "style/words.yaml"));
        }
        return load(spelling, words);
    }

    private static void addIfPresent(List<WordList> lists, WordList list) {
        if (list != null) {
            lists.add(list);
        }
    }

    public static StyleLexicon load(List<WordList> spellingLists, List<WordList> wordLists) throws RuleException {
        Map<String, String> spelling = new HashMap<>();
        Set<String> known = new LinkedHashSet<>();
        Set<String> repeats = new LinkedHashSet<>();
        Set<String> joiners = new LinkedHashSet<>();
        Set<String> marks = new LinkedHashSet<>();
        Set<String> placeholders = new LinkedHashSet<>();
        for (WordList list : spellingLists) {
            spelling.putAll(list.map("forms"));
            spelling.putAll(list.map("compounds")); // keys with a blank or hyphen: StyleFacts finds them as phrases
            for (String stem : list.words("ize-stems")) {
                for (String ending : ISE_ENDINGS) {
                    spelling.put(stem + ending, stem + "iz" + ending.substring(2));
                }
            }
        }
        for (WordList words : wordLists) {
            known.addAll(words.words("preambular-known"));
            repeats.addAll(words.words("repeats-allowed"));
            joiners.addAll(words.words("suspended-joiners"));
            marks.addAll(words.words("negotiation-marks"));
            placeholders.addAll(words.strings("placeholders", false));
        }
        return new StyleLexicon(Map.copyOf(spelling), Set.copyOf(known), Set.copyOf(repeats), Set.copyOf(joiners),
                Set.copyOf(marks), Set.copyOf(placeholders), OpenerLexicon.bundled());
    }
}
