package org.resolint.cards;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resolint.Bundled;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;

/**
 * The rule cards of a rule set: {@code <area>/<id>.yaml}, in the folder of the DRL file
 * {@code <area>/<area>.drl} that defines the rule (or beside a flat {@code <area>.drl}), in the
 * bundled {@code rules/} and in each {@code --rules} folder.
 */
public final class RuleCards {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The class of a Java rule (RuleInfo.file), in its area's package: group 1 is the area. */
    private static final java.util.regex.Pattern JAVA_RULE =
            java.util.regex.Pattern.compile("org\\.resolint\\.rules\\.([a-z0-9]+)\\.[A-Z]\\w*");

    private final Map<String, RuleCard> byId;

    private RuleCards(Map<String, RuleCard> byId) {
        this.byId = byId;
    }

    public static RuleCards none() {
        return new RuleCards(Map.of());
    }

    /** The cards of these rules, looked up beside the file that defines each; a rule may have none. */
    public static RuleCards of(List<RuleInfo> rules) throws RuleException {
        Map<String, RuleCard> byId = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            Path card = where(rule);
            if (card != null && Files.isRegularFile(card)) {
                byId.put(rule.id(), read(card, rule.id()));
            }
        }
        return new RuleCards(byId);
    }

    /**
     * The card file of a rule: {@code rules/numbering/numbering.drl} defines {@code numbering.gap},
     * its card is {@code rules/numbering/numbering.gap.yaml}; a flat {@code house.drl} has its cards
     * in {@code house/}; the Java rule {@code org.resolint.rules.references.DriftRule} has its card in
     * {@code rules/references/}.
     */
    public static Path where(RuleInfo rule) {
        String file = rule.file();
        java.util.regex.Matcher javaRule = JAVA_RULE.matcher(file);
        if (javaRule.matches()) {
            // a Java rule of org.resolint.rules.<area> has its card in the area's folder, rules/<area>/
            try {
                Path bundled = Bundled.folder("rules");
                return bundled == null ? null : bundled.resolve(javaRule.group(1)).resolve(rule.id() + ".yaml");
            } catch (IOException e) {
                return null;
            }
        }
        if (!file.endsWith(".drl")) {
            return null;
        }
        Path drl;
        if (file.startsWith("rules/")) {
            try {
                Path bundled = Bundled.folder("rules");
                if (bundled == null) {
                    return null;
                }
                drl = bundled.resolve(file.substring("rules/".length()));
            } catch (IOException e) {
                return null; // no bundled folder to look in: the rule has no card
            }
        } else {
            drl = Path.of(file);
        }
        String stem = drl.getFileName().toString().replaceFirst("\\.drl$", "");
        Path parent = drl.getParent();
        Path dir;
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(stem)) {
            dir = parent; // rules/<area>/<area>.drl: the cards share the area's folder
        } else {
            dir = parent == null ? drl.getFileSystem().getPath(stem) : parent.resolve(stem);
        }
        return dir.resolve(rule.id() + ".yaml");
    }

    static RuleCard read(Path card, String id) throws RuleException {
        RuleCard parsed;
        try {
            parsed = YAML.readValue(Files.readAllBytes(card), RuleCard.class);
        } catch (IOException e) {
            throw new RuleException(card + ": not a rule card (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (parsed == null || !id.equals(parsed.id())) {
            throw new RuleException(card + ": the card's id must be " + id);
        }
        return parsed;
    }

    public Optional<RuleCard> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<RuleCard> all() {
        return new ArrayList<>(byId.values());
    }

    /** The summary of a rule: its card's, else its DRL {@code @summary}. */
    public String summary(RuleInfo rule) {
        RuleCard card = byId.get(rule.id());
        return card == null || card.summary() == null ? rule.summary() : card.summary();
    }

    /** The rationale of a rule, or null when it has no card or the card gives none. */
    public String rationale(String id) {
        RuleCard card = byId.get(id);
        return card == null || card.rationale() == null || card.rationale().isBlank() ? null : card.rationale().strip();
    }
}
