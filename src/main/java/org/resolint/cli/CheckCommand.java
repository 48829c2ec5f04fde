package org.resolint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.resolint.Phases;
import org.resolint.Version;
import org.resolint.baseline.Baseline;
import org.resolint.check.CheckRun;
import org.resolint.check.Checker;
import org.resolint.check.DraftFinder;
import org.resolint.check.ParallelChecker;
import org.resolint.compare.StaleReferenceFacts;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;
import org.resolint.profile.Profiles;
import org.resolint.report.GithubReporter;
import org.resolint.report.JsonReporter;
import org.resolint.report.JunitReporter;
import org.resolint.report.Reporter;
import org.resolint.report.SarifReporter;
import org.resolint.report.TextReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resolint check}: reads drafts, runs the rules, writes findings, sets the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check drafts (.txt, .md, .docx, Akoma Ntoso .xml, .pdf) or folders of drafts.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;",
                "2 the run failed (bad arguments, unreadable input, rules that do not compile)."})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github }

    enum FailOn { error, warning, info, never }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Draft files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info, never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = "Add the .drl files of this folder to the bundled rules.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "OLD",
            description = "The previous text (last round, or last year's resolution): report what changed since.")
    Path previous;

    @Option(names = "--previous-rev", paramLabel = "REV",
            description = "Compare each draft with the same file at this git revision (renames followed);"
                    + " drafts new since are checked alone, with a note.")
    String previousRev;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Leave out the findings this baseline accepts (see 'resolint baseline').")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Check only the drafts git sees as changed since this revision (and untracked ones).")
    String changedSince;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
            description = "Drafts checked at once (default: one per core).")
    int jobs;

    @Option(names = "--debug", description = "Show stack traces of failures, and where the run's time went.")
    boolean debug;

    @Option(names = "--report", paramLabel = "FILE.docx",
            description = "Also write the Word review report of the draft (one draft file only).")
    Path report;

    @Option(names = "--annotate", paramLabel = "FILE.docx",
            description = "Also write a copy of the draft with one Word comment per finding (one draft file only).")
    Path annotate;

    @Option(names = "--report-style", paramLabel = "FILE.docx",
            description = "Take the report's styles from this .docx instead of the bundled templates/report/reference.docx.")
    Path reportStyle;

    @Option(names = "--profile", paramLabel = "NAME", description = "Template to check against, or auto to detect it"
            + " from each text (default: the profile of .resolint.yaml, else auto); see 'resolint profiles'.")
    String profile;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this config file instead of the"
            + " .resolint.yaml found in each draft's folder or a parent.")
    Path config;

    @CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--min-severity", defaultValue = "info", paramLabel = "LEVEL",
            description = "Print only findings at or above: error, warning, info (default: ${DEFAULT-VALUE});"
                    + " the exit code still follows --fail-on over all findings.")
    MinSeverity minSeverity;

    enum MinSeverity { error, warning, info }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Phases.done("command line read");
        List<Path> files = DraftFinder.expand(paths);
        if (files.isEmpty()) {
            throw new UserError("no drafts (.txt, .md, .docx, Akoma Ntoso .xml, .pdf) found in " + paths);
        }
        if (changedSince != null) {
            files = CiOptions.changedOnly(files, changedSince, spec.commandLine().getErr());
        }
        OutputTarget.refuseInputs(output, files);
        Baseline accepted = baseline == null ? null : CiOptions.loadBaseline(baseline);
        WordOutputs word = new WordOutputs(report, annotate, reportStyle);
        word.validate(files, output);
        Phases.done("drafts found");
        // The rules load on a background thread while the word lists, templates and drafts are read.
        RuleEngine engine;
        try {
            engine = Engines.loading(ruleDirs);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        Phases.done("word lists read");
        Profiles profiles;
        Resolution before;
        Map<Path, Resolution> beforeEach;
        try {
            if (previous != null && previousRev != null) {
                throw new UserError("--previous and --previous-rev both name the previous text; give one");
            }
            profiles = ProfileOptions.profiles(engine, profile, config);
            before = previous == null ? null : PreviousText.read(previous, files);
            beforeEach = previousRev == null ? Map.of()
                    : PreviousText.atRevision(previousRev, files, spec.commandLine().getErr());
        } catch (UserError e) {
            awaitRules(engine); // a rule error is reported first, as when the rules loaded before
            throw e;
        }
        Phases.done("templates read");
        Checker checker = ruleOptions.apply(new Checker(engine, profiles), engine);
        if (before != null) {
            checker = checker.with(new StaleReferenceFacts(before)); // reference.stale follows references back
        }
        if (!beforeEach.isEmpty()) {
            checker = checker.withPerDraft(f -> beforeEach.containsKey(f) ? new StaleReferenceFacts(beforeEach.get(f)) : null);
        }
        CheckRun all = new ParallelChecker(checker, jobs).checkAll(files);
        // Each draft's check already met a rule error; the run reports it once, as its failure.
        awaitRules(engine);
        Phases.done("drafts checked");
        CheckRun run = accepted == null ? all : accepted.apply(all);
        if (before != null) {
            run = PreviousText.compare(run, before);
        }
        if (!beforeEach.isEmpty()) {
            Map<String, Resolution> byShownPath = new HashMap<>();
            beforeEach.forEach((draft, old) -> byShownPath.put(draft.toString(), old));
            run = PreviousText.compare(run, byShownPath);
        }
        // --min-severity trims what is shown; the exit code below still reads every finding.
        CheckRun done = run.atOrAbove(Severity.parse(minSeverity.name()));
        Reporter reporter = switch (format) {
            case json -> new JsonReporter(Version.get());
            case text -> new TextReporter(output == null && colourTerminal());
            case sarif -> new SarifReporter(Version.get(), engine.rules(), cards(engine));
            case junit -> new JunitReporter();
            case github -> new GithubReporter();
        };
        OutputTarget.write(output, spec.commandLine().getOut(), w -> reporter.write(done, w));
        // Failures go to stderr as one line each whatever the format, so a CI log shows them.
        run.files().stream().filter(f -> f.failed())
                .forEach(f -> spec.commandLine().getErr().println("resolint: " + f.error()));
        // Reader warnings (a .docx with unaccepted tracked changes) are not findings: stderr, one line each.
        run.files().forEach(f -> f.warnings().forEach(
                w -> spec.commandLine().getErr().println("resolint: warning: " + f.path() + ": " + w)));
        word.write(done, files, engine.rules());
        Phases.done("report written");
        if (debug) {
            Phases.print(spec.commandLine().getErr());
            // How each text's lines were read as paragraphs: the first thing to look at when a model looks wrong.
            run.files().stream().filter(f -> f.model() != null).forEach(f -> spec.commandLine().getErr().println(
                    "resolint: debug: " + f.path() + ": layout " + f.model().getLayout().name().toLowerCase(java.util.Locale.ROOT)
                            + " (" + f.model().getLayout().description() + ")"));
        }
        if (run.anyFailed()) {
            return Main.EXIT_FAILED;
        }
        Severity level = failOn == FailOn.never ? null : Severity.parse(failOn.name());
        boolean failOnGiven = spec.commandLine().getParseResult().hasMatchedOption("--fail-on");
        return ProfileOptions.failing(run, profiles, level, failOnGiven) ? Main.EXIT_FINDINGS : Main.EXIT_CLEAN;
    }

    private static void awaitRules(RuleEngine engine) {
        try {
            engine.await();
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static boolean colourTerminal() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    private static org.resolint.cards.RuleCards cards(RuleEngine engine) {
        try {
            return org.resolint.cards.RuleCards.of(engine.rules());
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
