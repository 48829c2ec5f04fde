package org.resolint.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Severity;
import org.resolint.profile.ProfileException;
import org.resolint.profile.Profiles;
import org.resolint.profile.TemplateCatalog;

/** What {@code check}'s --profile and --config mean: the run's {@link Profiles}, and the exit-1 test. */
final class ProfileOptions {
    private ProfileOptions() {
    }

    /** Templates and settings for the run; a bad --config, --profile or template ends the run (exit 2). */
    static Profiles profiles(RuleEngine engine, String profile, Path config) {
        try {
            TemplateCatalog bundled = TemplateCatalog.bundled();
            Profiles profiles = new Profiles(bundled, profile, config, () -> ruleIds(engine));
            // Read --config now: its errors are the run's, not one draft's. Without it, a --profile the
            // bundled set lacks may come from a .resolint.yaml's template folder, so each draft checks it.
            profiles.settings(config);
            return profiles;
        } catch (ProfileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The ids of the rules (waiting for them if they still load); a rule error ends the run. */
    private static java.util.Set<String> ruleIds(RuleEngine engine) {
        try {
            engine.await();
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        return engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }

    /**
     * Exit 1 or not: the --fail-on level when given, else each draft's config level ({@code fail-on}
     * of its .resolint.yaml), else {@code error}.
     */
    static boolean failing(CheckRun run, Profiles profiles, Severity cliLevel, boolean cliGiven) {
        if (cliGiven) {
            return run.hasFindingsAtOrAbove(cliLevel);
        }
        for (FileResult f : run.files()) {
            if (!f.failed() && profiles.failing(Path.of(f.path()), f.findings(), Severity.ERROR)) {
                return true;
            }
        }
        return false;
    }
}
