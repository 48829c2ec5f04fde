package org.resolint.engine;

/** One DRL file: a name to show in messages (the path, or {@code rules/<area>/<area>.drl} inside the jar) and its text. */
public record RuleSource(String name, String drl) {
}
