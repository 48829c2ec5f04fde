package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.resolint.model.Severity;

/**
 * {@code .resolint.yaml}: a project's defaults. Every key is optional:
 * <pre>
 * profile: auto | TEMPLATE          # default template for drafts under this folder
 * fail-on: error | warning | info | never
 * rules: { numbering.single: off, term.acronym-unused: on, clause.missing: error }   # off, on, re-level
 * templates: [checklists]           # extra template folders, relative to this file
 * acronyms: [UNMISS, MINUSCA]       # accepted acronyms (for the style rules)
 * spellings: { programme: program } # accepted spellings (for the style rules)
 * </pre>
 */
public record ProjectConfig(String profile, @JsonProperty("fail-on") Level failOn, Map<String, Level> rules,
                            List<String> templates, List<String> acronyms, Map<String, String> spellings) {
    public static final String FILE_NAME = ".resolint.yaml";
    public static final ProjectConfig EMPTY = new ProjectConfig(null, null, null, null, null, null);
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*");

    /** A level a config can give: a severity, or off / on (at its own severity) for a rule, never for fail-on. */
    public enum Level {
        OFF, ON, NEVER, INFO, WARNING, ERROR;

        @JsonCreator
        public static Level of(String word) {
            for (Level l : values()) {
                if (l.name().toLowerCase(Locale.ROOT).equals(word)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("'" + word + "' is not allowed; allowed: error, warning, info, and"
                    + " off or on (for a rule) or never (for fail-on)");
        }

        /** The severity, or null for off/on/never. */
        public Severity severity() {
            return Severity.parse(name());
        }
    }

    public ProjectConfig {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        templates = templates == null ? List.of() : List.copyOf(templates);
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
        spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
        if (failOn == Level.OFF || failOn == Level.ON) {
            throw new IllegalArgumentException("fail-on: '" + failOn.name().toLowerCase(Locale.ROOT) + "' is not allowed; allowed: error, warning, info, never");
        }
        for (Map.Entry<String, Level> e : rules.entrySet()) {
            if (!RULE_ID.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("rules: '" + e.getKey() + "' is not a rule id (area.name)");
            }
            if (e.getValue() == Level.NEVER) {
                throw new IllegalArgumentException("rules: " + e.getKey() + ": 'never' is not allowed; allowed: off, on,"
                        + " error, warning, info");
            }
        }
        if (profile != null && !profile.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("profile: '" + profile + "' is not a template name; allowed: auto or"
                    + " a template name such as peacekeeping-mandate");
        }
    }

    public static ProjectConfig load(Path file) throws ProfileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ProfileException(file + ": cannot read the config file (" + e.getMessage() + ")", e);
        }
        if (text.isBlank()) {
            return EMPTY;
        }
        return YamlFiles.read(file.toString(), text, ProjectConfig.class);
    }
}
