package org.resolint.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resolint.check.Checker;
import org.resolint.check.RuleTraits;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import picocli.CommandLine.Option;

/**
 * {@code --enable RULE,…} and {@code --disable RULE,…}: rules switched on (those off by default,
 * such as term.acronym-unused) or off for this run, over what each draft's .resolint.yaml says.
 */
final class RuleOptions {
    @Option(names = "--enable", split = ",", paramLabel = "RULE",
            description = "Switch these rules on (also those off by default, such as term.acronym-unused), over .resolint.yaml.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "RULE",
            description = "Switch these rules off, over .resolint.yaml.")
    List<String> disable = new ArrayList<>();

    /** The checker with the switches; an unknown rule id, or one both enabled and disabled, ends the run. */
    Checker apply(Checker checker, RuleEngine engine) {
        if (enable.isEmpty() && disable.isEmpty()) {
            return checker;
        }
        Set<String> on = new LinkedHashSet<>(enable);
        Set<String> off = new LinkedHashSet<>(disable);
        RuleTraits traits;
        try {
            traits = RuleTraits.of(engine);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        unknown("--enable", traits.unknown(on));
        unknown("--disable", traits.unknown(off));
        List<String> both = on.stream().filter(off::contains).toList();
        if (!both.isEmpty()) {
            throw new UserError("--enable and --disable both name " + String.join(", ", both));
        }
        return checker.switching(on, off);
    }

    private static void unknown(String option, List<String> ids) {
        if (!ids.isEmpty()) {
            throw new UserError(option + ": no rule " + String.join(", ", ids) + " (see 'resolint rules')");
        }
    }
}
