package org.resolint.rules.chapter7;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/**
 * Reads the Chapter VII language of a text into facts: invocations, Article 39 determinations,
 * enforcement language and mixed collocations. Annexes, footnotes and notes are not the
 * Council's own words (an annexed agreement may quote "acting under Article 41"), so they are skipped.
 */
public final class ChapterSevenAnalyzer {
    private static final Set<ParagraphKind> COUNCIL_TEXT = EnumSet.of(ParagraphKind.PREAMBULAR,
            ParagraphKind.OPERATIVE, ParagraphKind.SUBPARAGRAPH, ParagraphKind.HEADING);
    private static final Set<ParagraphKind> OPERATIVE = EnumSet.of(ParagraphKind.OPERATIVE,
            ParagraphKind.SUBPARAGRAPH);

    private static final Pattern ACTING = Pattern.compile(
            "(?i)\\bacting\\s+(?:for\\s+these\\s+reasons\\s+)?under\\s+(?=(?:the\\s+)?(?:chapters?|articles?|(?:UN|U\\.N\\.|United Nations)\\s+Charter)\\b)");
    private static final Pattern CHAPTER_VIII_ONLY = Pattern.compile("(?i)\\Gchapter\\s+viii\\b");
    /** The accepted formulas (issue 4): standard, older, Article 41, Articles 39 and 40, Chapters VII and VIII. */
    private static final Pattern ACCEPTED = Pattern.compile("\\G(?:Chapter VII|Chapters VII and VIII"
            + "|Article 41 of Chapter VII|Articles? \\d+(?:(?:, \\d+)*,? and \\d+)?) of the Charter"
            + "(?: of the United Nations)?(?!\\s+of\\b)(?=[\\s,;:.]|$)");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");
    /**
     * A scope naming paragraphs of this text: "with respect to paragraphs 5 to 9", "with regards to
     * operative paragraphs 5 to 14", "as described in section 1 of operative paragraph 7 below".
     * A scope that goes on with "of resolution ..." names another text and is left to the citations.
     */
    private static final Pattern SCOPE = Pattern.compile("(?i)\\G[^;]{0,160}?\\b(?:with\\s+(?:respect|regards?)\\s+to"
            + "|as\\s+described\\s+in|as\\s+regards|in\\s+respect\\s+of)\\s+(?:section\\s+\\w+\\s+of\\s+)?"
            + "(?:operative\\s+)?(paragraphs?\\s+(\\d++)(?:\\s*(?:to|-|–)\\s*(\\d++))?)(?!\\s*(?:\\(|of\\s+resolution|of\\s+(?:the|its)\\b))");
    /** "a threat to international peace", also split: "the threat Iraq's non-compliance ... poses to international peace". */
    private static final Pattern DETERMINATION = Pattern.compile("(?i)\\b(?:threats?\\b[^.;]{0,200}?\\b(?:to|against)"
            + "\\s+(?:the\\s+)?(?:international\\s+|regional\\s+)?peace|breach(?:es)?\\s+of\\s+(?:the\\s+)?(?:international\\s+)?peace"
            + "|acts?\\s+of\\s+aggression)");
    private static final Pattern NECESSARY = Pattern.compile("(?i)\\ball\\s+necessary\\s+(?:means|measures)\\b");
    private static final Pattern AUTHORIZES = Pattern.compile("(?i)\\bauthori[sz]");
    private static final Pattern ALL_STATES_SHALL = Pattern.compile(
            "(?i)\\bdecides,?\\s+(?:also\\s+|further\\s+|further,\\s+)?that\\s+all\\s+(?:Member\\s+)?States\\s+shall\\b");
    private static final Pattern MEASURE = Pattern.compile("(?i)embargo|\\bfreeze|\\bfrozen|\\btravel\\b"
            + "|entry into or transit|supply, sale (?:or|and) transfer|sale, supply (?:or|and) transfer"
            + "|funds,? other financial assets");
    private static final Pattern MIXED = Pattern.compile("(?i)\\b(take|use)\\s+all\\s+necessary\\s+(means|measures)\\b");

