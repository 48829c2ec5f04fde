package org.resolint.model;

import java.util.Comparator;
import java.util.List;

/** One thing a rule found. {@code paragraph} is null when the finding concerns the whole text. */
public record Finding(String rule, Severity severity, String paragraph, Location location,
                      String message, String suggestion, List<Location> related) {

    public static final Comparator<Finding> BY_LOCATION = Comparator
            .comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public String area() {
        int dot = rule.indexOf('.');
        return dot < 0 ? rule : rule.substring(0, dot);
    }
}
