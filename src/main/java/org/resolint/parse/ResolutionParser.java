package org.resolint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.resolint.model.FootnoteMarker;
import org.resolint.model.Location;
import org.resolint.model.NumberStyle;
import org.resolint.model.OpenerForm;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.model.TextKind;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;

/**
 * Builds the {@link Resolution} model from located lines: cover, enacting formula, preamble,
 * operative part with its sub-paragraph tree, headings, annexes, voting notes and footnotes.
 */
public final class ResolutionParser {
    private static final Pattern ENACTING = Pattern.compile("^[“\"]?The Security Council\\s*,?$");
    static final Pattern ANNEX = Pattern.compile(
            "^(?i:annex(es)?|appendix|attachment|enclosure)(\\b.{0,120})?$");
    static final Pattern NOTE = Pattern.compile(
            "^Adopted (unanimously |without (a )?vote )?(at|by) (the|its) .*\\d.*");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,3}|\\*{1,3}|[a-z])[\\s\\u00A0]+\\S.*");
    private static final Pattern SECTION_NUMERAL = Pattern.compile("^(?:[IVXL]+|[A-Z])\\.?$");
    /** A section heading that opens with its numeral: {@code II}, {@code B.}, {@code II. Mandate}. */
    private static final Pattern SECTION_HEAD = Pattern.compile("^([IVXL]+|[A-Z])(?:\\.?$|\\.[\\s\\u00A0]+\\p{Lu}.*)");

    private final OpenerAnalyzer openers;
    private final ParagraphStarts starts;

    public ResolutionParser() {
        this(new OpenerAnalyzer(OpenerLexicon.bundled()));
    }

    public ResolutionParser(OpenerAnalyzer openers) {
        this.openers = openers;
        this.starts = new ParagraphStarts(openers, OpenerLexicon.bundled());
    }

    public Resolution parse(SourceText source) {
        List<SourceLine> lines = source.lines();
        int enacting = findEnactingFormula(lines);
        boolean quoted = enacting >= 0 && !Text.stripBlanks(lines.get(enacting).text()).startsWith("The");
        int bodyStart = enacting >= 0 ? enacting + 1 : coverEnd(lines);
        Masthead masthead = MastheadParser.parse(lines.subList(0, enacting >= 0 ? enacting : bodyStart), quoted);
        // The PDF and Akoma Ntoso readers find paragraph ends themselves and mark them with blank lines.
        boolean readerSeparates = "pdf".equals(source.format()) || "akoma-ntoso".equals(source.format());
        BlockSplitter.Split split = BlockSplitter.split(lines.subList(bodyStart, lines.size()), quoted,
                readerSeparates ? null : starts);
        List<Block> blocks = split.blocks();
        Location formula = null;
        if (enacting >= 0) {
            SourceLine line = lines.get(enacting);
            formula = new Location(line.number(), line.column() + Text.leadingBlanks(line.text()) + (quoted ? 1 : 0));
        }
        Assembly assembly = new Assembly(blocks, split.firstFootnote(), "markdown".equals(source.format()));
        List<Paragraph> paragraphs = assembly.build();
        return new Resolution(source.path().toString(), masthead.kind(), masthead.symbol(),
                masthead.number(), masthead.year(), formula, paragraphs,
                lines.subList(0, enacting >= 0 ? enacting : bodyStart).stream().map(SourceLine::text).toList(),
                split.layout(), assembly.lazy);
    }

    private static int findEnactingFormula(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ENACTING.matcher(Text.stripBlanks(lines.get(i).text())).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Without an enacting formula, the body starts after the leading cover lines. */
    private static int coverEnd(List<SourceLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            String t = Text.stripBlanks(lines.get(i).text());
            if (!t.isEmpty() && !MastheadParser.COVER_LINE.matcher(t).matches()) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Classifies the blocks of one text in order; one instance per parse. */
    private final class Assembly {
        private final List<Block> blocks;
        private final List<Paragraph> out = new ArrayList<>();
        private final SubparagraphTracker subs = new SubparagraphTracker();
        private Paragraph previousOperative;
        private int preambular;
        private int operativeCount;
        private int headings;
        private int annexCount;
        private int footnoteStart;
        private int operativeStart;
        private int annexStart;
        private int index;
        /** Operative numbering restarts at 1 after section headings: each section is its own scope. */
        private boolean sectioned;
        private String section = "";

        /** A Markdown list numbered 1. 1. 1.: read as Markdown renders it, 1, 2, 3. */
        private boolean lazy;
        private int lazyNumber;
        private final boolean markdown;

        /** Where the footnotes that close the text start, as the lines showed them. */
        private final int firstFootnote;

        Assembly(List<Block> blocks, int firstFootnote, boolean markdown) {
            this.blocks = blocks;
            this.firstFootnote = firstFootnote;
            this.markdown = markdown;
        }

        List<Paragraph> build() {
            footnoteStart = findFootnotes();
            operativeStart = findOperativeStart();
            annexStart = findAnnexStart();
            sectioned = numberingRestartsBySection();
            lazy = markdown && numberedOnlyOne();
            for (int i = 0; i < blocks.size(); i++) {
                index = i;
                Block block = blocks.get(i);
                String nextRaw = i + 1 < blocks.size() ? rawMarker(blocks.get(i + 1)) : null;
                if (i >= footnoteStart || Footnotes.isMarkdownNote(block.text())) {
                    add(block, ParagraphKind.FOOTNOTE, Footnotes.label(block.text()), 0, null);
                } else if (i >= annexStart) {
                    annexParagraph(block);
                } else if (i < operativeStart) {
                    preambleParagraph(block, nextRaw);
                } else {
                    operativeParagraph(block, nextRaw);
                }
            }
            return out;
        }

        private String rawMarker(Block b) {
            Marker m = Marker.parse(b.text());
            return m == null ? null : m.raw();
        }

        private int findFootnotes() {
            int i = firstFootnote;
            while (i > 0) {
                Block b = blocks.get(i - 1);
                Marker m = Marker.parse(b.text());
                // A footnote is one line, or a short block when the text is hard-wrapped.
                boolean footnote = (b.lines().size() == 1 || b.text().length() <= 400) && FOOTNOTE.matcher(b.text()).matches()
                        && (m == null || m.type() != Marker.Type.NUMBER);
                if (!footnote) {
                    break;
                }
                i--;
            }
            return i;
        }

        /** The first numbered paragraph, moved back over operative-verb paragraphs that lost their numbers. */
        private int findOperativeStart() {
            int firstNumbered = -1;
            for (int i = 0; i < footnoteStart; i++) {
                Block b = blocks.get(i);
                if (ANNEX.matcher(b.text()).matches() && i > 0) {
                    break;
                }
                Marker m = Marker.parse(b.text());
                if (m != null && m.type() == Marker.Type.NUMBER) {
                    firstNumbered = i;
                    break;
                }
            }
            if (firstNumbered >= 0) {
                int start = firstNumbered;
                while (start > 0 && isUnnumberedOperative(blocks.get(start - 1))) {
                    start--;
                }
                return start;
            }
            for (int i = 0; i < footnoteStart; i++) {
                if (isUnnumberedOperative(blocks.get(i))) {
                    return i;
                }
            }
            return footnoteStart;
        }

        private boolean isUnnumberedOperative(Block b) {
            return Marker.parse(b.text()) == null && openers.analyze(b.text()).form() == OpenerForm.OPERATIVE;
        }

        private int findAnnexStart() {
            for (int i = Math.max(operativeStart, 1); i < footnoteStart; i++) {
                if (ANNEX.matcher(blocks.get(i).text()).matches()) {
                    return i;
                }
            }
            return footnoteStart;
        }

        /**
         * Whether a section heading ({@code II}) stands between two numbered operative paragraphs
         * and the one after it is numbered 1 again, as in General Assembly texts and some declarations.
         */
        private boolean numberingRestartsBySection() {
            boolean numberSeen = false;
            boolean sectionSince = false;
            for (int i = 0; i < annexStart; i++) {
                String text = blocks.get(i).text();
                Marker m = Marker.parse(text);
                if (m != null && m.type() == Marker.Type.NUMBER) {
                    if (numberSeen && sectionSince && m.number() == 1) {
                        return true;
                    }
                    numberSeen = true;
                    sectionSince = false;
                } else if (m == null && SECTION_HEAD.matcher(text).matches() && isHeading(text)) {
                    sectionSince = true;
                }
            }
            return false;
        }

        /** Whether every numbered operative paragraph, and at least two, is written 1. */
        private boolean numberedOnlyOne() {
            int numbered = 0;
            for (int i = operativeStart; i < annexStart; i++) {
                Marker m = Marker.parse(blocks.get(i).text());
                if (m != null && m.type() == Marker.Type.NUMBER) {
                    if (m.number() != 1 || !m.raw().equals("1")) {
                        return false;
                    }
                    numbered++;
                }
            }
            return numbered >= 2;
        }

        private void preambleParagraph(Block block, String nextRaw) {
            Marker m = Marker.parse(block.text());
            if (m != null && m.type() != Marker.Type.NUMBER && m.type() != Marker.Type.PREAMBLE_LABEL && subs.hasTop()) {
                subparagraph(block, m, nextRaw);
            } else if (m == null && (isHeading(block.text()) || isTitleBeforeNumbered(block.text()))) {
                heading(block);
            } else {
                int shift = m != null && m.type() == Marker.Type.PREAMBLE_LABEL ? m.length() : 0;
                Paragraph p = add(block, shift, ParagraphKind.PREAMBULAR, "PP" + (++preambular),
                        shift > 0 ? "PP" + m.raw() : "", NumberStyle.NONE, 0, null, null, 0);
                subs.startTop(p);
            }
        }

        private void operativeParagraph(Block block, String nextRaw) {
            String text = block.text();
            Marker m = Marker.parse(text);
            if (m != null && m.type() == Marker.Type.NUMBER) {
                numberedOperative(block, m, nextRaw);
            } else if (m != null && m.type() != Marker.Type.PREAMBLE_LABEL && isSectionHeading(text, m)) {
                markedHeading(block, m);
            } else if (m != null && m.type() != Marker.Type.PREAMBLE_LABEL) {
                subparagraph(block, m, nextRaw);
            } else if (NOTE.matcher(text).matches()) {
                add(block, ParagraphKind.NOTE, "Note", 0, null);
            } else if (openers.analyze(text).form() == OpenerForm.OPERATIVE) {
                operativeCount++;
                Paragraph p = add(block, 0, ParagraphKind.OPERATIVE, "OP" + operativeCount, "",
                        NumberStyle.NONE, 0, null, previousOperative, 0);
                previousOperative = p;
                subs.startTop(p);
            } else if (isHeading(text) || isTitleBeforeNumbered(text)) {
                heading(block);
            } else {
                continuation(block);
            }
        }

        private void numberedOperative(Block block, Marker m, String nextRaw) {
            operativeCount++;
            if (lazy) {
                int rendered = ++lazyNumber;
                m = new Marker(Marker.Type.NUMBER, Integer.toString(rendered), rendered, m.length());
            }
            String rest = block.text().substring(m.length());
            Marker inner = Marker.parse(rest);
            boolean nestedItem = inner != null && inner.type() != Marker.Type.NUMBER
                    && inner.type() != Marker.Type.PREAMBLE_LABEL && inner.type() != Marker.Type.BULLET;
            String label = section.isEmpty() ? m.raw() : section + "." + m.raw();
            Paragraph p = add(block, m.length(), ParagraphKind.OPERATIVE, label, m.raw() + ".",
                    NumberStyle.ARABIC, m.number(), null, previousOperative, 0);
            previousOperative = p;
            subs.startTop(p);
            if (nestedItem) {
                // "1. (a) ..." : paragraph 1 opens directly with its first sub-paragraph.
                placeItem(block, m.length(), inner, nextRaw);
            }
        }

        private void subparagraph(Block block, Marker m, String nextRaw) {
            if (!subs.hasTop()) {
                continuation(block);
                return;
            }
            placeItem(block, 0, m, nextRaw);
        }

        private void placeItem(Block block, int offset, Marker m, String nextRaw) {
            SubparagraphTracker.Placement at = subs.place(m, nextRaw);
            String written = m.asWritten();
            String label = at.style() == NumberStyle.BULLET
                    ? at.parent().getLabel() + ", item " + at.index()
                    : at.parent().getLabel() + " (" + m.raw() + ")";
            Paragraph p = add(block, offset, offset + m.length(), ParagraphKind.SUBPARAGRAPH, label, written,
                    at.style(), at.value(), at.parent(), at.previous(), at.depth());
            subs.placed(p);
        }

        private void annexParagraph(Block block) {
            Marker m = Marker.parse(block.text());
            annexCount++;
            String label = m != null && m.type() == Marker.Type.NUMBER ? "Annex " + m.raw() : "Annex ¶" + annexCount;
            add(block, ParagraphKind.ANNEX, label, 0, null);
        }

        /**
         * "(ii) Exceptions" between operative paragraphs: a marked heading of the operative part,
         * not an item of the paragraph before it. It has no list open before it and a numbered
         * paragraph right after it.
         */
        private boolean isSectionHeading(String text, Marker m) {
            if (m.type() == Marker.Type.BULLET || subs.hasOpenList() || index + 1 >= footnoteStart) {
                return false;
            }
            Marker next = Marker.parse(blocks.get(index + 1).text());
            if (next == null || next.type() != Marker.Type.NUMBER) {
                return false;
            }
            String rest = text.substring(m.length());
            return !rest.isEmpty() && isHeading(rest);
        }

        private void markedHeading(Block block, Marker m) {
            add(block, 0, m.length(), ParagraphKind.HEADING, "H" + (++headings), m.asWritten(),
                    NumberStyle.NONE, 0, null, null, 0);
        }

        private void heading(Block block) {
            if (sectioned) {
                java.util.regex.Matcher m = SECTION_HEAD.matcher(block.text());
                if (m.matches()) {
                    // A new numbering scope: its first paragraph has no previous sibling to be compared with.
                    section = m.group(1);
                    previousOperative = null;
                }
            }
            add(block, ParagraphKind.HEADING, "H" + (++headings), 0, null);
        }

        /** Text that carries on the paragraph before it (a quoted passage, a second block of prose). */
        private void continuation(Block block) {
            if (out.isEmpty()) {
                Paragraph p = add(block, 0, ParagraphKind.PREAMBULAR, "PP" + (++preambular), "",
                        NumberStyle.NONE, 0, null, null, 0);
                subs.startTop(p);
                return;
            }
            Paragraph last = out.get(out.size() - 1);
            add(block, 0, ParagraphKind.SUBPARAGRAPH, last.getLabel() + ", continued", "", NumberStyle.NONE, 0,
                    last.getKind() == ParagraphKind.SUBPARAGRAPH ? last.getParent() : last, null, last.getDepth() + 1);
        }

        private boolean isHeading(String text) {
            if (SECTION_NUMERAL.matcher(text).matches()) {
                return true;
            }
            // "Recalling its resolution 2231 (2015),1": the footnote call does not hide the comma.
            text = FootnoteMarker.strip(text);
            // "Acting under Chapter VII of the Charter" without its comma is a paragraph that lost its mark.
            if (starts.opens(text)) {
                return false;
            }
            if (text.length() > 100 || Text.wordCount(text) > 12 || text.isEmpty()) {
                return false;
            }
            char end = text.charAt(text.length() - 1);
            return ",;:".indexOf(end) < 0 && !(end == '.' && Text.wordCount(text) > 4)
                    && !Character.isLowerCase(text.codePointAt(0));
        }

        /**
         * "Political process, including the implementation of the APPR, and extension of State authority"
         * right before a numbered paragraph: a section title too long for {@link #isHeading}, but
         * capitalised, without end punctuation and without a preambular or operative opener.
         */
        private boolean isTitleBeforeNumbered(String text) {
            if (text.isEmpty() || text.length() > 160 || Text.wordCount(text) > 20
                    || Character.isLowerCase(text.codePointAt(0)) || index + 1 >= footnoteStart) {
                return false;
            }
            char end = text.charAt(text.length() - 1);
            if (!Character.isLetterOrDigit(end) && end != ')') {
                return false;
            }
            Marker next = Marker.parse(blocks.get(index + 1).text());
            return next != null && next.type() == Marker.Type.NUMBER
                    && openers.analyze(text).form() == OpenerForm.OTHER;
        }

        private Paragraph add(Block block, ParagraphKind kind, String label, int depth, Paragraph parent) {
            return add(block, 0, kind, label, "", NumberStyle.NONE, 0, parent, null, depth);
        }

        private Paragraph add(Block block, int shift, ParagraphKind kind, String label, String marker,
                              NumberStyle style, int value, Paragraph parent, Paragraph previous, int depth) {
            return add(block, 0, shift, kind, label, marker, style, value, parent, previous, depth);
        }

        /** {@code markerOffset}: where the marker starts in the block; {@code shift}: where the text starts. */
        private Paragraph add(Block block, int markerOffset, int shift, ParagraphKind kind, String label,
                              String marker, NumberStyle style, int value, Paragraph parent, Paragraph previous,
                              int depth) {
            Paragraph.Builder b = new Paragraph.Builder();
            String text = block.text().substring(Math.min(shift, block.text().length()));
            int lead = Text.leadingBlanks(text);
            text = text.substring(lead);
            b.kind = kind;
            b.label = label;
            b.marker = marker;
            b.style = style;
            b.value = value;
            b.parent = parent;
            b.previousSibling = previous;
            b.depth = depth;
            b.ordinal = out.size();
            b.text = text;
            b.textMap = block.map().build(shift + lead);
            b.section = kind == ParagraphKind.OPERATIVE || kind == ParagraphKind.SUBPARAGRAPH ? section : "";
            // A paragraph stands where its marker stands: column 1 for "12.", after "1. " for "(a)".
            b.location = block.map().build(0).locate(markerOffset);
            b.lastLine = block.lastLine();
            Opener opener = kind == ParagraphKind.PREAMBULAR || kind == ParagraphKind.OPERATIVE
                    || kind == ParagraphKind.SUBPARAGRAPH ? openers.analyze(text) : Opener.NONE;
            b.opener = opener.phrase();
            b.openerVerb = opener.verb();
            b.openerForm = opener.form();
            b.operativeVerbAfterOpener = opener.form() == OpenerForm.PREAMBULAR && openers.operativeVerbLater(text);
            Paragraph p = b.build();
            out.add(p);
            return p;
        }

    }
}
