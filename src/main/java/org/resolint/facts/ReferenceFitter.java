package org.resolint.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceFit;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * Measures whether a reference points at the right content, transparently: the content words
 * just before the reference ("the exemptions set out in"), less words common across the draft,
 * are looked up in the named paragraph (with its sub-paragraphs) and in the three paragraphs
 * either side of it, each word weighted by how rare it is in the draft (inverse document
 * frequency). A neighbour wins only when the named paragraph has none of the words and the
 * neighbour has them clearly (a score of at least {@link #MIN_SCORE}), with no tie.
 */
public final class ReferenceFitter {
    /** At least one fairly rare word, or two common-ish ones. */
    static final double MIN_SCORE = 1.6;
    /** Words in more than this share of the paragraphs say nothing about which one is meant. */
    static final double COMMON = 0.25;
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "these", "those",
            "such", "its", "their", "his", "her", "from", "into", "under", "pursuant", "accordance", "consistent",
            "line", "referred", "set", "out", "forth", "described", "mentioned", "specified", "contained",
            "outlined", "provided", "identified", "defined", "listed", "established", "imposed", "paragraph",
            "paragraphs", "subparagraph", "subparagraphs", "above", "below", "resolution", "present", "also",
            "further", "including", "particular", "well", "any", "all", "other", "which", "have", "been", "shall",
            "will", "each", "referenced", "stipulated", "laid", "down", "as", "account", "taking", "fully");

    private ReferenceFitter() {
    }

    public static List<ReferenceFit> fit(Resolution resolution, List<ReferenceTarget> targets) {
        Map<Paragraph, List<Reference>> refsIn = new IdentityHashMap<>();
        for (ReferenceTarget t : targets) {
            List<Reference> list = refsIn.computeIfAbsent(t.getReference().paragraph(), k -> new ArrayList<>());
            if (!list.contains(t.getReference())) {
                list.add(t.getReference());
            }
        }
        List<Paragraph> tops = new ArrayList<>();
        Map<Paragraph, Set<String>> words = new IdentityHashMap<>();
        Map<Paragraph, Paragraph> topOf = new IdentityHashMap<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (p.getKind() == ParagraphKind.OPERATIVE && p.isNumbered()) {
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
                // A paragraph's words are its own and its sub-paragraphs', less the words around its
                // own references: "for the period specified in paragraph 1" does not make a
                // paragraph about periods.
                Set<String> stems = stems(withoutReferences(p.getText(), refsIn.getOrDefault(p, List.of())));
                for (Paragraph at = p; at != null; at = at.getParent()) {
                    words.computeIfAbsent(at, k -> new HashSet<>()).addAll(stems);
                }
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Paragraph top : tops) {
            for (String w : words.getOrDefault(top, Set.of())) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = Math.max(1, tops.size());
        List<ReferenceFit> out = new ArrayList<>();
        for (ReferenceTarget t : targets) {
            Reference ref = t.getReference();
            Paragraph named = t.getTarget();
            if (named == null || ref.targets().size() != 1 || t.isOwnOrAncestor() || named.getParent() != null) {
                continue; // lists, ranges and sub-paragraph letters: too little to weigh
            }
            List<String> cue = cueWords(ref.cue(), df, n);
            if (cue.isEmpty()) {
                continue;
            }
            int at = tops.indexOf(named);
            if (at < 0) {
                continue;
            }
            double namedScore = score(cue, words.getOrDefault(named, Set.of()), df, n);
            Paragraph best = null;
            double bestScore = 0;
            boolean tie = false;
            for (int d = -3; d <= 3; d++) {
                int i = at + d;
                if (d == 0 || i < 0 || i >= tops.size() || tops.get(i) == topOf.get(ref.paragraph())) {
                    continue;
                }
                double s = score(cue, words.getOrDefault(tops.get(i), Set.of()), df, n);
                if (s > bestScore + 1e-9) {
                    best = tops.get(i);
                    bestScore = s;
                    tie = false;
                } else if (Math.abs(s - bestScore) < 1e-9 && s > 0) {
                    tie = true;
                }
            }
            List<String> evidence = new ArrayList<>();
            boolean unique = false;
            if (best != null) {
                Set<String> have = words.getOrDefault(best, Set.of());
                for (String w : cue) {
                    if (have.contains(stem(w))) {
                        evidence.add(w);
                        unique |= df.getOrDefault(stem(w), 0) == 1;
                    }
                }
            }
            // Clearly better: two of the words, or one that no other paragraph of the text has.
            boolean mismatch = best != null && bestScore >= MIN_SCORE && !tie
                    && (namedScore == 0 && (evidence.size() >= 2 || unique)
                        || namedScore > 0 && bestScore >= 3 * namedScore && evidence.size() >= 2);
            if (!mismatch) {
                evidence.clear();
            }
            out.add(new ReferenceFit(t, mismatch ? best : named, mismatch ? tops.indexOf(best) - at : 0,
                    namedScore, bestScore, cue, evidence));
        }
        return out;
    }

    private static final java.util.regex.Pattern CONNECTIVE = java.util.regex.Pattern.compile(
            "(?i)(?:\\bas\\s+)?(?:\\b(referred to|set out|set forth|described|imposed|established|specified|outlined|"
            + "contained|mentioned|identified|provided(?: for)?|defined|listed|designated|requested|reiterated|decided|"
            + "called for|expressed|authori[sz]ed|adopted|stipulated|laid down|envisaged|foreseen|noted|created|"
            + "approved|endorsed|welcomed|extended|renewed|modified|terminated|determined|lifted|conferred|granted)\\s+"
            + "(?:in|by|under|pursuant to|through|at|with)|\\bpursuant to|\\bin accordance with|\\bconsistent with|"
            + "\\bin line with|\\bunder|\\bin|\\bof|\\bby|\\bwith|\\bto)\\s*$");
    private static final Set<String> BOUNDARY = Set.of("of", "to", "for", "with", "on", "in", "by", "from", "and",
            "or", "the", "a", "an", "as", "at", "that", "which", "all", "any");

    private static String withoutReferences(String text, List<Reference> refs) {
        if (refs.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (Reference r : refs) {
            int from = Math.max(0, r.start() - r.cue().length() - 1);
            for (int i = from; i < Math.min(b.length(), r.end()); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /**
     * The noun phrase just before the connective, and the connective's verb when it has one:
     * "the implementation of the exemptions set out in" gives [exemptions, set out → none];
     * "as requested in" gives [requested]. Words common across the draft are left out.
     */
    static List<String> cueWords(String cue, Map<String, Integer> df, int n) {
        java.util.regex.Matcher m = CONNECTIVE.matcher(cue);
        List<String> picked = new ArrayList<>();
        String head = cue;
        if (m.find()) {
            head = cue.substring(0, m.start());
            if (m.group(1) != null && !m.group(1).contains(" ")) {
                picked.add(m.group(1));
            }
        }
        String[] words = head.trim().split("[\\s\\u00A0]+");
        for (int i = words.length - 1, taken = 0; i >= 0 && taken < 3; i--, taken++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}’'-]", "");
            if (BOUNDARY.contains(w)) {
                break;
            }
            picked.add(w);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : picked) {
            w = w.toLowerCase(Locale.ROOT).replaceAll("[’'].*$", "");
            if (w.length() < 4 || STOP.contains(w)) {
                continue;
            }
            int count = df.getOrDefault(stem(w), 0);
            if (count > 0 && (double) count / n <= COMMON) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    private static double score(List<String> cue, Set<String> words, Map<String, Integer> df, int n) {
        double s = 0;
        for (String w : cue) {
            String st = stem(w);
            if (words.contains(st)) {
                s += Math.log((double) n / df.getOrDefault(st, 1)) + 0.5;
            }
        }
        return s;
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

    /** A crude stem that is easy to explain: the first six letters ("exemptions", "exempted" → "exempt"). */
    static String stem(String word) {
        return word.length() <= 6 ? word : word.substring(0, 6);
    }
}
