package org.resolint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.resolint.model.FootnoteMarker;
import org.resolint.model.TextLayout;
import org.resolint.reader.SourceLine;

/**
 * Groups body lines into paragraphs. Blank lines separate paragraphs; in hard-wrapped texts a
 * line that opens with a paragraph marker after a line ending in punctuation starts a new one.
 * For a quoted resolution the opening quote of each paragraph and the closing quote of the last
 * are taken off, and whatever follows the quotation is dropped.
 */
final class BlockSplitter {
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile(".*[;:.,]$");
    private static final Pattern SECTION_NUMERAL = Pattern.compile("^(?:[IVXL]+|[A-Z])\\.?$");
    /** Words that leave a line open-ended ("... duties under the"): the line ends with a blank and one of them. */
    private static final List<String> OPEN_ENDED = List.of("the", "of", "to", "in", "a", "an", "for", "by", "with", "on",
            "at", "from", "its", "their");
    private static final Pattern CLOSES_ITEM = Pattern.compile(";\\s*(?:and|or)$");
    private static final Pattern QUOTE_END = Pattern.compile(".*\\.[’']?[”\"]$");

    private BlockSplitter() {
    }

    /**
     * The body's paragraphs, with the layout the lines were read in; the blocks from
     * {@code firstFootnote} on are the footnotes that close the text (one block each).
     */
    record Split(List<Block> blocks, TextLayout layout, int firstFootnote) {
    }

    static List<Block> split(List<SourceLine> lines, boolean quoted) {
        return split(lines, quoted, null).blocks();
    }

