package org.resolint.cli;

import org.resolint.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code resolint}: the command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 the run failed. */
@Command(name = "resolint", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks draft UN Security Council resolutions.",
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, ProfilesCommand.class,
                ExplainCommand.class, BenchCommand.class, FixCommand.class, ModelCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_CLEAN = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests and the benchmark. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs with the given standard output and error (null: the process's own). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        org.resolint.Phases.reset();
        org.resolint.Phases.done("main");
        CommandLine cl = new CommandLine(new Main());
        if (out != null) {
            cl.setOut(out);
        }
        if (err != null) {
            cl.setErr(err);
        }
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler((ex, params) -> {
            ex.getCommandLine().getErr().println("resolint: " + ex.getMessage()
                    + " (see 'resolint " + ex.getCommandLine().getCommandName() + " --help')");
            return EXIT_FAILED;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"resolint " + Version.get()};
        }
    }

    /** Any failure of the run: one line on stderr and exit 2; the stack trace only with --debug. */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            boolean debug = parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"))
                    || parsed.hasMatchedOption("--debug");
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            if (!(ex instanceof UserError)) {
                message = "internal error: " + ex.getClass().getSimpleName() + ": " + message
                        + (debug ? "" : " (run with --debug for details)");
            }
            cl.getErr().println("resolint: " + message.replaceAll("\\s*\\R\\s*", " "));
            if (debug) {
                ex.printStackTrace(cl.getErr());
            }
            return EXIT_FAILED;
        }
    }
}
