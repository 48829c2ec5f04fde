package org.resolint.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.reader.PdfReader.PdfLine;

/**
 * Turns the printed lines of a PDF back into the lines of a draft: running heads and feet go,
 * a word broken at a line end is put back together on the first line (without its hyphen only
 * where the joined word is a word), and a blank line marks each paragraph end, seen as a wider
 * gap between lines or, across a page break, as punctuation at the end of a short line.
 */
final class PdfLayout {
    /** Page furniture recognised by its form, in the top or bottom band of a page. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:page\\s+\\d+(?:\\s+of\\s+\\d+)?|\\d{1,3}\\s*/\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-|\\d{1,3}"
            + "|/\\s*\\.\\s*\\.\\s*\\.|\\.\\.\\./?|…|\\d{2}-\\d{5}(?:\\s*\\([a-z]\\))?(?:\\s.*)?|\\*\\d{5,}\\*|please recycle.*)$");
    /** Band at the top and bottom of a page where running heads and feet stand (share of its height). */
    private static final float BAND = 0.1f;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]{2,}");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(?:\\d{1,3}|\\*{1,3}|[a-z])\\s+\\S");
    private static final Pattern LONE_MARKER = Pattern.compile("^(?:\\d{1,3}\\.|\\(\\w{1,4}\\)|\\w{1,4}\\))$");
    private static final Pattern MARKER_START = Pattern.compile("^(?:\\d{1,3}\\.|\\(\\w{1,4}\\)|[-–•])\\s");
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)[-\\u00AD]$");
    private static final Pattern FIRST_TOKEN = Pattern.compile("^(\\p{L}[\\p{L}\\p{M}'’-]*)(\\S*)\\s*");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\p{L}|\\p{L}");
    /** Word ends that are never words on their own: "deploy-" + "ment" is one word. */
    private static final Set<String> SUFFIXES = Set.of("ment", "ments", "tion", "tions", "sion", "sions", "ing",
            "ings", "ed", "ly", "ity", "ities", "ance", "ances", "ence", "ences", "ous", "ive", "ives", "ible",
            "able", "ably", "ted", "ting", "ter", "ters", "al", "ally", "ary", "ory", "ure", "ures", "ness", "ship",
            "ism", "ist", "ists", "ize", "izes", "ized", "ise", "ised", "ation", "ations", "ical", "ically", "nal",
            "ual", "tive", "tives", "ant", "ants", "ent", "ents", "ies", "ied", "es", "er", "ers", "est");

    private PdfLayout() {
    }

    /** A kept line on its way out: text and the column where that text starts. */
    private static final class Out {
        final PdfLine line;
        String text;
        int column = 1;

        Out(PdfLine line) {
            this.line = line;
            // Justified lines and tab stops come out as runs of spaces: one is what the draft had.
            this.text = SPACES.matcher(line.text().strip()).replaceAll(" ");
        }
    }

    static List<SourceLine> rebuild(List<PdfLine> lines) {
        List<Out> kept = new ArrayList<>();
        Set<String> repeated = repeatedInBands(lines);
        for (PdfLine l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean inBand = inBand(l);
            if (inBand && (FURNITURE.matcher(t).matches() || l.page() > 1 && repeated.contains(t))) {
                continue;
            }
            kept.add(new Out(l));
        }
        List<Out> notes = footnotes(kept);
        kept.removeAll(notes);
        rejoinBrokenWords(kept);
        float rightEdge = 0;
        for (Out o : kept) {
            rightEdge = Math.max(rightEdge, o.line.xEnd());
        }
        List<SourceLine> out = new ArrayList<>();
        Out previous = null;
        for (Out o : kept) {
            if (o.text.isEmpty()) {
                continue;
            }
            if (previous != null && paragraphEnds(previous, o, rightEdge)) {
                out.add(new SourceLine(previous.line.number(), ""));
            }
            out.add(new SourceLine(o.line.number(), o.column, o.text));
            previous = o;
        }
        // Footnotes go to the end, as in a text draft: one paragraph per note.
        for (Out note : notes) {
            if (FOOTNOTE_START.matcher(note.text).find() && !out.isEmpty()) {
                out.add(new SourceLine(out.get(out.size() - 1).number(), ""));
            }
            out.add(new SourceLine(note.line.number(), note.column, note.text));
        }
        return out;
    }

    /** Lines in a smaller type below the last line of body type on their page: the page's footnotes. */
    private static List<Out> footnotes(List<Out> kept) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Out o : kept) {
            sizes.merge(Math.round(o.line.fontSize()), o.text.length(), Integer::sum);
        }
        int body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        Map<Integer, Float> lastBodyLine = new HashMap<>();
        for (Out o : kept) {
            if (!isSmall(o, body)) {
                lastBodyLine.merge(o.line.page(), o.line.y(), Math::max);
            }
        }
        List<Out> notes = new ArrayList<>();
        boolean inNote = false;
        for (Out o : kept) {
            boolean below = o.line.y() > lastBodyLine.getOrDefault(o.line.page(), Float.MAX_VALUE);
            if (isSmall(o, body) && below && (inNote || FOOTNOTE_START.matcher(o.text).find())) {
                notes.add(o);
                inNote = true;
            } else {
                inNote = false;
            }
        }
        return notes;
    }

    private static boolean isSmall(Out o, int bodySize) {
        return o.line.fontSize() > 0 && o.line.fontSize() < bodySize * 0.85f;
    }

    private static boolean inBand(PdfLine l) {
        float h = l.pageHeight() > 0 ? l.pageHeight() : 842;
        return l.y() < h * BAND || l.y() > h * (1 - BAND);
    }

    /**
     * Texts that stand in the top or bottom band of a page and on some other page too: running
     * heads and feet (the symbol repeats the one on the cover, which is kept).
     */
    private static Set<String> repeatedInBands(List<PdfLine> lines) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        Set<String> inBands = new HashSet<>();
        for (PdfLine l : lines) {
            String text = l.text().strip();
            pages.computeIfAbsent(text, k -> new HashSet<>()).add(l.page());
            if (inBand(l)) {
                inBands.add(text);
            }
        }
        Set<String> out = new HashSet<>();
        for (String text : inBands) {
            if (!text.isEmpty() && pages.get(text).size() > 1) {
                out.add(text);
            }
        }
        return out;
    }

    private static boolean paragraphEnds(Out a, Out b, float rightEdge) {
        if (LONE_MARKER.matcher(a.text).matches()) {
            return false; // a paragraph number standing on its own line belongs to the text below it
        }
        boolean endsClause = a.text.matches(".*[.;:,]['’\"”)]?$");
        boolean shortLine = a.line.xEnd() < rightEdge * 0.8f;
        if (a.line.page() == b.line.page()) {
            float size = Math.max(Math.max(a.line.fontSize(), b.line.fontSize()), 6f);
            float gap = b.line.y() - a.line.y();
            if (gap > size * 1.45f || gap < 0) {
                return true;
            }
            // A numbered paragraph after a short line: a heading or paragraph end set without extra space.
            return shortLine && MARKER_START.matcher(b.text).find();
        }
        boolean marker = MARKER_START.matcher(b.text).find();
        return endsClause && (shortLine || marker) || shortLine && marker;
    }

    /**
     * "deploy-" / "ment;" becomes "deployment;" on the first line; "Secretary-" / "General" keeps its
     * hyphen. The moved word leaves the next line, whose column moves on by what it lost.
     */
    private static void rejoinBrokenWords(List<Out> kept) {
        Set<String> vocabulary = new HashSet<>();
        for (Out o : kept) {
            Matcher w = WORD.matcher(o.text);
            while (w.find()) {
                vocabulary.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            Out a = kept.get(i);
            Out b = kept.get(i + 1);
            Matcher broken = BROKEN_WORD.matcher(a.text);
            Matcher next = FIRST_TOKEN.matcher(b.text);
            if (!broken.find() || !next.find()) {
                continue;
            }
            String left = broken.group(1);
            String right = next.group(1);
            boolean soft = a.text.endsWith("\u00AD");
            String head = a.text.substring(0, a.text.length() - 1);
            boolean join = soft || isWordBreak(left, right, vocabulary);
            a.text = (join ? head : head + "-") + right + next.group(2);
            b.text = b.text.substring(next.end());
            b.column += next.end();
        }
    }

    /** Whether "left-" + "right" is one word broken by hyphenation rather than a hyphenated compound. */
    static boolean isWordBreak(String left, String right, Set<String> vocabulary) {
        if (!Character.isLowerCase(right.codePointAt(0))) {
            return false; // Secretary-General, Afghan-Led, COVID-19
        }
        String joined = (left + right).toLowerCase(Locale.ROOT);
        String compound = (left + "-" + right).toLowerCase(Locale.ROOT);
        if (vocabulary.contains(compound)) {
            return false;
        }
        return vocabulary.contains(joined) || SUFFIXES.contains(right.toLowerCase(Locale.ROOT));
    }
}
