package org.resolint.fix;

import java.util.Set;
import org.resolint.model.Fix;

/**
 * Which fixes {@code fix} applies besides renumbering: the safe fixes the findings carry, the
 * unsafe ones too when asked ({@code --unsafe-fixes}), only those of {@code rules} when named
 * ({@code --fix}); none with {@code renumberOnly}.
 */
public record FixOptions(boolean renumberOnly, boolean unsafe, Set<String> rules) {
    /** {@code fix} with no option: renumbering and the findings' safe fixes. */
    public static final FixOptions SAFE = new FixOptions(false, false, Set.of());
    /** {@code fix --renumber-only}: numbers and references only. */
    public static final FixOptions RENUMBER_ONLY = new FixOptions(true, false, Set.of());

    public FixOptions {
        rules = Set.copyOf(rules);
    }

    /** As {@code --fix RULES --unsafe-fixes}, or {@code --renumber-only} when no rule is named (tests' shorthand). */
    public static FixOptions only(Set<String> rules) {
        return rules.isEmpty() ? RENUMBER_ONLY : new FixOptions(false, true, rules);
    }

    /** The fixes of {@code rule}'s findings are wanted (whatever their safety). */
    public boolean selects(String rule) {
        return !renumberOnly && (rules.isEmpty() || rules.contains(rule));
    }

    /** {@code fix} of a finding of {@code rule} is applied. */
    public boolean applies(String rule, Fix fix) {
        return selects(rule) && (unsafe || fix.applicability() == Fix.Applicability.SAFE);
    }
}
