package org.resolint.profile;

/** The template a text is checked against, and why it was chosen (shown in every output). */
public record ProfileChoice(Template template, String reason) {
    public String name() {
        return template.name();
    }
}
