package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.CaseFold;
import org.resolint.model.Paragraph;

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
        /** For each alternative, words it cannot match without (all of them, case-folded); empty: none known. */
        private final List<List<String>> needles;
        /** For each alternative given as a pattern, words one of which it needs; empty: none known. */
        private final List<List<String>> anyOf;
        private final List<Pattern> unless;
        private final List<List<String>> unlessAnyOf;

        Matching(Recognise r) {
            this.alternatives = r.compiled();
            this.unless = r.compiledUnless();
            List<List<String>> n = new ArrayList<>();
            List<List<String>> any = new ArrayList<>();
            for (String phrase : r.phrases()) {
                n.add(List.of(CaseFold.fold(phrase.strip().split("\\s+")[0])));
                any.add(List.of());
            }
            for (List<String> set : r.words()) {
                n.add(set.stream().map(w -> CaseFold.fold(w.strip())).toList());
                any.add(List.of());
            }
            for (String pattern : r.patterns()) {
                n.add(List.of());
                any.add(Needles.of(pattern));
            }
            this.needles = n;
            this.anyOf = any;
            this.unlessAnyOf = r.unless().stream().map(Needles::of).toList();
        }

        /** The first words of the paragraph's text that match, or null. */
        public String find(Paragraph paragraph) {
            return find(paragraph.getText(), paragraph.foldedText());
        }

        /** The first words of {@code text} that match, or null. */
        public String find(String text) {
            return find(text, CaseFold.fold(text));
        }

        private String find(String text, String folded) {
            // Most paragraphs lack the words: a plain search rules them out before any regex runs.
            for (int u = 0; u < unless.size(); u++) {
                if (possible(folded, List.of(), unlessAnyOf.get(u)) && unless.get(u).matcher(text).find()) {
                    return null;
                }
            }
            for (int a = 0; a < alternatives.size(); a++) {
                if (!possible(folded, needles.get(a), anyOf.get(a))) {
                    continue;
                }
                List<Pattern> all = alternatives.get(a);
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

        private static boolean possible(String folded, List<String> allOf, List<String> anyOf) {
            for (String needle : allOf) {
                if (!folded.contains(needle)) {
                    return false;
                }
            }
            if (anyOf.isEmpty()) {
                return true;
            }
            for (String needle : anyOf) {
                if (folded.contains(needle)) {
                    return true;
                }
            }
            return false;
        }
    }
}
