package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * The words of each numbered operative paragraph of one text, and how many paragraphs share each
 * word, so that the words before a reference can be weighed against the paragraphs it may mean.
 * A paragraph's words are its own and its sub-paragraphs', less the words around its own
 * references: "for the period specified in paragraph 1" does not make a paragraph about periods.
 * Words are compared by a crude stem that is easy to explain: their first six letters.
 */
final class TextWords {
    static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "these", "those",
            "such", "its", "their", "his", "her", "from", "into", "under", "pursuant", "accordance", "consistent",
            "line", "referred", "set", "out", "forth", "described", "mentioned", "specified", "contained",
            "outlined", "provided", "identified", "defined", "listed", "established", "imposed", "paragraph",
            "paragraphs", "subparagraph", "subparagraphs", "above", "below", "resolution", "present", "also",
            "further", "including", "particular", "well", "any", "all", "other", "which", "have", "been", "shall",
            "will", "each", "referenced", "stipulated", "laid", "down", "as", "account", "taking", "fully",
            // Nouns of applying a provision say nothing about what it provides ("the implementation of
            // paragraphs 1, 5 and 6", "compliance with paragraph 3").
            "implementation", "implementing", "implement", "application", "compliance", "provisions");

    private final List<Paragraph> tops = new ArrayList<>();
    private final Map<Paragraph, Integer> index = new IdentityHashMap<>();
    private final Map<Paragraph, Set<String>> words = new IdentityHashMap<>();
    private final Map<Paragraph, Paragraph> topOf = new IdentityHashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<Paragraph, Set<ProvisionKind>> kinds = new IdentityHashMap<>();
    private final Map<ProvisionKind, Integer> kindCount = new java.util.EnumMap<>(ProvisionKind.class);
    /** Each top paragraph's text with its sub-paragraphs', its own references' cues blanked. */
    private final Map<Paragraph, StringBuilder> texts = new IdentityHashMap<>();

    TextWords(Resolution resolution, List<ReferenceTarget> targets) {
        Map<Paragraph, List<Reference>> refsIn = new IdentityHashMap<>();
        for (ReferenceTarget t : targets) {
            List<Reference> list = refsIn.computeIfAbsent(t.getReference().paragraph(), k -> new ArrayList<>());
            if (!list.contains(t.getReference())) {
                list.add(t.getReference());
            }
        }
        for (Paragraph p : resolution.getParagraphs()) {
            if (p.getKind() == ParagraphKind.OPERATIVE && p.isNumbered()) {
                index.put(p, tops.size());
                tops.add(p);
            }
        }
        for (Paragraph p : resolution.getParagraphs()) {
            Paragraph top = p;
            while (top.getParent() != null) {
                top = top.getParent();
            }
            topOf.put(p, top);
            if (p.getKind() == ParagraphKind.OPERATIVE || p.getKind() == ParagraphKind.SUBPARAGRAPH) {
                String own = withoutReferences(p.getText(), refsIn.getOrDefault(p, List.of()));
                texts.computeIfAbsent(top, k -> new StringBuilder()).append(own).append('\n');
                Set<String> stems = stems(own);
                for (Paragraph at = p; at != null; at = at.getParent()) {
                    words.computeIfAbsent(at, k -> new HashSet<>()).addAll(stems);
                }
            }
        }
        for (Paragraph top : tops) {
            for (String w : words.getOrDefault(top, Set.of())) {
                df.merge(w, 1, Integer::sum);
            }
            Set<ProvisionKind> k = ProvisionKind.of(top.getText());
            kinds.put(top, k);
            k.forEach(kind -> kindCount.merge(kind, 1, Integer::sum));
        }
    }

    /** What a numbered operative paragraph does ("requests", "imposes measures"). */
    Set<ProvisionKind> kinds(Paragraph p) {
        return kinds.getOrDefault(p, Set.of());
    }

    /** A top paragraph's text with its sub-paragraphs', less the words of its own references. */
    String text(Paragraph top) {
        StringBuilder b = texts.get(top);
        return b == null ? "" : b.toString();
    }

    /** How many numbered operative paragraphs are of a kind. */
    int count(ProvisionKind kind) {
        return kindCount.getOrDefault(kind, 0);
    }

    /** A kind few paragraphs share says more: inverse document frequency, as for words. */
    double weight(ProvisionKind kind) {
        return Math.log((double) size() / Math.max(1, kindCount.getOrDefault(kind, 0))) + 0.5;
    }

    /** The numbered operative paragraphs in order. */
    List<Paragraph> tops() {
        return tops;
    }

    /** Position of a numbered operative paragraph among {@link #tops()}, or -1. */
    int indexOf(Paragraph p) {
        return p == null ? -1 : index.getOrDefault(p, -1);
    }

    Paragraph topOf(Paragraph p) {
        return topOf.getOrDefault(p, p);
    }

    int size() {
        return Math.max(1, tops.size());
    }

    /** In how many operative paragraphs a word stands. */
    int df(String word) {
        return df.getOrDefault(stem(word), 0);
    }

    boolean has(Paragraph p, String word) {
        return words.getOrDefault(p, Set.of()).contains(stem(word));
    }

    /** The sum of the weights of the words that paragraph {@code p} has. */
    double score(List<String> cue, Paragraph p) {
        double s = 0;
        for (String w : cue) {
            if (has(p, w)) {
                s += weight(w);
            }
        }
        return s;
    }

    /** Inverse document frequency plus a half: a word in every paragraph still weighs a little. */
    double weight(String word) {
        return Math.log((double) size() / Math.max(1, df(word))) + 0.5;
    }

    private static String withoutReferences(String text, List<Reference> refs) {
        if (refs.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (Reference r : refs) {
            int from = Math.max(0, r.start() - ReferenceCue.phraseLength(r.cue()) - 1);
            for (int i = from; i < Math.min(b.length(), r.end()); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** "-ify" verbs and their "-ification" nouns: "notify", "notified", "notification" → "notif". */
    private static final Pattern IFY = Pattern.compile("(\\p{L}{3,}?if)(?:ications?|ied|ies|y)$");

    /** "exemptions", "exempted" → "exempt"; "notification", "notify" → "notif". */
    static String stem(String word) {
        String w = word;
        if (word.indexOf("if", 3) > 0) {
            Matcher m = IFY.matcher(word);
            w = m.matches() ? m.group(1) : word;
        }
        return w.length() <= 6 ? w : w.substring(0, 6);
    }
}
