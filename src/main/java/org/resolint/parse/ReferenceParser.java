package org.resolint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Direction;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;

/**
 * Finds the cross-references in a paragraph with a small grammar:
 *
 * <pre>
 * reference := trigger list trailer?
 * trigger   := "paragraph(s)" | "subparagraph(s)" | "sub-paragraph(s)" | "operative paragraph(s)" | "para(s)."
 * list      := item ( sep item )*        sep := "," | "and" | "or" | ", and" | range
 * item      := NUMBER MARK* | MARK+       range := "to" | "through" | "-" | "–"
 * trailer   := "above" | "below" | "of this resolution" | "of the present resolution" | "of" OTHER (external)
 * </pre>
 *
 * A reference followed by "of" and anything but this resolution names another instrument
 * ("paragraph 2 of resolution 2253 (2015)", "of the Agreement", "of annex II") and is marked
 * external; so is one with a decimal number ("paragraphs 15.1-15.11").
 */
public final class ReferenceParser {
    private static final Pattern TRIGGER = Pattern.compile(
            "(?i)\\b(?:(operative|preambular)\\s+)?(sub-?paragraphs?|paragraphs?|paras?\\.)(?=[\\s\\u00A0])");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[\\s\\u00A0](?:bis|ter|quater)\\b)?");
    private static final Pattern MARK = Pattern.compile("\\((?:[a-z]{1,4}|[ivxl]+|\\d{1,2})\\)");
    private static final Pattern THIS = Pattern.compile(
            "(?i)^[\\s\\u00A0]*of[\\s\\u00A0]+(?:this|the[\\s\\u00A0]+present)[\\s\\u00A0]+resolution");
    private static final Pattern OF_OTHER = Pattern.compile("(?i)^[\\s\\u00A0]*(?:of\\b|thereof\\b|therein\\b|in[\\s\\u00A0]+(?:its|the)[\\s\\u00A0]+resolution)");
    private static final Pattern DIRECTION = Pattern.compile("(?i)^[\\s\\u00A0]*(above|below)\\b");

    private ReferenceParser() {
    }

    /** Whether "para" stands in the text in any case: every {@link #TRIGGER} match holds it. */
    static boolean saysPara(String text) {
        for (int i = text.length() - 4; i >= 0; i--) {
            if (text.regionMatches(true, i, "para", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    public static List<Reference> parse(Paragraph p) {
        String text = p.getText();
        List<Reference> out = new ArrayList<>();
        if (!saysPara(text)) {
            return out; // most paragraphs name none: a plain scan rules them out before the pattern runs
        }
        Matcher trigger = TRIGGER.matcher(text);
        int from = 0;
        while (trigger.find(from)) {
            from = trigger.end();
            if ("preambular".equalsIgnoreCase(trigger.group(1))) {
                continue; // "preambular paragraph 3" is not checked against the operative numbering
            }
            Cursor c = new Cursor(text, trigger.end());
            List<Item> items = new ArrayList<>();
            List<Reference.Range> ranges = new ArrayList<>();
            boolean decimal = items(c, items, ranges);
            if (items.isEmpty()) {
                continue;
            }
            subparagraphTail(c, items);
            ofParagraph(c, items);
            int end = c.pos;
            Direction direction = Direction.NONE;
            boolean external = decimal;
            String rest = text.substring(end);
            Matcher m;
            if ((m = DIRECTION.matcher(rest)).find()) {
                direction = "above".equalsIgnoreCase(m.group(1)) ? Direction.ABOVE : Direction.BELOW;
                end += m.end();
            } else if ((m = THIS.matcher(rest)).find()) {
                direction = Direction.THIS_RESOLUTION;
                end += m.end();
            } else if (OF_OTHER.matcher(rest).find() || externalBefore(text, trigger.start())
                    || otherDocumentNearby(text, trigger.start(), end)
                    || followsExternalInSentence(out, text, trigger.start())) {
                external = true;
            }
            List<String> targets = new ArrayList<>();
            for (Item item : items) {
                targets.add(item.label());
            }
            out.add(new Reference(p, trigger.start(), end, text.substring(trigger.start(), end), targets, ranges,
                    direction, external, cue(text, trigger.start())));
            from = end;
        }
        return out;
    }

    private static final Pattern DOCUMENT_WORDS = Pattern.compile(
            "(?i)\\b(?:report|reports|letter|document|annex|agreement|statute|charter|communiqu[ée]|"
            + "roadmap|road map|convention|protocol|accords?|declaration|recommendations|his|her|its|their|thereof)\\b"
            + "|S/\\d{4}/|\\bresolution\\s+\\d{1,4}\\s*\\(\\d{4}\\)");

    /**
     * A reference with no direction word, in a clause that speaks of another document ("as
     * recommended by the Secretary-General in his report in paras. 13-18", "its paragraph 94",
     * "paragraph 75, subparagraphs (b) and (c) of the Secretary-General's report"), points into that document.
     */
    private static boolean otherDocumentNearby(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".;:".indexOf(text.charAt(from - 1)) < 0 && start - from < 160) {
            from--;
        }
        int to = end;
        while (to < text.length() && ";.".indexOf(text.charAt(to)) < 0 && to - end < 80) {
            to++;
        }
        String after = text.substring(end, to);
        return DOCUMENT_WORDS.matcher(text.substring(from, start)).find()
                || after.matches("(?is)\\s*,\\s*(sub-?)?paragraphs?\\b.*\\bof\\b.*");
    }

    /**
     * "Recalls paragraph 2 of resolution 2245 (2015) and decides to continue the provision outlined
     * in subparagraphs (f) and (g)": a bare reference after an external one in the same sentence
     * carries on in that other instrument.
     */
    private static boolean followsExternalInSentence(List<Reference> before, String text, int at) {
        if (before.isEmpty()) {
            return false;
        }
        Reference last = before.get(before.size() - 1);
        return last.external() && text.substring(last.end(), at).chars().noneMatch(ch -> ch == ';' || ch == '.');
    }

    private static final Pattern OF_PARAGRAPH = Pattern.compile(
            "(?i)[\\s\\u00A0]+of[\\s\\u00A0]+(?:operative[\\s\\u00A0]+)?paragraph[\\s\\u00A0]+(\\d{1,3})(?![\\d.]\\d)");

    /** "subparagraphs (a) and (c) of paragraph 2": the marks belong to paragraph 2 of this text. */
    private static void ofParagraph(Cursor c, List<Item> items) {
        if (items.stream().anyMatch(i -> i.number() != null)) {
            return;
        }
        Matcher m = OF_PARAGRAPH.matcher(c.text).region(c.pos, c.text.length());
        if (!m.lookingAt()) {
            return;
        }
        List<Item> numbered = new ArrayList<>();
        for (Item i : items) {
            numbered.add(new Item(m.group(1), i.marks()));
        }
        items.clear();
        items.addAll(numbered);
        c.pos = m.end();
    }

    private static final Pattern SUB_TAIL = Pattern.compile("(?i)[\\s\\u00A0]*,?[\\s\\u00A0]*sub-?paragraphs?(?=[\\s\\u00A0]*\\()");

    /** "paragraph 3 subparagraph (g)", "paragraph 75, subparagraphs (b) and (c)": one reference, marks under the number. */
    private static void subparagraphTail(Cursor c, List<Item> items) {
        if (items.size() != 1 || !items.get(0).marks().isEmpty() || items.get(0).number() == null) {
            return;
        }
        int save = c.pos;
        if (c.take(SUB_TAIL) == null) {
            return;
        }
        Item base = items.get(0);
        List<Item> subs = new ArrayList<>();
        List<Reference.Range> ignored = new ArrayList<>();
        Cursor probe = c;
        Item first = item(probe, null);
        if (first == null || first.number() != null) {
            c.pos = save;
            return;
        }
        subs.add(new Item(base.number(), first.marks()));
        while (true) {
            int at = c.pos;
            String sep = c.separator();
            Item next = sep == null ? null : item(c, subs.get(subs.size() - 1));
            if (next == null) {
                c.pos = at;
                break;
            }
            if (sep.equals("range")) {
                expand(subs.get(subs.size() - 1), next, subs, ignored);
            }
            subs.add(next);
        }
        items.clear();
        items.addAll(subs);
    }

    /** "resolution 2231 (2015), paragraph 7" and "annex B, paragraph 4" name other instruments. */
    private static boolean externalBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(resolution\\s+\\d{1,4}\\s*\\(\\d{4}\\)|annex(\\s+[a-z0-9]+)?|agreement|report|statute|article\\s+\\d+)\\s*,?\\s*$");
    }

    private record Item(String number, List<String> marks) {
        String label() {
            StringBuilder b = new StringBuilder(number == null ? "" : number);
            for (String mark : marks) {
                b.append(b.length() == 0 ? "" : " ").append(mark);
            }
            return b.toString();
        }
    }

    /** Reads the list of items; returns true when a decimal number ("15.1") shows another numbering. */
    private static boolean items(Cursor c, List<Item> items, List<Reference.Range> ranges) {
        Item first = item(c, null);
        if (first == null) {
            return c.decimal;
        }
        items.add(first);
        while (true) {
            int save = c.pos;
            String sep = c.separator();
            if (sep == null) {
                break;
            }
            Item last = items.get(items.size() - 1);
            Item next = item(c, last);
            if (next == null) {
                c.pos = save;
                break;
            }
            if (sep.equals("range")) {
                expand(last, next, items, ranges);
            }
            items.add(next);
        }
        return c.decimal;
    }

    /** Fills a range: "30 to 35" adds 31 … 34; "(a)-(c)" adds (b). Reversed ranges stay as written. */
    private static void expand(Item from, Item to, List<Item> items, List<Reference.Range> ranges) {
        ranges.add(new Reference.Range(from.label(), to.label()));
        if (from.marks().isEmpty() && to.marks().isEmpty() && from.number() != null && to.number() != null) {
            int a = leadingInt(from.number());
            int b = leadingInt(to.number());
            for (int n = a + 1; n < b && n - a < 200; n++) {
                items.add(new Item(String.valueOf(n), List.of()));
            }
        } else if (from.marks().size() == 1 && to.marks().size() == 1
                && java.util.Objects.equals(from.number(), to.number())) {
            char a = from.marks().get(0).charAt(1);
            char b = to.marks().get(0).charAt(1);
            if (from.marks().get(0).length() == 3 && to.marks().get(0).length() == 3 && a < b && b - a < 26
                    && Character.isLetter(a) && Character.isLetter(b)) {
                for (char x = (char) (a + 1); x < b; x++) {
                    items.add(new Item(from.number(), List.of("(" + x + ")")));
                }
            }
        }
    }

    private static int leadingInt(String number) {
        return Integer.parseInt(number.replaceAll("\\D.*", ""));
    }

    /** An item: "20 (a) (ii)", or marks alone ("(b)"), which inherit the previous item's number. */
    private static Item item(Cursor c, Item previous) {
        int save = c.pos;
        c.blanks();
        String number = c.take(NUMBER);
        if (number != null && c.pos + 1 < c.text.length() && c.text.charAt(c.pos) == '.'
                && Character.isDigit(c.text.charAt(c.pos + 1))) {
            c.decimal = true; // "15.1": another document's numbering
            c.pos = save;
            return null;
        }
        List<String> marks = new ArrayList<>();
        while (true) {
            int before = c.pos;
            c.blanks();
            String mark = c.take(MARK);
            if (mark == null) {
                c.pos = before;
                break;
            }
            marks.add(mark);
        }
        if (number == null && marks.isEmpty()) {
            c.pos = save;
            return null;
        }
        if (number != null) {
            return new Item(number.replaceAll("[\\s\\u00A0]+", " "), marks);
        }
        if (previous == null) {
            return new Item(null, marks);
        }
        // "3 (b) (i) and (ii)": the second item keeps "3 (b)" and replaces the last level.
        List<String> inherited = new ArrayList<>(previous.marks().subList(0,
                Math.max(0, previous.marks().size() - marks.size())));
        inherited.addAll(marks);
        return new Item(previous.number(), inherited);
    }

    /** A cue that is a participle and its preposition alone: "requested in", "as set out in". */
    private static final Pattern PARTICIPLE_ONLY = Pattern.compile(
            "(?i)(?:as\\s+)?(?:\\p{L}+ed|set out|set forth|laid down|set up)(?:\\s+\\p{L}+){1,2}");

    /** The words before the reference, back to the last punctuation: "the exemptions set out in". */
    static String cue(String text, int at) {
        int from = Math.max(0, at - 120);
        String before = text.substring(from, at);
        int cut = lastPunctuation(before);
        String cue = before.substring(cut + 1).trim();
        if (cut > 0 && before.charAt(cut) == ',' && PARTICIPLE_ONLY.matcher(cue).matches()) {
            // "their final report, requested in": the participle speaks of the noun before the comma
            // (but "UNMISS shall include, consistent with" says nothing of what is cited).
            String earlier = before.substring(0, cut);
            cue = (earlier.substring(lastPunctuation(earlier) + 1) + before.substring(cut)).trim();
        }
        String[] words = cue.split("[\\s\\u00A0]+");
        int keep = Math.min(words.length, 10);
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - keep, words.length)).trim();
    }

    /** Where the last comma, semicolon, colon or parenthesis stands, or -1. */
    private static int lastPunctuation(String text) {
        int at = -1;
        for (char c : new char[] {',', ';', ':', '(', ')'}) {
            at = Math.max(at, text.lastIndexOf(c));
        }
        return at;
    }

    /** Position in the text while reading one reference. */
    private static final class Cursor {
        final String text;
        int pos;
        boolean decimal;

        Cursor(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        void blanks() {
            while (pos < text.length() && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == '\u00A0')) {
                pos++;
            }
        }

        String take(Pattern p) {
            Matcher m = p.matcher(text).region(pos, text.length());
            if (m.lookingAt()) {
                pos = m.end();
                return m.group();
            }
            return null;
        }

        /** ",", "and", "or", ", and", ", or", or a range word; null when none follows. */
        String separator() {
            int save = pos;
            blanks();
            boolean comma = pos < text.length() && text.charAt(pos) == ',';
            if (comma) {
                pos++;
                blanks();
            }
            String rest = text.substring(pos, Math.min(text.length(), pos + 9)).toLowerCase(Locale.ROOT);
            if (rest.startsWith("and ") || rest.startsWith("or ")) {
                pos += rest.startsWith("and ") ? 4 : 3;
                return "list";
            }
            if (!comma && (rest.startsWith("to ") || rest.startsWith("through "))) {
                pos += rest.startsWith("to ") ? 3 : 8;
                return "range";
            }
            if (!comma && (rest.startsWith("-") || rest.startsWith("–") || rest.startsWith("—"))) {
                pos += 1;
                return "range";
            }
            if (comma) {
                return "list";
            }
            pos = save;
            return null;
        }
    }
}
