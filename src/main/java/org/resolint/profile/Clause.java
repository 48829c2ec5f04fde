package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;
import org.resolint.model.Severity;

/**
 * One clause a template requires: what it is, why it is expected, where, and how to recognise it;
 * {@code example} is a wording to suggest when it is missing, {@code applies-when} limits it to
 * texts where the conditions (one or a list) all hold, and {@code since} (the anchor resolution's year)
 * spares adopted texts older than the practice it asks for.
 */
public record Clause(String id, String title, String why, Where where, String severity, Recognise recognise,
                     @JsonProperty("applies-when") List<Condition> appliesWhen, String example,
                     Integer since) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Clause {
        appliesWhen = appliesWhen == null ? List.of() : List.copyOf(appliesWhen);
        require(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("clause id '" + id + "' must be lower case words joined by hyphens");
        }
        require(title, "title");
        require(why, "why");
        if (where == null) {
            throw new IllegalArgumentException("clause " + id + " needs where: preamble, operative or either");
        }
        if (severity == null || Severity.parse(severity) == null) {
            throw new IllegalArgumentException("clause " + id + " needs severity: error, warning or info"
                    + (severity == null ? "" : " (has '" + severity + "')"));
        }
        if (recognise == null) {
            throw new IllegalArgumentException("clause " + id + " needs recognise: phrases, words or patterns");
        }
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a clause needs " + key);
        }
    }

    public Severity level() {
        return Severity.parse(severity);
    }
}