    static Split split(List<SourceLine> lines, boolean quoted, ParagraphStarts starts) {
        List<String> bare = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            bare.add(bare(line.text(), quoted));
        }
        // The footnotes are read apart: their short numbered lines say nothing of how the body is laid out.
        int notes = quoted ? lines.size() : Footnotes.start(bare, starts);
        TextLayout layout = starts == null ? TextLayout.BLANK_LINES : LayoutDetector.detect(bare.subList(0, notes), starts);
        List<Block> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            SourceLine line = lines.get(i);
            String text = Text.stripBlanks(line.text());
            if (text.isEmpty()) {
                if (!runsOn(current, bare, i, notes)) {
                    flush(current, blocks);
                }
                continue;
            }
            if (!current.isEmpty() && (Footnotes.isMarkdownNote(bare.get(i))
                    || boundary(layout, bare, i, current.get(current.size() - 1), text, starts))) {
                flush(current, blocks);
            }
            if (quoted && current.isEmpty()) {
                line = dropLeadingQuote(line);
            }
            current.add(line);
            if (quoted && (QUOTE_END.matcher(text).matches() || closesMoreThanOpens(bare.get(i)))
                    && quoteEndsHere(bare, lines, i)) {
                current.set(current.size() - 1, dropTrailingQuote(current.get(current.size() - 1)));
                flush(current, blocks);
                return new Split(blocks, layout, blocks.size());
            }
        }
        flush(current, blocks);
        int firstFootnote = blocks.size();
        footnotes(lines, bare, notes, blocks);
        return new Split(blocks, layout, firstFootnote);
    }

    /** What the pattern {@code \\s(?:the|of|...)$} said, without a regex over every line. */
    static boolean openEnded(String line) {
        for (String w : OPEN_ENDED) {
            int at = line.length() - w.length() - 1;
            if (at >= 0 && line.endsWith(w) && " \t\n\u000B\f\r".indexOf(line.charAt(at)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mindful of its duties under the" + blank line + "Charter of the United Nations ...,": a line
     * ending in an article or a preposition ends no paragraph or heading; the blank line is a slip
     * of the transcription, and the sentence runs on unless a marker opens the next line. So does
     * an {@link #unfinished} line when the next one starts in lower case.
     */
    private static boolean runsOn(List<SourceLine> current, List<String> bare, int blank, int end) {
        if (current.isEmpty()) {
            return false;
        }
        String last = Text.stripBlanks(current.get(current.size() - 1).text());
        boolean open = openEnded(last);
        if (!open && !unfinished(last)) {
            return false;
        }
        for (int j = blank + 1; j < end; j++) {
            String next = bare.get(j);
            if (!next.isEmpty()) {
                return j == blank + 1 && Marker.parse(next) == null
                        && (open || Character.isLowerCase(next.codePointAt(0)));
            }
        }
        return false;
    }

    /**
     * "Approves the Secretary-General’s recommendation for the continuation" + blank line + "of
     * UNOSOM II, ...": a line that closes no clause, followed by one in lower case, is one sentence
     * (as in a text without blank lines). After "; and" the lower-case words close the chapeau
     * instead ("(d) ...; and" + "confirms it will keep ... under review;"), another paragraph.
     */
    private static boolean unfinished(String last) {
        return !ParagraphStarts.endsClause(last) && !CLOSES_ITEM.matcher(last).find();
    }

    /** One block per footnote from line {@code from} on; the rule above them is no paragraph. */
    private static void footnotes(List<SourceLine> lines, List<String> bare, int from, List<Block> blocks) {
        List<SourceLine> current = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String line = bare.get(i);
            if (line.isEmpty() || Footnotes.isRule(line) || Footnotes.opensNote(line)) {
                flush(current, blocks);
            }
            if (!line.isEmpty() && !Footnotes.isRule(line)) {
                current.add(lines.get(i));
            }
        }
        flush(current, blocks);
    }

    private static boolean boundary(TextLayout layout, List<String> bare, int i, SourceLine previous, String text,
                                    ParagraphStarts starts) {
        String prev = bare.get(i - 1);
        String next = bare.get(i);
        String after = i + 1 < bare.size() ? bare.get(i + 1) : null;
        return switch (layout) {
            case BLANK_LINES -> startsNewParagraph(previous, text);
            // A line that opens in lower case after one that does not end a sentence carries the sentence on.
            // After a sub-item, a line in lower case is the chapeau's closing words ("shall freeze ..."), its own paragraph.
            case ONE_PER_LINE -> !LayoutDetector.carriesSentence(prev, next) || isItem(prev);
            case HARD_WRAPPED -> starts.startsParagraph(prev, next, after);
        };
    }

    /** "3. Decides to remain seized of the matter”": the quotation closes without a full stop. */
    private static boolean closesMoreThanOpens(String bare) {
        return bare.endsWith("”") && bare.chars().filter(c -> c == '”').count() > bare.chars().filter(c -> c == '“').count();
    }

    private static boolean isItem(String line) {
        Marker m = Marker.parse(line);
        return m != null && m.type() != Marker.Type.NUMBER && m.type() != Marker.Type.PREAMBLE_LABEL;
    }

    /**
     * A quoted paragraph may itself end with a quotation ("... “zero tolerance”."): the whole quotation
     * ends only where no quoted paragraph or marked item follows.
     */
    private static boolean quoteEndsHere(List<String> bare, List<SourceLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String t = Text.stripBlanks(lines.get(j).text());
            if (t.isEmpty()) {
                continue;
            }
            return !(t.startsWith("“") || Marker.parse(t) != null);
        }
        return true;
    }

    /** A line without its blanks, and without the opening quotation mark of a quoted paragraph. */
    private static String bare(String text, boolean quoted) {
        String t = Text.stripBlanks(text);
        if (quoted && !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"')) {
            t = Text.stripBlanks(t.substring(1));
        }
        return t;
    }

    private static boolean startsNewParagraph(SourceLine previous, String text) {
        String prev = Text.stripBlanks(previous.text());
        if (SECTION_NUMERAL.matcher(prev).matches()) {
            return true;
        }
        if (!ENDS_PARAGRAPH.matcher(FootnoteMarker.strip(prev)).matches()) {
            return false;
        }
        Marker m = Marker.parse(text);
        // After a comma only a dash item starts anew: "(i) torture and other treatment,\n(ii) gender-based
        // violence" is one sentence wrapped before its inline markers.
        return m != null && m.type() != Marker.Type.PAREN_NUMBER && (!FootnoteMarker.strip(prev).endsWith(",") || m.type() == Marker.Type.BULLET);
    }

    private static SourceLine dropLeadingQuote(SourceLine line) {
        String t = line.text();
        int lead = Text.leadingBlanks(t);
        if (lead < t.length() && (t.charAt(lead) == '“' || t.charAt(lead) == '"')) {
            return new SourceLine(line.number(), line.column() + lead + 1, t.substring(lead + 1));
        }
        return line;
    }

    private static SourceLine dropTrailingQuote(SourceLine line) {
        String t = Text.stripBlanks(line.text());
        int lead = Text.leadingBlanks(line.text());
        return new SourceLine(line.number(), line.column() + lead, t.substring(0, t.length() - 1));
    }

    private static void flush(List<SourceLine> current, List<Block> blocks) {
        if (!current.isEmpty()) {
            Block block = Block.of(current);
            // A line left empty once its quotation mark is taken off makes no paragraph.
            if (!block.text().isEmpty()) {
                blocks.add(block);
            }
            current.clear();
        }
    }
}