    /** The facts for one text, in paragraph order. */
    public List<Object> analyze(Resolution resolution) {
        Map<Paragraph, List<Paragraph>> children = new HashMap<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (p.getParent() != null) {
                children.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Object> out = new ArrayList<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (COUNCIL_TEXT.contains(p.getKind())) {
                String t = p.getText().replace('\u00A0', ' ').replace('\u202F', ' ');
                // Each pattern needs a word most paragraphs lack: look for the words before scanning.
                String f = p.foldedText();
                if (f.contains("acting")) {
                    invocations(p, t, out);
                }
                if (f.contains("threat") || f.contains("breach") || f.contains("aggression")) {
                    determinations(p, t, out);
                }
                if (OPERATIVE.contains(p.getKind()) && (f.contains("necessary") || f.contains("shall"))) {
                    enforcement(p, t, children.getOrDefault(p, List.of()), out);
                }
                if (f.contains("necessary")) {
                    collocations(p, t, out);
                }
            }
        }
        return out;
    }

    private static void invocations(Paragraph p, String t, List<Object> out) {
        Matcher m = ACTING.matcher(t);
        while (m.find()) {
            if (!councilSpeaks(t.substring(0, m.start()))
                    || CHAPTER_VIII_ONLY.matcher(t).region(m.end(), t.length()).lookingAt()) {
                continue;
            }
            Matcher end = CLAUSE_END.matcher(t);
            int stop = end.find(m.end()) ? end.start() : t.length();
            String wording = t.substring(m.start(), Math.min(stop, m.start() + 120)).strip();
            boolean standard = ACCEPTED.matcher(t).region(m.end(), t.length()).lookingAt();
            out.add(new Invocation(p, m.start(), wording, standard));
            Matcher scope = SCOPE.matcher(t).region(m.end(), t.length());
            if (scope.lookingAt()) {
                int from = Integer.parseInt(scope.group(2));
                int to = scope.group(3) == null ? from : Integer.parseInt(scope.group(3));
                out.add(new InvocationScope(p, scope.start(1), scope.group(1), from, to));
            }
        }
    }

    /**
     * "Acting under" opens the paragraph, or follows a comma or "and" ("Decides, acting under Article 41
     * ..., that"); elsewhere someone else acts ("the Forces of Mali acting under Chapter VII ...").
     */
    private static boolean councilSpeaks(String before) {
        String b = before.strip();
        return b.isEmpty() || b.endsWith(",") || b.endsWith(" and") || b.equals("and");
    }

    private static void determinations(Paragraph p, String t, List<Object> out) {
        Matcher m = DETERMINATION.matcher(t);
        if (m.find()) {
            out.add(new Determination(p, m.start(), m.group()));
        }
    }

    private static void enforcement(Paragraph p, String t, List<Paragraph> subs, List<Object> out) {
        Matcher m = NECESSARY.matcher(t);
        while (m.find()) {
            boolean authorized = AUTHORIZES.matcher(t.substring(0, m.start())).find()
                    || (p.getParent() != null && AUTHORIZES.matcher(p.getParent().getText()).find());
            if (authorized) {
                out.add(new Enforcement(p, m.start(), m.group()));
                return;
            }
        }
        m = ALL_STATES_SHALL.matcher(t);
        if (m.find()) {
            boolean measures = MEASURE.matcher(t).region(m.end(), t.length()).find()
                    || subs.stream().anyMatch(s -> MEASURE.matcher(s.getText()).find());
            if (measures) {
                out.add(new Enforcement(p, m.start(), m.group()));
            }
        }
    }

    private static void collocations(Paragraph p, String t, List<Object> out) {
        Matcher m = MIXED.matcher(t);
        while (m.find()) {
            boolean take = m.group(1).equalsIgnoreCase("take");
            boolean means = m.group(2).equalsIgnoreCase("means");
            if (take && means) {
                out.add(new Collocation(p, m.start(), m.group(), "use all necessary means"));
            } else if (!take && !means) {
                out.add(new Collocation(p, m.start(), m.group(), "take all necessary measures"));
            }
        }
    }
}
