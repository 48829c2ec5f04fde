package org.resolint.model;

import java.util.function.Supplier;

/**
 * One clause the chosen template requires, and what the text shows of it: the year it is expected
 * from, whether its applies-when conditions are found, where it stands (or stands only in the
 * preamble). Built from templates/*.yaml; rules/clauses/clauses.drl decides what is missing.
 * The scans are done when a rule first asks, so clauses that do not apply cost nothing.
 */
public final class Requirement {
    private final String template;
    private final String clause;
    private final String title;
    private final String why;
    private final String where;
    private final Severity severity;
    private final Integer since;
    private final Integer textYear;
    private final boolean rollover;
    private final Lazy<Boolean> conditionsFound;
    private final Lazy<Paragraph> foundIn;
    private final Lazy<Paragraph> preambleOnly;
    private final String example;
    private final Location anchor;

    /** What the text shows, computed once on first use (a text scan). */
    public static final class Lazy<T> {
        private Supplier<T> supplier;
        private T value;

        public Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        public synchronized T get() {
            if (supplier != null) {
                value = supplier.get();
                supplier = null;
            }
            return value;
        }
    }

    /**
     * @param since           the first year the clause is expected in (the anchor resolution's), or null
     * @param textYear        the year of the text, or null
     * @param rollover        the text is a technical rollover of its template (it carries the rest by reference)
     * @param conditionsFound whether every applies-when condition of the clause is found in the text
     * @param foundIn         the first paragraph where the clause stands, or null
     * @param preambleOnly    a preambular paragraph naming the theme when an operative clause is not found; or null
     */
    public Requirement(String template, String clause, String title, String why, String where, Severity severity,
                       Integer since, Integer textYear, boolean rollover, Supplier<Boolean> conditionsFound,
                       Supplier<Paragraph> foundIn, Supplier<Paragraph> preambleOnly, String example, Location anchor) {
        this.anchor = anchor;
        this.template = template;
        this.clause = clause;
        this.title = title;
        this.why = why;
        this.where = where;
        this.severity = severity;
        this.since = since;
        this.textYear = textYear;
        this.rollover = rollover;
        this.conditionsFound = new Lazy<>(conditionsFound);
        this.foundIn = new Lazy<>(foundIn);
        this.preambleOnly = new Lazy<>(preambleOnly);
        this.example = example;
    }

    public String getTemplate() { return template; }
    /** The clause id of the template ({@code protection-of-civilians}). */
    public String getClause() { return clause; }
    public String getTitle() { return title; }
    /** Why the clause is expected, naming the anchor resolution. */
    public String getWhy() { return why; }
    /** {@code preamble}, {@code operative} or {@code either}. */
    public String getWhere() { return where; }
    public Severity getSeverity() { return severity; }
    /** The first year the template expects the clause in, or null when always. */
    public Integer getSince() { return since; }
    /** The year of the text, or null when unknown. */
    public Integer getTextYear() { return textYear; }
    /** The text is a technical rollover: it carries its other provisions by reference. */
    public boolean isRollover() { return rollover; }
    /** Every applies-when condition of the clause is found in the text (true when it has none). */
    public boolean isConditionsFound() { return conditionsFound.get(); }
    /** The first paragraph where the clause stands, or null. */
    public Paragraph getFoundIn() { return foundIn.get(); }
    /** A preambular paragraph that names the theme when the operative part should and does not; else null. */
    public Paragraph getPreambleOnly() { return preambleOnly.get(); }
    /** A wording to suggest, or null. */
    public String getExample() { return example; }
    /** Where a missing clause would go: the last paragraph of the part it belongs in (or null). */
    public Location getAnchor() { return anchor; }

    @Override
    public String toString() {
        return template + "/" + clause;
    }
}
