package org.resolint.rules.terms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
        return load(List.of(allowed), List.of(abbreviations));
    }

    /** The bundled lists plus {@code terms/acronyms-allowed.yaml} and {@code terms/abbreviations.yaml} of each folder. */
    public static TermLexicon withFolders(List<Path> dirs) throws RuleException {
        if (dirs.isEmpty()) {
            return bundled();
        }
        List<WordList> allowed = new ArrayList<>(List.of(WordList.bundled(ALLOWED)));
        List<WordList> abbreviations = new ArrayList<>(List.of(WordList.bundled(ABBREVIATIONS)));
        for (Path dir : dirs) {
            WordList a = WordList.inFolder(dir, "terms/acronyms-allowed.yaml");
            WordList b = WordList.inFolder(dir, "terms/abbreviations.yaml");
            if (a != null) {
                allowed.add(a);
            }
            if (b != null) {
                abbreviations.add(b);
            }
        }
        return load(allowed, abbreviations);
    }

    public static TermLexicon load(List<WordList> allowedLists, List<WordList> abbreviationLists) throws RuleException {
        Set<String> allowed = new LinkedHashSet<>();
        Map<String, String> forbidden = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> institutions = new LinkedHashSet<>();
        for (WordList list : allowedLists) {
            allowed.addAll(list.strings("allowed", false));
        }
        for (WordList list : abbreviationLists) {
            // map() lowers keys; abbreviations are matched as written, so keep them upper case.
            list.map("forbidden").forEach((k, v) -> forbidden.put(k.toUpperCase(Locale.ROOT), v));
            names.addAll(list.strings("names-allowed", false));
            institutions.addAll(list.words("institution-words"));
        }
        return new TermLexicon(Set.copyOf(allowed), Map.copyOf(forbidden), Set.copyOf(names), Set.copyOf(institutions));
    }
}
