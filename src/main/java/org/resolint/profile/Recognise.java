package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to recognise a theme in one paragraph: any of the phrases (case and spacing free), any
 * word set whose words all occur in the paragraph (each word may end in a suffix: "child" finds
 * "children"), or any regular expression. Alternatives are simply more entries.
 */
public record Recognise(List<String> phrases, List<List<String>> words, List<String> patterns,
                        @JsonProperty("unless") List<String> unless) {
    public Recognise {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        words = words == null ? List.of() : words.stream().map(List::copyOf).toList();
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        unless = unless == null ? List.of() : List.copyOf(unless);
        if (phrases.isEmpty() && words.isEmpty() && patterns.isEmpty()) {
            throw new IllegalArgumentException("needs at least one of phrases, words, patterns");
        }
        for (List<String> set : words) {
            if (set.isEmpty()) {
                throw new IllegalArgumentException("an empty word set matches everything; give words");
            }
        }
        compile(phrases, words, patterns); // a bad pattern fails at load time, with its line
        unless.forEach(u -> Pattern.compile(u));
    }

    List<List<Pattern>> compiled() {
        return compile(phrases, words, patterns);
    }

    /** Every alternative as patterns that must all find something in a paragraph. */
    private static List<List<Pattern>> compile(List<String> phrases, List<List<String>> words, List<String> patterns) {
        List<List<Pattern>> out = new ArrayList<>();
        for (String phrase : phrases) {
            out.add(List.of(phrase(phrase)));
        }
        for (List<String> set : words) {
            out.add(set.stream().map(w -> Pattern.compile("\\b" + Pattern.quote(w.strip()),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList());
        }
        for (String p : patterns) {
            out.add(List.of(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return out;
    }

    List<Pattern> compiledUnless() {
        return unless.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    private static Pattern phrase(String phrase) {
        String[] parts = phrase.strip().split("\\s+");
        StringBuilder b = new StringBuilder("\\b");
        for (int i = 0; i < parts.length; i++) {
            b.append(i == 0 ? "" : "[\\s\\u00a0]+").append(Pattern.quote(parts[i]));
        }
        if (Character.isLetterOrDigit(phrase.strip().charAt(phrase.strip().length() - 1))) {
            b.append("\\b");
        }
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A compiled recogniser, built once per template. */
    public static final class Matching {
        private final List<List<Pattern>> alternatives;
        /** For each alternative, words it cannot match without (lower case); empty for free patterns. */
        private final List<List<String>> needles;
        private final List<Pattern> unless;

        Matching(Recognise r) {
            this.alternatives = r.compiled();
            this.unless = r.compiledUnless();
            List<List<String>> n = new ArrayList<>();
            for (String phrase : r.phrases()) {
                n.add(List.of(phrase.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)));
            }
            for (List<String> set : r.words()) {
                n.add(set.stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT)).toList());
            }
            for (int i = 0; i < r.patterns().size(); i++) {
                n.add(List.of());
            }
            this.needles = n;
        }

        /** The first words of {@code text} that match, or null. */
        public String find(String text) {
            for (Pattern u : unless) {
                if (u.matcher(text).find()) {
                    return null;
                }
            }
            // Most paragraphs lack the words: a plain search rules them out before any regex runs.
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (int a = 0; a < alternatives.size(); a++) {
                List<Pattern> all = alternatives.get(a);
                boolean possible = true;
                for (String needle : needles.get(a)) {
                    if (!lower.contains(needle)) {
                        possible = false;
                        break;
                    }
                }
                if (!possible) {
                    continue;
                }
                String first = null;
                for (Pattern p : all) {
                    Matcher m = p.matcher(text);
                    if (!m.find()) {
                        first = null;
                        break;
                    }
                    if (first == null) {
                        first = m.group();
                    }
                }
                if (first != null) {
                    return all.size() > 1 ? all.size() + " words (\"" + first.strip() + "\" ...)" : first.strip();
                }
            }
            return null;
        }
    }
}
