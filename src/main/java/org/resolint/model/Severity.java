package org.resolint.model;

import java.util.Locale;

/** How serious a finding is; the order is the order of {@code --fail-on} levels. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info}; null when the word is none of them. */
    public static Severity parse(String word) {
        if (word == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.id().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
