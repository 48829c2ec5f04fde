package org.resolint.cards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What one rule id means, for people: its summary, severity and rationale, and examples that must
 * fire and must stay quiet ({@code rules/<area>/<id>.yaml}). The examples run as tests, so what
 * {@code explain} shows is what the rule does.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RuleCard(String id, String severity, String summary, String rationale, Examples examples) {

    public RuleCard {
        examples = examples == null ? new Examples(List.of(), List.of()) : examples;
    }

    /** Drafts where the rule fires, and drafts where it must stay quiet. */
    public record Examples(List<Example> fires, List<Example> quiet) {
        public Examples {
            fires = fires == null ? List.of() : List.copyOf(fires);
            quiet = quiet == null ? List.of() : List.copyOf(quiet);
        }
    }

    /**
     * A draft checked as {@code check} does; when it fires, a finding of the rule is expected at
     * {@code paragraph} (its label, "-" for the whole text) with {@code message} in its message and,
     * when given, {@code suggestion} as its suggestion; {@code format: md} checks it as Markdown; {@code previous} checks it as {@code
     * --previous} does against that text. The template is detected from the draft, as by default.
     */
    public record Example(String draft, String paragraph, String message, String suggestion, String previous,
                          String format) {
        /** The file extension the draft is checked under: "txt" unless the card says "md". */
        public String extension() {
            return format == null || format.isBlank() ? "txt" : format.strip();
        }
    }
}
