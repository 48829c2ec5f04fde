package org.resolint.model;

import java.util.List;

/** The whole text as the rules see it: what it is, and its paragraphs in order. */
public final class Resolution {
    private final String path;
    private final TextKind kind;
    private final String symbol;
    private final Integer number;
    private final Integer year;
    private final Location enactingFormula;
    private final List<Paragraph> paragraphs;
    private final List<String> cover;
    private final TextLayout layout;
    private final boolean lazyNumbering;

    public Resolution(String path, TextKind kind, String symbol, Integer number, Integer year,
                      Location enactingFormula, List<Paragraph> paragraphs) {
        this(path, kind, symbol, number, year, enactingFormula, paragraphs, List.of());
    }

    public Resolution(String path, TextKind kind, String symbol, Integer number, Integer year,
                      Location enactingFormula, List<Paragraph> paragraphs, List<String> cover) {
        this(path, kind, symbol, number, year, enactingFormula, paragraphs, cover, TextLayout.BLANK_LINES, false);
    }

    public Resolution(String path, TextKind kind, String symbol, Integer number, Integer year,
                      Location enactingFormula, List<Paragraph> paragraphs, List<String> cover, TextLayout layout,
                      boolean lazyNumbering) {
        this.layout = layout;
        this.lazyNumbering = lazyNumbering;
        this.cover = List.copyOf(cover);
        this.path = path;
        this.kind = kind;
        this.symbol = symbol;
        this.number = number;
        this.year = year;
        this.enactingFormula = enactingFormula;
        this.paragraphs = List.copyOf(paragraphs);
    }

    public String getPath() { return path; }
    public TextKind getKind() { return kind; }
    /** {@code S/RES/2719 (2023)} or {@code S/2024/312}; null when the text names none. */
    public String getSymbol() { return symbol; }
    /** Resolution number if adopted, else null. */
    public Integer getNumber() { return number; }
    public Integer getYear() { return year; }
    public boolean isEnactingFormulaPresent() { return enactingFormula != null; }
    /** Where {@code The Security Council,} stands, or null. */
    public Location getEnactingFormula() { return enactingFormula; }
    public List<Paragraph> getParagraphs() { return paragraphs; }
    /** The cover lines before the enacting formula as written ("Zero draft", "Rev. 2 – under silence"). */
    public List<String> getCover() { return cover; }

    /** How the text's lines were read as paragraphs. */
    public TextLayout getLayout() { return layout; }
    /** A Markdown source numbering every operative paragraph "1.": the model carries the rendered numbers. */
    public boolean isLazyNumbering() { return lazyNumbering; }

    public long count(ParagraphKind k) {
        return paragraphs.stream().filter(p -> p.getKind() == k).count();
    }

    /** Analyses derived from this text (its references resolved ...), each computed once per draft. */
    private final java.util.Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The analysis {@code key} of this text, computed by {@code compute} the first time it is asked
     * for: the check, fix, compare and the reports then share one result (the model never changes).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.get());
    }
}
