package org.resolint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.resolint.Version;
import org.resolint.baseline.Baseline;
import org.resolint.check.CheckRun;
import org.resolint.check.Checker;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.check.ParallelChecker;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolint baseline}: records today's findings so that {@code check --baseline} reports
 * only new ones. Each entry has a {@code reason} to fill in; reasons already in the file are kept.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Record the findings of drafts as accepted, each with a reason to fill in.",
        footer = {"", "Then: resolint check --baseline FILE PATH... reports only findings not in FILE."})
public final class BaselineCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Draft files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", defaultValue = Baseline.DEFAULT_FILE,
            description = "The baseline file (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--rules", paramLabel = "DIR", description = "Add the .drl files of this folder to the bundled rules.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> files = DraftFinder.expand(paths);
        if (files.isEmpty()) {
            throw new UserError("no drafts (.txt, .md) found in " + paths);
        }
        OutputTarget.refuseInputs(output, files);
        Baseline previous = Files.exists(output) ? CiOptions.loadBaseline(output) : null;
        RuleEngine engine;
        try {
            engine = Engines.standard(ruleDirs);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        CheckRun run = new ParallelChecker(new Checker(engine), 0).checkAll(files);
        for (FileResult f : run.files()) {
            if (f.failed()) {
                // A baseline without one draft's findings would silently accept nothing there.
                throw new UserError(f.error() + "; baseline not written");
            }
        }
        Baseline recorded = Baseline.record(run, Version.get(), previous);
        OutputTarget.write(output, spec.commandLine().getOut(), recorded::write);
        long reasons = recorded.entries().stream().filter(e -> !e.reason().isEmpty()).count();
        spec.commandLine().getOut().println("resolint: recorded " + recorded.entries().size() + " findings of "
                + files.size() + (files.size() == 1 ? " file" : " files") + " in " + output
                + (previous == null ? "" : " (" + reasons + " reasons kept)")
                + "; fill in each \"reason\"");
        spec.commandLine().getOut().flush();
        return Main.EXIT_CLEAN;
    }
}
