package org.resolint.model;

/**
 * One clause the chosen template requires, judged against the text: met, missing, or present
 * only in the preamble when the operative part should carry it. Built from templates/*.yaml.
 */
public final class Requirement {
    private final String template;
    private final String clause;
    private final String title;
    private final String why;
    private final String where;
    private final Severity severity;
    private final boolean applies;
    private final Paragraph foundIn;
    private final Paragraph preambleOnly;
    private final String example;
    private final Location anchor;

    public Requirement(String template, String clause, String title, String why, String where, Severity severity,
                       boolean applies, Paragraph foundIn, Paragraph preambleOnly, String example, Location anchor) {
        this.anchor = anchor;
        this.template = template;
        this.clause = clause;
        this.title = title;
        this.why = why;
        this.where = where;
        this.severity = severity;
        this.applies = applies;
        this.foundIn = foundIn;
        this.preambleOnly = preambleOnly;
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
    /** False when the clause's applies-when condition does not hold for this text. */
    public boolean isApplies() { return applies; }
    /** The first paragraph where the clause stands, or null. */
    public Paragraph getFoundIn() { return foundIn; }
    /** A preambular paragraph that names the theme when the operative part should and does not; else null. */
    public Paragraph getPreambleOnly() { return preambleOnly; }
    /** A wording to suggest, or null. */
    public String getExample() { return example; }
    /** Where a missing clause would go: the last paragraph of the part it belongs in (or null). */
    public Location getAnchor() { return anchor; }

    @Override
    public String toString() {
        return template + "/" + clause + (applies ? (foundIn != null ? " met in " + foundIn.getLabel() : " unmet") : " n/a");
    }
}
