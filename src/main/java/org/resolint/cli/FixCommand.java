package org.resolint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.resolint.engine.RuleException;
import org.resolint.fix.FixResult;
import org.resolint.fix.Fixer;
import org.resolint.fix.Note;
import org.resolint.check.Checker;
import org.resolint.check.FileResult;
import org.resolint.check.RuleTraits;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.fix.FixOptions;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolint fix}: renumbers the operative paragraphs and sub-paragraphs of a draft in
 * sequence, rewrites every internal reference to follow its paragraph, applies the fixes the check's
 * findings carry (safe ones unless told otherwise), and writes the result elsewhere (tracked changes
 * for a .docx). References it cannot carry are named on standard error and make it exit 1.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Renumber a draft (.txt, .md, .docx), carry every internal reference along and apply the"
                + " findings' safe fixes; print a diff.",
        footer = {"", "Examples:",
                "  resolint fix draft.txt --output draft-fixed.txt",
                "  resolint fix draft.docx --output draft-fixed.docx --fix style.spelling,style.repeated-words",
                "  resolint fix draft.txt --diff-only --unsafe-fixes --fix reference.drift",
                "  resolint fix draft.txt --previous last-round.txt --diff-only --renumber-only",
                "  resolint fix drafts/haiti.txt --previous-rev origin/main --output drafts/haiti-fixed.txt",
                "", "Exit codes: 0 done (or nothing to fix); 1 references could not be carried (named on standard"
                + " error, left as written); 2 the run failed (bad arguments, unreadable input)."})
public final class FixCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DRAFT", description = "The draft: .txt, .md or .docx.")
    Path draft;

    @Option(names = "--output", paramLabel = "FIXED", description = "Where to write the fixed draft (never the input).")
    Path output;

    @Option(names = "--diff-only", description = "Print the diff and summary; write nothing.")
    boolean diffOnly;

    @Option(names = "--fix", split = ",", paramLabel = "RULE",
            description = "Apply only these rules' fixes (comma-separated rule ids; see --list).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--unsafe-fixes",
            description = "Also apply unsafe fixes (a guessed acronym, name or reference shift): read the diff.")
    boolean unsafeFixes;

    @Option(names = "--renumber-only", description = "Only renumber and carry the references; apply no finding's fix.")
    boolean renumberOnly;

    @Option(names = "--previous", paramLabel = "OLD",
            description = "The previous text: references are pointed at the paragraph they pointed at there.")
    Path previous;

    @Option(names = "--previous-rev", paramLabel = "REV",
            description = "Like --previous, with the previous text taken from git: the draft as it stood at REV.")
    String previousRev;

    @Option(names = "--rules", paramLabel = "DIR", description = "Add the .drl files of this folder to the bundled rules.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Use this config file instead of the"
            + " .resolint.yaml found in the draft's folder or a parent.")
    Path config;

    @CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--list", description = "List the fixes the draft's findings carry (rule, safe or unsafe, what it does).")
    boolean list;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (draft == null) {
            throw new UserError("fix needs a DRAFT (see 'resolint fix --help')");
        }
        if (output == null && !diffOnly && !list) {
            throw new UserError("fix needs --output FIXED, or --diff-only to only print the changes");
        }
        if (renumberOnly && (!rules.isEmpty() || unsafeFixes)) {
            throw new UserError("--renumber-only applies no finding's fix; leave out --fix and --unsafe-fixes");
        }
        if (output != null && !diffOnly) {
            List<Path> inputs = previous == null ? List.of(draft) : List.of(draft, previous);
            OutputTarget.refuseInputs(output, inputs);
            if (!Readers.extension(output).equals(Readers.extension(draft))) {
                throw new UserError(output + ": the fixed draft keeps the draft's format; name it ."
                        + Readers.extension(draft));
            }
        }
        if (previous != null && previousRev != null) {
            throw new UserError("--previous and --previous-rev both name the previous text; give one");
        }
        Checker checker = checker();
        Set<String> fixes = new LinkedHashSet<>();
        rules.forEach(r -> fixes.add(r.strip()));
        if (list) {
            return list(checker, out);
        }
        FixOptions options = renumberOnly ? FixOptions.RENUMBER_ONLY : new FixOptions(false, unsafeFixes, fixes);
        FixResult result;
        try {
            Fixer fixer = new Fixer(checker);
            result = previousRev == null ? fixer.fix(draft, previous, options, draft.toString())
                    : fixer.fixAgainst(draft, PreviousText.ofFix(previousRev, draft), options, draft.toString());
        } catch (InputException e) {
            throw new UserError(e.getMessage(), e);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (output != null && !diffOnly) {
            OutputTarget.write(output, result.fixed());
        }
        result.diff().forEach(out::println);
        for (Note n : result.notes()) {
            out.println("note: " + draft + ":" + n.at().line() + ":" + n.at().column() + ": " + n.message());
        }
        String where = diffOnly || output == null ? " (nothing written)" : "; written to " + output;
        out.println("resolint: " + draft + ": " + result.summary() + where);
        out.flush();
        if (result.failed()) {
            PrintWriter err = spec.commandLine().getErr();
            result.uncarried().forEach(u -> err.println(u.line(draft.toString())));
            err.flush();
            return Main.EXIT_FINDINGS;
        }
        return Main.EXIT_CLEAN;
    }

    /** The run's checker: bundled and --rules rules, --config, --enable and --disable; --fix must name rules it has. */
    private Checker checker() {
        RuleEngine engine;
        try {
            engine = Engines.loading(ruleDirs);
            engine.await();
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        Checker checker = ruleOptions.apply(new Checker(engine, ProfileOptions.profiles(engine, null, config)), engine);
        try {
            List<String> unknown = RuleTraits.of(engine).unknown(rules.stream().map(String::strip).toList());
            if (!unknown.isEmpty()) {
                throw new UserError("--fix: no rule " + String.join(", ", unknown) + " (see 'resolint rules')");
            }
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        return checker;
    }

    /** {@code --list}: each fix the draft's findings carry, where, whose, safe or not. */
    private int list(Checker checker, PrintWriter out) {
        FileResult checked = checker.check(draft);
        if (checked.failed()) {
            throw new UserError(checked.error());
        }
        int n = 0;
        for (Finding f : checked.findings()) {
            for (Fix fix : f.fixes()) {
                if (rules.isEmpty() || rules.contains(f.rule())) {
                    out.println(draft + ":" + f.location().line() + ":" + f.location().column() + ": " + f.rule() + ": "
                            + fix.applicability().id() + ": " + fix.title()
                            + (fix.edits().size() > 1 ? " (" + fix.edits().size() + " places)" : ""));
                    n++;
                }
            }
        }
        out.println("resolint: " + draft + ": " + n + (n == 1 ? " fix" : " fixes")
                + " (safe ones apply by default, unsafe ones with --unsafe-fixes); renumbering is always done");
        out.flush();
        return Main.EXIT_CLEAN;
    }
}
