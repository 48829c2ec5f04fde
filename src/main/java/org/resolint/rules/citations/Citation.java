package org.resolint.rules.citations;

import java.time.LocalDate;
import org.resolint.model.Paragraph;

/**
 * One cited resolution or document, where it stands, what it says, and (for a Security Council
 * resolution) what the bundled table knows of that number. A list such as
 * {@code resolutions 1265 (1999), 1296 (2000) and 1674 (2006)} gives one citation per item.
 */
public final class Citation {
    private final Paragraph paragraph;
    private final CitationKind kind;
    private final String lead;
    private final int leadOffset;
    private final String text;
    private final int offset;
    private final Integer number;
    private final Integer year;
    private final LocalDate citedDate;
    private final TableFacts table;
    private final SymbolParts symbol;

    /** What the table says of the cited number; all null or false for anything but an SC resolution. */
    public record TableFacts(boolean covered, LocalDate adopted, Integer minYear, Integer maxYear,
                             int latest, LocalDate latestDate) {
        static final TableFacts NONE = new TableFacts(false, null, null, null, 0, null);
    }

    /**
     * The parts of a document symbol read from a form that may hold stray spaces ({@code S/PRST/ 2014/23},
     * {@code S/2011 591}): its series ({@code S/PRST/} or {@code S/}), year and serial number.
     */
    public record SymbolParts(String series, String year, String serial) {
        /** The symbol written the standard way from its parts: {@code S/PRST/2014/23}. */
        public String standardForm() {
            return series + year + "/" + serial;
        }
    }

    public Citation(Paragraph paragraph, CitationKind kind, String lead, int leadOffset, String text, int offset,
                    Integer number, Integer year, LocalDate citedDate, TableFacts table) {
        this.paragraph = paragraph;
        this.kind = kind;
        this.lead = lead;
        this.leadOffset = leadOffset;
        this.text = text;
        this.offset = offset;
        this.number = number;
        this.year = year;
        this.citedDate = citedDate;
        this.table = table == null ? TableFacts.NONE : table;
        this.symbol = null;
    }

    /** A symbol read with spaces around its parts ({@code S/PRST/ 2014/23}, {@code S/2011 591}), and those parts. */
    public Citation(Paragraph paragraph, CitationKind kind, String text, int offset, SymbolParts symbol) {
        this.paragraph = paragraph;
        this.kind = kind;
        this.lead = text;
        this.leadOffset = offset;
        this.text = text;
        this.offset = offset;
        this.number = null;
        this.year = null;
        this.citedDate = null;
        this.table = TableFacts.NONE;
        this.symbol = symbol;
    }

    public Paragraph getParagraph() { return paragraph; }
    public CitationKind getKind() { return kind; }
    public boolean isSecurityCouncil() { return kind == CitationKind.SC_RESOLUTION; }
    /** The word that introduces it as written: {@code resolution}, {@code Resolutions}, {@code UNSCR}, {@code S/RES/}. */
    public String getLead() { return lead; }
    /** Offset of the lead word in the paragraph text (the lead of the whole list for a list item). */
    public int getLeadOffset() { return leadOffset; }
    /** The item as written: {@code 2272 (2015)}, {@code 1524 of 30 January 2004}, {@code S/PRST/2015/22}. */
    public String getText() { return text; }
    /** Offset of the item in the paragraph text. */
    public int getOffset() { return offset; }
    /** The character just before the item as written ({@code " "}, {@code ","}), or "" at the start. */
    public String getCharBefore() {
        return offset > 0 && offset <= paragraph.getText().length() ? paragraph.getText().substring(offset - 1, offset) : "";
    }
    /** The lead word stands right before this item ({@code resolution 2473}), not before an earlier item of its list. */
    public boolean isFirstOfLead() {
        return leadOffset + lead.length() < offset && paragraph.getText().substring(leadOffset + lead.length(), offset).isBlank();
    }
    /** What stands before the lead word in its paragraph, up to 40 characters: tells a sentence start. */
    public String getBeforeLead() {
        return paragraph.getText().substring(Math.max(0, leadOffset - 40), Math.max(0, leadOffset));
    }
    /** The resolution number (SC), the statement's or document's serial number, or null. */
    public Integer getNumber() { return number; }
    /** The year as cited, in brackets, in a date after "of", or in the symbol; null when none is given. */
    public Integer getYear() { return year; }
    /** A date cited with it ({@code resolution 1524 of 30 January 2004}), or null. */
    public LocalDate getCitedDate() { return citedDate; }
    /** Within the table's range: the resolution exists (with or without a row). */
    public boolean isCovered() { return table.covered(); }
    /** Adoption date from the table, or null when unknown (no row, beyond the table, not an SC resolution). */
    public LocalDate getAdopted() { return table.adopted(); }
    /** Earliest year the number can bear, or null when unknown. */
    public Integer getMinYear() { return table.minYear(); }
    /** Latest year the number can bear, or null when unbounded (beyond the table). */
    public Integer getMaxYear() { return table.maxYear(); }
    /** The highest number in the table and its date, for messages. */
    public int getLatest() { return table.latest(); }
    public LocalDate getLatestDate() { return table.latestDate(); }

    /** The parts of a symbol read with spaces among them, or null for a citation read otherwise. */
    public SymbolParts getSymbolParts() { return symbol; }
    /** Those parts written the standard way ({@code S/PRST/2014/23}), or null; the DRL compares it with {@link #getText()}. */
    public String getStandardForm() { return symbol == null ? null : symbol.standardForm(); }

    /** The year the table proves, or null when the table cannot tell. */
    public Integer getKnownYear() {
        if (table.adopted() != null) {
            return table.adopted().getYear();
        }
        return table.minYear() != null && table.minYear().equals(table.maxYear()) ? table.minYear() : null;
    }

    /** The year of the table's latest resolution, or null when the table is empty. */
    public Integer getLatestYear() { return table.latestDate() == null ? null : table.latestDate().getYear(); }

    @Override
    public String toString() {
        return kind + " " + lead + " " + text + " in " + paragraph.getLabel();
    }
}
