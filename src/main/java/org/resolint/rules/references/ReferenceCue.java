package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;

/**
 * What the words just before a reference say it points at: the noun phrase before the
 * connective ("the <em>exemptions</em> set out in"), the connective's verb when it has one ("as
 * <em>requested</em> in", "the Committee <em>established</em> by"), and the kind of paragraph the
 * two ask for ("requested" → a paragraph that requests).
 *
 * @param words content words of the phrase and the verb, as written (lower case)
 * @param kinds the kinds of paragraph meant; empty when the words do not say
 */
record ReferenceCue(List<String> words, Set<ProvisionKind> kinds) {
    /** Words in more than this share of the operative paragraphs say nothing about which one is meant. */
    static final double COMMON = 0.25;
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?i)(?:\\bas\\s+)?(?:\\b(referred to|set out|set forth|described|imposed|established|specified|outlined|"
            + "contained|mentioned|identified|provided(?: for)?|defined|listed|designated|requested|reiterated|decided|"
            + "called for|called upon|expressed|authori[sz]ed|adopted|stipulated|laid down|envisaged|foreseen|noted|"
            + "created|approved|endorsed|welcomed|extended|renewed|modified|terminated|determined|lifted|conferred|"
            + "granted|prohibited|required|demanded|urged|encouraged|directed|exempted|recommended|reaffirmed|"
            + "expanded|amended|updated|permitted|indicated|stated|set up)\\s+"
            + "(?:in|by|under|pursuant to|through|at|with|for)|\\bpursuant to|\\bin accordance with|\\bconsistent with|"
            + "\\bin line with|\\bunder|\\bin|\\bof|\\bby|\\bwith|\\bto|\\bfor)\\s*$");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> BOUNDARY = Set.of("of", "to", "for", "with", "on", "in", "by", "from", "and",
            "or", "the", "a", "an", "as", "at", "that", "which", "all", "any");

    ReferenceCue {
        words = List.copyOf(words);
        kinds = kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /**
     * "the implementation of the exemptions set out in" gives [exemptions] and EXEMPT; "as
     * requested in" gives REQUEST and no words; "the Committee established by" gives [committee]
     * and ESTABLISH. The connective's verb counts only through the kind it asks for: "recommended
     * in" says nothing about a paragraph that merely mentions recommendations.
     */
    static ReferenceCue read(String cue) {
        Phrase p = phrase(cue);
        Set<String> out = new LinkedHashSet<>();
        for (String word : p.words()) {
            // Split as the paragraphs' words are ("core-priorities" → core, priorities).
            for (String w : word.split("-")) {
                if (w.length() >= 4 && !TextWords.STOP.contains(w)) {
                    out.add(w);
                }
            }
        }
        return new ReferenceCue(new ArrayList<>(out), ProvisionKind.expected(p.verb(), p.noun(), p.words()));
    }

    /**
     * The kinds the connective's verb alone asks for ("as requested in" → REQUEST), which say what
     * the paragraph meant does more surely than the head noun ("the discontinuation of tasks").
     */
    static Set<ProvisionKind> verbKinds(String cue) {
        return ProvisionKind.expected(phrase(cue).verb(), null, List.of());
    }

    /**
     * How many characters at the end of the cue the phrase and its connective take: "the period
     * specified in" of "… for the period specified in". A paragraph's own references are read
     * without these words, so that they do not make it look like what it cites.
     */
    static int phraseLength(String cue) {
        return cue.length() - phrase(cue).start();
    }

    /** The noun phrase (up to three words back to "of", "the", …), its head noun and the connective's verb. */
    private record Phrase(List<String> words, String noun, String verb, int start) {
    }

    private static Phrase phrase(String cue) {
        Matcher m = CONNECTIVE.matcher(cue);
        String head = cue;
        String verb = null;
        int start = cue.length();
        if (m.find()) {
            head = cue.substring(0, m.start());
            verb = m.group(1);
            start = m.start();
        }
        List<String> picked = new ArrayList<>();
        String noun = null;
        Matcher w = Pattern.compile("\\S+").matcher(head);
        List<int[]> spans = new ArrayList<>();
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        boolean through = false;
        for (int i = spans.size() - 1, taken = 0; i >= 0 && taken < 3; i--) {
            String word = clean(head.substring(spans.get(i)[0], spans.get(i)[1]));
            // One "of" (with an article after it) is passed: in "a strategic review of MINUSCA" and
            // "the priorities of the mandate" the noun just before "of" is what the phrase is about.
            boolean article = ARTICLES.contains(word) && i > 0
                    && clean(head.substring(spans.get(i - 1)[0], spans.get(i - 1)[1])).equals("of");
            if (!picked.isEmpty() && !through && (word.equals("of") || article)) {
                through = !article;
                continue;
            }
            if (BOUNDARY.contains(word)) {
                break;
            }
            noun = noun == null ? word : noun;
            picked.add(word);
            start = spans.get(i)[0];
            taken++;
            if (through) {
                break; // only the noun before "of", not the words leading to it ("full and effective implementation")
            }
        }
        return new Phrase(picked, noun, verb, start);
    }

    /**
     * The cue as it can weigh in this text: words in no operative paragraph, or in more than
     * {@link #COMMON} of them, say nothing about which paragraph is meant and are left out; a
     * kind no paragraph of the text has likewise.
     */
    ReferenceCue within(TextWords text) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            int count = text.df(w);
            if (count > 0 && (double) count / text.size() <= COMMON) {
                kept.add(w);
            }
        }
        Set<ProvisionKind> present = EnumSet.noneOf(ProvisionKind.class);
        for (ProvisionKind k : kinds) {
            if (text.count(k) > 0) {
                present.add(k);
            }
        }
        return new ReferenceCue(kept, present);
    }

    /** The words alone: what a paragraph does says nothing about which of its sub-paragraphs is meant. */
    ReferenceCue wordsOnly() {
        return new ReferenceCue(words, Set.of());
    }

    boolean isEmpty() {
        return words.isEmpty() && kinds.isEmpty();
    }

    /** How well the cue fits paragraph {@code p}: the weights of its words there, and of its kinds. */
    double fit(TextWords text, Paragraph p) {
        double s = text.score(words, p);
        for (ProvisionKind k : kinds) {
            if (text.kinds(p).contains(k)) {
                s += text.weight(k);
            }
        }
        return s;
    }

    /** What of the cue paragraph {@code p} has, to show as evidence: "imposes measures, exemptions". */
    List<String> matches(TextWords text, Paragraph p) {
        List<String> out = new ArrayList<>();
        for (ProvisionKind k : kinds) {
            if (text.kinds(p).contains(k)) {
                out.add(k.shown());
            }
        }
        for (String w : words) {
            if (text.has(p, w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String clean(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}’'-]", "").replaceAll("[’'].*$", "");
    }
}
