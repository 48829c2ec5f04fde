package org.resolint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.resolint.model.Finding;
import org.resolint.model.Severity;
import org.resolint.profile.ProjectConfig;

/**
 * Which rules report, and at what severity, for one draft: the rule's own default (some are
 * off unless asked for, {@code @enabled(false)}), then the project's {@code .resolint.yaml}
 * ({@code rules: {id: off|on|error|warning|info}}), then the command line's {@code --enable}
 * and {@code --disable}, which win. Then repeats are grouped ({@link FindingGroups}).
 */
public record RuleSwitches(RuleTraits traits, Set<String> enabled, Set<String> disabled) {
    public static final RuleSwitches NONE = new RuleSwitches(RuleTraits.NONE, Set.of(), Set.of());

    public RuleSwitches {
        enabled = Set.copyOf(enabled);
        disabled = Set.copyOf(disabled);
    }

    /** The rule's default switches and grouping, with nothing asked on the command line. */
    public static RuleSwitches defaults(RuleTraits traits) {
        return new RuleSwitches(traits, Set.of(), Set.of());
    }

    public List<Finding> apply(List<Finding> findings, ProjectConfig config) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            ProjectConfig.Level level = config.rules().get(f.rule());
            if (!reports(f.rule(), level)) {
                continue;
            }
            Severity severity = level == null ? null : level.severity();
            out.add(severity == null || severity == f.severity() ? f
                    : f.withSeverity(severity));
        }
        return new FindingGroups(traits.groups()).apply(out);
    }

    private boolean reports(String rule, ProjectConfig.Level level) {
        if (disabled.contains(rule)) {
            return false;
        }
        if (enabled.contains(rule)) {
            return true;
        }
        if (level != null) {
            return level != ProjectConfig.Level.OFF;
        }
        return !traits.isOffByDefault(rule);
    }
}
