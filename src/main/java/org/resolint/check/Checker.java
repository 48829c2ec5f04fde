package org.resolint.check;

import java.nio.file.Path;
import org.resolint.Phases;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.resolint.engine.FactProvider;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Finding;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.profile.ProfileChoice;
import org.resolint.profile.ProfileException;
import org.resolint.profile.Profiles;
import org.resolint.profile.Requirements;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;

/** reader → parser → engine for each file: the flow of DESIGN.md, one draft at a time. */
public final class Checker {
    private final RuleEngine engine;
    private final ResolutionParser parser = new ResolutionParser();
    private final Profiles profiles;
    private final List<FactProvider> more;
    private final Set<String> enabled;
    private final Set<String> disabled;
    /** The rules' traits (grouping, off by default), read from the rules once they are loaded. */
    private volatile RuleTraits traits;
    /** Facts that differ from draft to draft (each draft's previous text, under --previous-rev); null when none. */
    private final Function<Path, FactProvider> perDraft;

    /** Bundled templates, profile detected from each text, .resolint.yaml found beside the drafts. */
    public Checker(RuleEngine engine) {
        this(engine, Profiles.standard(engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet())));
    }

    public Checker(RuleEngine engine, Profiles profiles) {
        this(engine, profiles, List.of(), Set.of(), Set.of(), null);
    }

    private Checker(RuleEngine engine, Profiles profiles, List<FactProvider> more, Set<String> enabled,
                    Set<String> disabled, Function<Path, FactProvider> perDraft) {
        this.engine = engine;
        this.profiles = profiles;
        this.more = List.copyOf(more);
        this.enabled = Set.copyOf(enabled);
        this.disabled = Set.copyOf(disabled);
        this.perDraft = perDraft;
    }

    /** The same checker with rules switched on or off from the command line (--enable, --disable), which win over configs. */
    public Checker switching(Set<String> enable, Set<String> disable) {
        return new Checker(engine, profiles, more, enable, disable, perDraft);
    }

    /** The same checker with facts of one more provider for every draft (the previous text's, under --previous). */
    public Checker with(FactProvider provider) {
        List<FactProvider> all = new ArrayList<>(more);
        all.add(provider);
        return new Checker(engine, profiles, all, enabled, disabled, perDraft);
    }

    /** The same checker with, for each draft, the provider {@code of} gives it (null: none for that draft). */
    public Checker withPerDraft(Function<Path, FactProvider> of) {
        return new Checker(engine, profiles, more, enabled, disabled, of);
    }

    public FileResult check(Path file) {
        String shown = file.toString();
        try {
            SourceText source = Readers.read(file);
            Resolution model = parser.parse(source);
            Phases.first("first draft read and parsed");
            // The template's clauses become Requirement facts; the project's config is a fact too (its
            // accepted acronyms and spellings, for the style rules) and then switches rules on or off, re-levels
            // them and groups repeats (RuleSwitches).
            Profiles.Settings settings = profiles.forFile(file);
            ProfileChoice profile = settings.choose(model);
            Phases.first("first draft's template chosen");
            List<FactProvider> facts = new ArrayList<>();
            facts.add(new Requirements(profile.template()));
            facts.add(r -> List.of(settings.config()));
            facts.addAll(more);
            FactProvider own = perDraft == null ? null : perDraft.apply(file);
            if (own != null) {
                facts.add(own);
            }
            List<Finding> findings = engine.check(model, facts);
            List<Finding> shownFindings = new RuleSwitches(traits(), enabled, disabled).apply(findings, settings.config());
            return FileResult.checked(shown, model, shownFindings, profile).withWarnings(source.warnings());
        } catch (ProfileException e) {
            return FileResult.failed(shown, e.getMessage());
        } catch (InputException e) {
            return FileResult.failed(shown, e.getMessage());
        } catch (RuleException e) {
            return FileResult.failed(shown, e.getMessage());
        }
    }

    private RuleTraits traits() throws RuleException {
        RuleTraits t = traits;
        if (t == null) {
            t = RuleTraits.of(engine);
            traits = t;
        }
        return t;
    }

    public CheckRun checkAll(List<Path> files) {
        List<FileResult> results = new ArrayList<>(files.size());
        for (Path f : files) {
            results.add(check(f));
        }
        return new CheckRun(results);
    }
}
