package org.resolint.model;

import java.util.Comparator;
import java.util.List;

/**
 * One thing a rule found. {@code paragraph} is null when the finding concerns the whole text.
 *
 * @param location   where the offending words start (1-based line and column)
 * @param end        where they end, exclusive (the position just after the last character), or
 *                   null when the rule did not say which words (a finding on a whole paragraph)
 * @param suggestion a literal replacement or a short hint, shown as "(suggestion: …)"
 * @param help       a longer explanation of what to do, separate from the literal suggestion; may be null
 * @param fixes      edits that would mend the finding, each safe or unsafe to apply unread
 */
public record Finding(String rule, Severity severity, String paragraph, Location location, Location end,
                      String message, String suggestion, List<Location> related, String help, List<Fix> fixes) {

    public static final Comparator<Finding> BY_LOCATION = Comparator
            .comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** A finding without a span, help or fixes (the form most rules and tests use). */
    public Finding(String rule, Severity severity, String paragraph, Location location,
                   String message, String suggestion, List<Location> related) {
        this(rule, severity, paragraph, location, null, message, suggestion, related, null, List.of());
    }

    public String area() {
        int dot = rule.indexOf('.');
        return dot < 0 ? rule : rule.substring(0, dot);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, paragraph, location, end, message, suggestion, related, help, fixes);
    }

    public Finding withMessage(String m) {
        return new Finding(rule, severity, paragraph, location, end, m, suggestion, related, help, fixes);
    }

    public Finding withFixes(List<Fix> f) {
        return new Finding(rule, severity, paragraph, location, end, message, suggestion, related, help, f);
    }

    public Finding withRelated(List<Location> r) {
        return new Finding(rule, severity, paragraph, location, end, message, suggestion, r, help, fixes);
    }

}
