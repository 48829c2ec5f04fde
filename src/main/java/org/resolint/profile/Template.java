package org.resolint.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of resolution and the clauses it must carry, read from {@code templates/NAME.yaml}.
 * {@code detect} lists conditions that must all hold for automatic detection to pick it (none:
 * never picked automatically); templates are tried by descending {@code priority}. {@code rollover}
 * (optional) recognises a technical rollover, which is asked only for the clauses of severity error.
 */
public record Template(String name, String title, String description, Integer priority, List<Condition> detect,
                       List<Clause> clauses, Rollover rollover) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Template {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a template needs name: lower case words joined by hyphens"
                    + (name == null ? "" : " (has '" + name + "')"));
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("template " + name + " needs title");
        }
        priority = priority == null ? 0 : priority;
        detect = detect == null ? List.of() : List.copyOf(detect);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        Set<String> ids = new HashSet<>();
        for (Clause c : clauses) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("template " + name + " lists clause " + c.id() + " twice");
            }
        }
    }
}
