package org.resolint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.Severity;

/**
 * The global {@code findings} every rule reports to. A rule names only what it found; its id
 * and severity come from its own {@code @id} and {@code @severity}, declared once in the DRL
 * (a {@link JavaRule} passes itself as {@code rule}: its id and severity are its own).
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    /** A finding on a paragraph, at its marker. */
    public void report(Object rule, Paragraph paragraph, String message, Object suggestion) {
        add(rule, paragraph.getLabel(), paragraph.getLocation(), message, suggestion, List.of());
    }

    /** A finding on words inside a paragraph, at character {@code offset} of its text. */
    public void reportAt(Object rule, Paragraph paragraph, int offset, String message, Object suggestion) {
        add(rule, paragraph.getLabel(), paragraph.locate(offset), message, suggestion, List.of());
    }

    /**
     * A finding on the words {@code words} that stand at character {@code offset} of the paragraph's
     * text: the finding spans them. When the text does not hold those words there (a fact that
     * normalised them), the finding points at {@code offset} without a span.
     */
    public void reportWords(Object rule, Paragraph paragraph, int offset, String words, String message,
                            Object suggestion) {
        add(rule, null, paragraph.getLabel(), paragraph.locate(offset), spanEnd(paragraph, offset, words),
                message, suggestion, List.of());
    }

    /**
     * As {@link #reportWords}, with a fix that mends the words ({@link Fixes}); a null fix (the words run
     * over a line break) leaves the finding without one.
     */
    public void reportWords(Object rule, Paragraph paragraph, int offset, String words, String message,
                            Object suggestion, Fix fix) {
        add(rule, null, paragraph.getLabel(), paragraph.locate(offset), spanEnd(paragraph, offset, words),
                message, suggestion, List.of(), fix);
    }

    /** As {@link #reportWordsRelated} with a fix (see {@link #reportWords(Object, Paragraph, int, String, String, Object, Fix)}). */
    public void reportWordsRelated(Object rule, Paragraph paragraph, int offset, String words, String message,
                                   Object suggestion, List<Location> related, Fix fix) {
        add(rule, null, paragraph.getLabel(), paragraph.locate(offset), spanEnd(paragraph, offset, words),
                message, suggestion, related, fix);
    }

    /** As {@link #reportWords}, naming other places too (every reference to update). */
    public void reportWordsRelated(Object rule, Paragraph paragraph, int offset, String words, String message,
                                   Object suggestion, List<Location> related) {
        add(rule, null, paragraph.getLabel(), paragraph.locate(offset), spanEnd(paragraph, offset, words),
                message, suggestion, related);
    }

    /**
     * Where the words end (exclusive), or null when the paragraph's text does not hold them at
     * {@code offset}. Computed from the last character so a span that closes a wrapped line ends on it.
     */
    static Location spanEnd(Paragraph paragraph, int offset, String words) {
        String text = paragraph.getText();
        if (words == null || words.isEmpty() || offset < 0 || offset + words.length() > text.length()
                || !text.regionMatches(true, offset, words, 0, words.length())) {
            return null;
        }
        Location last = paragraph.locate(offset + words.length() - 1);
        return new Location(last.line(), last.column() + 1);
    }

    /** A finding on words inside a paragraph that names other places too (every reference to update). */
    public void reportAtRelated(Object rule, Paragraph paragraph, int offset, String message, Object suggestion,
                                List<Location> related) {
        add(rule, paragraph.getLabel(), paragraph.locate(offset), message, suggestion, related);
    }

    /** A finding on a paragraph that names other places (the first use of a duplicated number). */
    public void reportRelated(Object rule, Paragraph paragraph, String message, Object suggestion,
                              Paragraph related) {
        add(rule, paragraph.getLabel(), paragraph.getLocation(), message, suggestion,
                List.of(related.getLocation()));
    }

    /** A finding on the whole text, with no paragraph; {@code at} is where to point (line 1 if null). */
    public void reportText(Object rule, Location at, String message, Object suggestion) {
        add(rule, null, at == null ? Location.START : at, message, suggestion, List.of());
    }

    /**
     * A whole-text finding whose severity the fact carries (a template clause's own severity)
     * instead of the rule's {@code @severity}.
     */
    public void reportTextAs(Object rule, Severity severity, Location at, String message, Object suggestion) {
        add(rule, severity, null, at == null ? Location.START : at, message, suggestion, List.of());
    }

    private void add(Object rule, String label, Location at, String message, Object suggestion,
                     List<Location> related) {
        add(rule, null, label, at, message, suggestion, related);
    }

    private void add(Object rule, Severity given, String label, Location at, String message, Object suggestion,
                     List<Location> related) {
        add(rule, given, label, at, null, message, suggestion, related);
    }

    private void add(Object rule, Severity given, String label, Location at, Location end, String message,
                     Object suggestion, List<Location> related) {
        add(rule, given, label, at, end, message, suggestion, related, null);
    }

    private void add(Object rule, Severity given, String label, Location at, Location end, String message,
                     Object suggestion, List<Location> related, Fix fix) {
        String id;
        Severity severity;
        if (rule instanceof JavaRule java) {
            id = java.id();
            severity = given != null ? given : java.severity();
        } else {
            Map<String, Object> meta = context(rule).getRule().getMetaData();
            id = String.valueOf(meta.get("id"));
            severity = given != null ? given : Severity.parse(String.valueOf(meta.get("severity")));
        }
        findings.add(new Finding(id, severity, label, at, end, message,
                suggestion == null ? null : suggestion.toString(), related, null,
                fix == null ? List.of() : List.of(fix)));
    }

    /**
     * The rule firing: {@code drools} in a consequence is a RuleContext when DRL is interpreted
     * and an executable-model {@code Drools} when it is compiled; both lead to the rule.
     */
    private static RuleContext context(Object drools) {
        if (drools instanceof RuleContext ctx) {
            return ctx;
        }
        if (drools instanceof org.drools.model.Drools model) {
            return model.getContext(RuleContext.class);
        }
        throw new IllegalArgumentException("pass 'drools' (or the Java rule) as the first argument, not " + drools);
    }

    public List<Finding> findings() {
        return findings;
    }
}
