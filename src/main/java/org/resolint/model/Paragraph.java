package org.resolint.model;

/**
 * One paragraph of a resolution as a Drools fact. Built once by the parser, then read-only
 * (the links to parent and previous sibling are set while the parser assembles the tree).
 */
public final class Paragraph {
    private final ParagraphKind kind;
    private final String label;
    private final String marker;
    private final NumberStyle style;
    private final int value;
    private final int ordinal;
    private final int depth;
    private final Paragraph parent;
    private final Paragraph previousSibling;
    private final String text;
    private final String opener;
    private final String openerVerb;
    private final OpenerForm openerForm;
    private final boolean operativeVerbAfterOpener;
    private final Location location;
    private final int lastLine;
    private final TextMap textMap;
    private final String section;
    /** Worked out on first use (rules ask often); a racing second computation gives the same value. */
    private String terminal;
    private String folded;

    private static final java.util.regex.Pattern INSERTION = java.util.regex.Pattern.compile("\\d+ (bis|ter|quater)\\.?");

    public Paragraph(Builder b) {
        this.kind = b.kind;
        this.label = b.label;
        this.marker = b.marker;
        this.style = b.style;
        this.value = b.value;
        this.ordinal = b.ordinal;
        this.depth = b.depth;
        this.parent = b.parent;
        this.previousSibling = b.previousSibling;
        this.text = b.text;
        this.opener = b.opener;
        this.openerVerb = b.openerVerb;
        this.openerForm = b.openerForm;
        this.operativeVerbAfterOpener = b.operativeVerbAfterOpener;
        this.location = b.location;
        this.lastLine = b.lastLine;
        this.textMap = b.textMap != null ? b.textMap : TextMap.single(b.location);
        this.section = b.section;
    }

    public ParagraphKind getKind() { return kind; }
    /** The label a reader would cite: {@code PP3}, {@code 20}, {@code 20 (a) (ii)}. */
    public String getLabel() { return label; }
    /** The marker as written ({@code 12}, {@code (a)}, {@code -}); empty when unnumbered. */
    public String getMarker() { return marker; }
    public NumberStyle getStyle() { return style; }
    /** Position in its sequence the marker stands for (12, (c) = 3, (iv) = 4); 0 unnumbered, -1 unreadable marker. */
    public int getValue() { return value; }
    public boolean isNumbered() { return style != NumberStyle.NONE && style != NumberStyle.BULLET; }
    /** A negotiation insertion label such as {@code 5 bis}, which shares its number on purpose. */
    public boolean isInsertion() { return INSERTION.matcher(marker).matches(); }
    /** The marker this paragraph's sequence expects after it ({@code 13}, {@code (d)}), or null if unknown. */
    public String getNextMarker() { return value > 0 ? style.marker(value + 1) : null; }
    /**
     * The numbering scope of an operative paragraph: the section numeral ({@code II}) in texts whose
     * operative numbering restarts at 1 in each section, else empty.
     */
    public String getSection() { return section; }
    /** 0-based position among all paragraphs of the text. */
    public int getOrdinal() { return ordinal; }
    /** 0 for preambular, operative, heading; 1 for (a); 2 for (i) under (a). */
    public int getDepth() { return depth; }
    public Paragraph getParent() { return parent; }
    /** The paragraph before this one in the same numbering sequence, or null for the first. */
    public Paragraph getPreviousSibling() { return previousSibling; }
    /** The text without the marker. */
    public String getText() { return text; }
    /** Opening phrase as written: {@code Further requests}, {@code Strongly condemning}. */
    public String getOpener() { return opener; }
    /** The opening word without modifiers, lower case: {@code requests}. */
    public String getOpenerVerb() { return openerVerb; }
    public OpenerForm getOpenerForm() { return openerForm; }
    /** A participial opening followed by the operative verb: "Acting under Chapter VII ..., decides". */
    public boolean isOperativeVerbAfterOpener() { return operativeVerbAfterOpener; }
    /** Last visible character of the text ({@code ,} {@code ;} {@code .} {@code :}), or empty. */
    public String getTerminal() {
        String t = terminal;
        if (t == null) {
            t = terminal();
            terminal = t;
        }
        return t;
    }

    private String terminal() {
        String t = text.strip();
        // A footnote marker after the punctuation ("Sylvania,1") is not the paragraph's last mark.
        t = FootnoteMarker.strip(t);
        while (!t.isEmpty() && "”\"’)".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith(".)")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? "" : t.substring(t.length() - 1);
    }
    /**
     * The text case-folded character by character as Java's case-insensitive regular expressions
     * compare letters (upper, then lower case: "ſ" and "S" both give "s"), so it has the same
     * length and offsets as the text. A literal that a case-insensitive pattern needs is in here
     * wherever the pattern can match: a cheap test before running the pattern.
     */
    public String foldedText() {
        String f = folded;
        if (f == null) {
            f = CaseFold.fold(text);
            folded = f;
        }
        return f;
    }

    public Location getLocation() { return location; }
    public int getLine() { return location.line(); }
    public int getColumn() { return location.column(); }
    public int getLastLine() { return lastLine; }
    /** Where character {@code offset} of {@link #getText()} stands in the file. */
    public Location locate(int offset) { return textMap.locate(offset); }

    @Override
    public String toString() {
        return kind + " " + label + " @" + location;
    }

    /** Mutable assembly of a paragraph; the parser fills it in. */
    public static final class Builder {
        public ParagraphKind kind;
        public String label = "";
        public String marker = "";
        public NumberStyle style = NumberStyle.NONE;
        public int value;
        public int ordinal;
        public int depth;
        public Paragraph parent;
        public Paragraph previousSibling;
        public String text = "";
        public String opener = "";
        public String openerVerb = "";
        public OpenerForm openerForm = OpenerForm.OTHER;
        public boolean operativeVerbAfterOpener;
        public Location location = Location.START;
        public int lastLine = 1;
        public TextMap textMap;
        public String section = "";

        public Paragraph build() {
            return new Paragraph(this);
        }
    }
}
