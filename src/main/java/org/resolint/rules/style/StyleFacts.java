package org.resolint.rules.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.engine.FactProvider;
import org.resolint.model.OpenerForm;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Quotes;
import org.resolint.model.Resolution;

/**
 * Finds, in the words of each paragraph, what the style rules judge: spelling candidates,
 * doubled words, hyphen gaps, leftovers, unpaired marks, paragraph ends, list items and
 * openers. It decides nothing; {@code rules/style/style.drl} does.
 */
public final class StyleFacts implements FactProvider {
    private static final Pattern FOOTNOTE_CALL = Pattern.compile("\\[\\^[^\\]\\s]{1,12}\\]");
    private static final Pattern JOINED_END = Pattern.compile("([;,])[\\s\u00A0]+(and|or)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern HYPHEN_GAP = Pattern.compile("(?<!\\p{L})(\\p{L}+)[-\u2010\u2011][ \u00A0]+(\\p{L}+)");
    private static final Pattern UN_NAME = Pattern.compile(
            "United Nations(?:[\\s\u00A0]+(?:\\p{Lu}[\\p{L}’'\\-]*|of|for|the|and|in|on|to))*[\\s\u00A0]+$");
    private static final Pattern LABEL = Pattern.compile("\\d+\\s*(bis|ter|quater|alt)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_OPENER_MODIFIER = Pattern.compile(
            "^[\\s,]*(also|further|again|once again|furthermore|moreover|likewise|in addition)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARTER_FORMULA = Pattern.compile(
            "^Acting\\b.{0,40}?\\b(under|in accordance with|in conformity with)\\s+(the\\s+)?(Chapters?|Articles?|Charter)\\b.*",
            Pattern.DOTALL);
    private static final Pattern INLINE_LABEL = Pattern.compile("(?:^|[\\s\u00A0])(?:[a-z]{1,2}|[ivx]{1,5}|\\d{1,2})$");
    private static final Set<ParagraphKind> BODY = Set.of(ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE,
            ParagraphKind.SUBPARAGRAPH);

    /** After a compound: "of (the)" and a name other than the United Nations: another body's officer. */
    private static final Pattern OTHER_BODY_AFTER = Pattern.compile(
            "^[\\s\u00A0]+of[\\s\u00A0]+(?:the[\\s\u00A0]+)?(?!United Nations)\\p{Lu}");

    private final StyleLexicon lexicon;
    private final Pattern placeholders;
    /** The spelling keys that are phrases ("Secretary General", "sub-regional"), any case, any blank. */
    private final Pattern compounds;

    public StyleFacts(StyleLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> alternatives = new ArrayList<>();
        // longest first, so "XXX" is one placeholder and not "XX" plus a letter
        lexicon.placeholders().stream().sorted((a, b) -> b.length() - a.length()).forEach(p -> {
            String q = Pattern.quote(p);
            boolean word = Character.isLetterOrDigit(p.charAt(0));
            alternatives.add(word ? "(?<![\\p{L}\\d])" + q + "(?![\\p{L}\\d])" : q);
        });
        placeholders = Pattern.compile(alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives));
        List<String> phrases = new ArrayList<>();
        lexicon.spelling().keySet().stream().filter(k -> !k.matches("\\p{L}+"))
                .sorted((a, b) -> b.length() - a.length())
                .forEach(k -> phrases.add(Pattern.quote(k).replace(" ", "\\E[\\s\u00A0]+\\Q")));
        compounds = Pattern.compile(phrases.isEmpty() ? "(?!)" : "(?<!\\p{L})(?:" + String.join("|", phrases)
                + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public List<?> facts(Resolution resolution) {
        List<Object> out = new ArrayList<>();
        List<Paragraph> body = resolution.getParagraphs().stream().filter(p -> BODY.contains(p.getKind())).toList();
        negotiationMark(resolution).ifPresent(out::add);
        Set<Paragraph> parents = new HashSet<>();
        Map<Paragraph, List<Paragraph>> lists = new HashMap<>();
        for (Paragraph p : body) {
            if (p.getKind() == ParagraphKind.SUBPARAGRAPH && p.getParent() != null) {
                parents.add(p.getParent());
                if (!p.getLabel().endsWith("continued")) {
                    lists.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        Paragraph last = null;
        for (Paragraph p : body) {
            if (p.getKind() != ParagraphKind.PREAMBULAR) {
                last = p;
            }
        }
        for (int i = 0; i < body.size(); i++) {
            Paragraph p = body.get(i);
            boolean[] quoted = Quotes.ranges(p.getText());
            spelling(p, quoted, out);
            repeats(p, out);
            hyphenGaps(p, out);
            leftovers(p, out);
            imbalances(p, body.subList(Math.max(0, i - 40), i), body.subList(i + 1, Math.min(body.size(), i + 40)), out);
            if (p.getDepth() == 0 && p.getKind() != ParagraphKind.SUBPARAGRAPH || p == last) {
                out.add(new ParagraphEnd(p, endMark(p), parents.contains(p), p == last));
            }
            if (p.getDepth() == 0 && p.getKind() != ParagraphKind.SUBPARAGRAPH && !p.getOpener().isEmpty()) {
                out.add(opener(p));
            }
        }
        lists.values().forEach(items -> listItems(items, out));
        return out;
    }

    private Optional<NegotiationMark> negotiationMark(Resolution r) {
        List<String> texts = new ArrayList<>(r.getCover());
        r.getParagraphs().stream().filter(p -> p.getKind() == ParagraphKind.HEADING || p.getKind() == ParagraphKind.NOTE)
                .forEach(p -> texts.add(p.getText()));
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String mark : lexicon.negotiationMarks()) {
                if (lower.contains(mark)) {
                    return Optional.of(new NegotiationMark(t.strip()));
                }
            }
        }
        return Optional.empty();
    }

    private void spelling(Paragraph p, boolean[] quoted, List<Object> out) {
        String t = p.getText();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String word = m.group();
            String right = lexicon.spelling().get(word.toLowerCase(Locale.ROOT));
            if (right == null) {
                continue;
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean properName = capital && !sentenceStart(t, m.start());
            boolean unName = capital && UN_NAME.matcher(t.substring(Math.max(0, m.start() - 120), m.start())).find();
            out.add(new SpellingHit(p, m.start(), word, sameCase(word, right), properName, unName, quoted[m.start()]));
        }
        compounds(p, quoted, out);
    }

    /** Phrases the UN writes joined or hyphenated; a title of another body's officer keeps its own form. */
    private void compounds(Paragraph p, boolean[] quoted, List<Object> out) {
        String t = p.getText();
        Matcher m = compounds.matcher(t);
        while (m.find()) {
            String written = m.group();
            String right = lexicon.spelling().get(written.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00A0]+", " "));
            if (right == null) {
                continue;
            }
            boolean otherBody = OTHER_BODY_AFTER.matcher(t.substring(m.end())).find();
            String suggestion = Character.isUpperCase(written.charAt(0)) && Character.isLowerCase(right.charAt(0))
                    ? Character.toUpperCase(right.charAt(0)) + right.substring(1) : right;
            out.add(new SpellingHit(p, m.start(), written, suggestion, otherBody, false, quoted[m.start()]));
        }
    }

    private static boolean sentenceStart(String t, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(t.charAt(i)) || "“\"(‘".indexOf(t.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".:;!?".indexOf(t.charAt(i)) >= 0;
    }

    private static String sameCase(String word, String right) {
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return right.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return Character.toUpperCase(right.charAt(0)) + right.substring(1);
        }
        return right;
    }

    private void repeats(Paragraph p, List<Object> out) {
        String t = p.getText();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            int width = repeatWidth(t, words, i);
            if (width == 0) {
                continue;
            }
            int start = words.get(i)[0];
            int end = words.get(i + 2 * width - 1)[1];
            if (start > 0 && "-/".indexOf(t.charAt(start - 1)) >= 0
                    || end < t.length() && "-/".indexOf(t.charAt(end)) >= 0) {
                continue; // "DDR and DDR/R": not a doubled word
            }
            String first = t.substring(start, words.get(i + width - 1)[1]).replaceAll("\\s+", " ");
            String second = t.substring(words.get(i + width)[0], end).replaceAll("\\s+", " ");
            boolean allowed = width == 1 && lexicon.repeatsAllowed().contains(first.toLowerCase(Locale.ROOT));
            // "Mai Mai", "Abdullah Abdullah", "EUTM Mali in Mali in": names, written as the owner does
            boolean name = Character.isUpperCase(first.charAt(0)) && first.equals(second);
            out.add(new RepeatedWords(p, start, first, allowed, name));
            i += 2 * width - 1;
        }
    }

    /** 1 for "the the", 2 for a short pair written twice ("to the to the"), else 0. */
    private static int repeatWidth(String t, List<int[]> words, int i) {
        if (same(t, words, i, i + 1) && blankBetween(t, words, i, i + 1)) {
            return 1;
        }
        boolean pair = i + 3 < words.size() && length(words.get(i)) <= 4
                && same(t, words, i, i + 2) && same(t, words, i + 1, i + 3);
        return pair && blankBetween(t, words, i, i + 1) && blankBetween(t, words, i + 1, i + 2)
                && blankBetween(t, words, i + 2, i + 3) ? 2 : 0;
    }

    private static int length(int[] word) {
        return word[1] - word[0];
    }

    private static boolean same(String t, List<int[]> words, int a, int b) {
        int[] x = words.get(a);
        int[] y = words.get(b);
        return length(x) == length(y) && t.regionMatches(true, x[0], t, y[0], length(x));
    }

    private static boolean blankBetween(String t, List<int[]> words, int a, int b) {
        return t.substring(words.get(a)[1], words.get(b)[0]).isBlank();
    }

    private void hyphenGaps(Paragraph p, List<Object> out) {
        if (!hasHyphenGap(p.getText())) {
            return; // the pattern tries every letter; most paragraphs have no hyphen before a blank
        }
        Matcher m = HYPHEN_GAP.matcher(p.getText());
        while (m.find()) {
            boolean suspended = lexicon.suspendedJoiners().contains(m.group(2).toLowerCase(Locale.ROOT));
            out.add(new HyphenGap(p, m.start(), m.group(1), m.group(2), suspended));
        }
    }

    /** A hyphen followed by a blank: what {@link #HYPHEN_GAP} needs. */
    private static boolean hasHyphenGap(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            char next = t.charAt(i + 1);
            if ((c == '-' || c == '\u2010' || c == '\u2011') && (next == ' ' || next == '\u00A0')) {
                return true;
            }
        }
        return false;
    }

    private void leftovers(Paragraph p, List<Object> out) {
        String t = p.getText();
        if (p.isInsertion() || LABEL.matcher(p.getMarker()).matches()) {
            out.add(new Leftover(p, 0, "label", p.getMarker()));
        }
        boolean[] taken = new boolean[t.length()];
        // The pattern tries every placeholder at every position: look for the words first.
        boolean any = false;
        for (String placeholder : lexicon.placeholders()) {
            if (t.contains(placeholder)) {
                any = true;
                break;
            }
        }
        Matcher m = placeholders.matcher(any ? t : "");
        while (m.find()) {
            out.add(new Leftover(p, m.start(), "placeholder", m.group()));
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '[' || c == ']') && !taken[i]) {
                int close = t.indexOf(']', i);
                if (c == '[' && close > i && FOOTNOTE_CALL.matcher(t.substring(i, close + 1)).matches()) {
                    i = close; // "[^1]": a Markdown footnote call, not a bracket left from the negotiation
                    continue;
                }
                if (c == '[' && close > i && isPlaceholder(t.substring(i + 1, close).strip())) {
                    i = close; // "[XX]": the placeholder inside is the finding
                    continue;
                }
                String shown = close > i && close - i < 60 ? t.substring(i, close + 1) : String.valueOf(c);
                out.add(new Leftover(p, i, "bracket", shown));
                break; // one per paragraph is enough to point at the brackets
            }
        }
    }

    private boolean isPlaceholder(String inner) {
        return placeholders.matcher(inner).matches();
    }

    private void imbalances(Paragraph p, List<Paragraph> preceding, List<Paragraph> following, List<Object> out) {
        String t = p.getText();
        int[] curly = pairs(t, '“', '”');
        if (curly[0] != curly[1]) {
            // A quotation of several paragraphs opens in one and closes in a later one.
            boolean continues = curly[0] > curly[1] ? following.stream().anyMatch(f -> {
                int[] c = pairs(f.getText(), '“', '”');
                return c[1] > c[0];
            }) : preceding.stream().anyMatch(f -> {
                int[] c = pairs(f.getText(), '“', '”');
                return c[0] > c[1];
            });
            out.add(new Imbalance(p, curly[2], "quotation marks", curly[0], curly[1], continues));
        }
        long straight = t.chars().filter(c -> c == '"').count();
        if (straight % 2 == 1) {
            boolean continues = java.util.stream.Stream.concat(preceding.stream(), following.stream())
                    .anyMatch(f -> f.getText().chars().filter(c -> c == '"').count() % 2 == 1);
            out.add(new Imbalance(p, t.lastIndexOf('"'), "quotation marks", (int) (straight + 1) / 2,
                    (int) straight / 2, continues));
        }
        int[] round = pairs(t, '(', ')');
        if (round[0] != round[1]) {
            out.add(new Imbalance(p, round[2], "parentheses", round[0], round[1], false));
        }
    }

    /** Opened and closed counts and the offset of the first mark left unpaired. */
    private static int[] pairs(String t, char open, char close) {
        int opened = 0;
        int closed = 0;
        int depth = 0;
        int firstUnpaired = -1;
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == open) {
                opened++;
                depth++;
                stack.add(i);
            } else if (c == close && close == ')' && depth == 0 && INLINE_LABEL.matcher(t.substring(Math.max(0, i - 8), i)).find()) {
                continue; // "if: a) the ..., b) the ...": an inline list label, not a parenthesis
            } else if (c == close) {
                closed++;
                if (depth == 0) {
                    if (firstUnpaired < 0) {
                        firstUnpaired = i;
                    }
                } else {
                    depth--;
                    stack.remove(stack.size() - 1);
                }
            }
        }
        if (firstUnpaired < 0) {
            firstUnpaired = stack.isEmpty() ? 0 : stack.get(0);
        }
        return new int[] {opened, closed, firstUnpaired};
    }

    /** The paragraph's end mark; "…; and" (a paragraph joined to the next, as UN texts do) ends with ";". */
    private static String endMark(Paragraph p) {
        Matcher m = JOINED_END.matcher(p.getText().strip());
        return m.find() ? m.group(1) : mark(p.getTerminal());
    }

    private static String mark(String terminal) {
        return terminal.length() == 1 && ",;.:".contains(terminal) ? terminal : "";
    }

    private void listItems(List<Paragraph> items, List<Object> out) {
        List<String> marks = items.stream().map(StyleFacts::itemMark).toList();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            // the last item counts only when it ends like an inner one (its paragraph goes on)
            if (i < items.size() - 1 || marks.get(i).equals(";") || marks.get(i).equals(",")) {
                count.merge(marks.get(i), 1, Integer::sum);
            }
        }
        String usual = marks.get(0);
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > count.getOrDefault(usual, 0)) {
                usual = e.getKey();
            }
        }
        // UN practice, not a majority vote: where the lettered sub-paragraphs of an operative paragraph
        // mix "," and ";", the ";" ones are right. A list ending every item with "," is a sentence
        // running through its items ("provided that (a) …, (b) …"), and dash items are lists of names.
        if (Wording.inOperative(items.get(0)) && items.get(0).getStyle() != org.resolint.model.NumberStyle.BULLET
                && count.containsKey(";") && count.containsKey(",")) {
            usual = ";";
        }
        for (int i = 0; i < items.size(); i++) {
            out.add(new ListItem(items.get(i), items.get(i).getParent(), i == items.size() - 1, marks.get(i), usual));
        }
    }

    private static String itemMark(Paragraph p) {
        String t = org.resolint.model.FootnoteMarker.strip(p.getText().strip()).replaceFirst("\\s+(and|or)[,;]?$", "").replaceFirst("[”\"’)\\s]+$", "");
        return t.isEmpty() ? "" : mark(t.substring(t.length() - 1));
    }

    private OpenerCheck opener(Paragraph p) {
        String verb = p.getOpenerVerb();
        boolean known = p.getOpenerForm() == OpenerForm.OPERATIVE
                || lexicon.openers().preambular().contains(verb) || lexicon.preambularKnown().contains(verb);
        String presentTense = null;
        if (p.getOpenerForm() == OpenerForm.OTHER && verb.matches("\\p{L}+")) {
            for (String ending : List.of("s", "es")) {
                if (lexicon.openers().operative().contains(verb + ending)) {
                    String w = verb + ending;
                    presentTense = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    break;
                }
            }
        }
        boolean modified = false;
        for (String w : p.getOpener().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (lexicon.openers().modifiers().contains(w)) {
                modified = true;
            }
        }
        String t = p.getText().stripLeading();
        int after = Math.min(t.length(), p.getOpener().length());
        modified |= AFTER_OPENER_MODIFIER.matcher(t.substring(after)).find();
        return new OpenerCheck(p, known, presentTense, modified, CHARTER_FORMULA.matcher(t).matches());
    }
}
