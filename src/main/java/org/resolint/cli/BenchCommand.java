package org.resolint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.resolint.check.Checker;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolint bench}: how fast the checker is, each figure beside a baseline measured in the
 * same run: warm time per draft against reading the file alone, and the cold wall time of one
 * {@code resolint check} process against a bare {@code java -version}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure warm time per draft and cold time of one check, with baselines.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Drafts or folders to time (e.g. the corpus).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over all drafts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Fresh processes for the cold figure; 0 skips it.")
    int coldRuns;

    @Option(names = "--cold-file", paramLabel = "FILE", description = "Draft for the cold run (default: the first draft).")
    Path coldFile;

    @Option(names = "--scaling", paramLabel = "FILE",
            description = "Also time FILE grown 1x, 4x and 16x (its operative part repeated and renumbered).")
    Path scalingFile;

    @Option(names = "--web", description = "Instead: time the web page's answer (POST /api/view to a local"
            + " 'resolint serve') for each draft after its first request.")
    boolean web;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = DraftFinder.expand(paths);
        if (files.isEmpty()) {
            throw new UserError("no drafts found in " + paths);
        }
        long t0 = System.nanoTime();
        RuleEngine engine;
        try {
            engine = Engines.standard(List.of());
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        out.printf("rule set: %d rules ready in %.0f ms (cache or compile, in this process)%n",
                engine.rules().size(), ms(System.nanoTime() - t0));
        if (web) {
            org.resolint.web.WebBench.run(engine, ServeCommand.catalogs(engine), files, Math.max(1, rounds), out);
            out.flush();
            return Main.EXIT_CLEAN;
        }
        Checker checker = new Checker(engine);
        for (int i = 0; i < warmup; i++) {
            checkAll(checker, files);
            readAll(files);
        }
        long[] perDraft = new long[files.size()];
        long check = 0;
        long read = 0;
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            readAll(files);
            read += System.nanoTime() - s;
            for (int i = 0; i < files.size(); i++) {
                long d = System.nanoTime();
                checker.check(files.get(i));
                long took = System.nanoTime() - d;
                perDraft[i] += took;
                check += took;
            }
        }
        long[] sorted = perDraft.clone();
        Arrays.sort(sorted);
        double mean = ms(check) / (rounds * (double) files.size());
        double readMean = ms(read) / (rounds * (double) files.size());
        out.printf("warm: %d drafts x %d rounds: mean %.2f ms/draft (median %.2f, p95 %.2f, max %.2f);"
                        + " baseline reading alone %.3f ms/draft: check = %.0fx read%n",
                files.size(), rounds, mean, ms(sorted[sorted.length / 2]) / rounds,
                ms(sorted[(int) (sorted.length * 0.95)]) / rounds, ms(sorted[sorted.length - 1]) / rounds,
                readMean, mean / readMean);
        if (scalingFile != null) {
            scaling(checker, out);
        }
        if (coldRuns > 0) {
            Path draft = coldFile != null ? coldFile : files.get(0);
            List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            double base = medianSeconds(concat(java, "-version"));
            double cold = medianSeconds(concat(java, "-jar", ownJar(), "check", "--fail-on", "never", draft.toString()));
            out.printf("cold: one 'java -jar resolint.jar check %s' median %.2f s over %d fresh processes;"
                            + " baseline 'java -version' %.3f s: check = %.1fx java -version%n",
                    draft, cold, coldRuns, base, cold / base);
            Path launcher = Path.of(ownJar()).toAbsolutePath().getParent().resolveSibling("bin").resolve("resolint");
            if (Files.isExecutable(launcher)) {
                double fast = medianSeconds(List.of(launcher.toString(), "check", "--fail-on", "never", draft.toString()));
                out.printf("cold: one 'bin/resolint check %s' (class-data sharing, C1) median %.2f s: %.1fx java -version%n",
                        draft, fast, fast / base);
            }
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    /** Time per check of the same draft grown 1x, 4x, 16x: about linear growth means ratios near 4 and 16. */
    private void scaling(Checker checker, PrintWriter out) throws IOException {
        List<String> lines = Files.readAllLines(scalingFile);
        Path dir = Files.createTempDirectory("resolint-bench");
        try {
            double base = 0;
            StringBuilder line = new StringBuilder("scaling: " + scalingFile.getFileName());
            for (int factor : new int[] {1, 4, 16}) {
                Path grown = dir.resolve("x" + factor + ".txt");
                Files.write(grown, DraftGrower.grow(lines, factor));
                for (int i = 0; i < 10 * (warmup + 2); i++) {
                    checker.check(grown);
                }
                long t = System.nanoTime();
                int times = 4 * rounds;
                for (int r = 0; r < times; r++) {
                    checker.check(grown);
                }
                double each = ms(System.nanoTime() - t) / times;
                if (factor == 1) {
                    base = each;
                }
                line.append(String.format("; %dx (%d KB) %.2f ms = %.1fx the 1x time", factor,
                        Files.size(grown) / 1024, each, each / base));
            }
            out.println(line);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void checkAll(Checker checker, List<Path> files) {
        for (Path f : files) {
            FileResult r = checker.check(f);
            if (r.failed()) {
                throw new UserError(r.error());
            }
        }
    }

    private static void readAll(List<Path> files) {
        for (Path f : files) {
            try {
                Readers.read(f);
            } catch (InputException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
    }

    private double medianSeconds(List<String> command) throws IOException, InterruptedException {
        double[] s = new double[coldRuns];
        for (int i = 0; i < coldRuns; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UserError("timed out: " + String.join(" ", command));
            }
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(s);
        return s[coldRuns / 2];
    }

    private static String ownJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!p.toString().endsWith(".jar")) {
                throw new UserError("the cold figure needs the packaged jar: run 'java -jar target/resolint.jar bench ...'"
                        + " (or pass --cold-runs 0)");
            }
            return p.toString();
        } catch (URISyntaxException e) {
            throw new UserError("cannot locate resolint.jar: " + e.getMessage());
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(Arrays.asList(tail));
        return all;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

}
