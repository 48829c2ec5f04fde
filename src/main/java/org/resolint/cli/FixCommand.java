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
import org.resolint.fix.RuleFixes;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolint fix}: renumbers the operative paragraphs and sub-paragraphs of a draft in
 * sequence, rewrites every internal reference to follow its paragraph, applies the requested
 * rules' mechanical fixes, and writes the result elsewhere (tracked changes for a .docx).
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Renumber a draft (.txt, .md, .docx) and carry every internal reference along; print a diff.",
        footer = {"", "Examples:",
                "  resolint fix draft.txt --output draft-fixed.txt",
                "  resolint fix draft.docx --output draft-fixed.docx --fix style.spelling,style.repeated-words",
                "  resolint fix draft.txt --previous last-round.txt --diff-only",
                "  resolint fix drafts/haiti.txt --previous-rev origin/main --output drafts/haiti-fixed.txt",
                "", "Exit codes: 0 done (or nothing to fix); 2 the run failed (bad arguments, unreadable input)."})
public final class FixCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DRAFT", description = "The draft: .txt, .md or .docx.")
    Path draft;

    @Option(names = "--output", paramLabel = "FIXED", description = "Where to write the fixed draft (never the input).")
    Path output;

    @Option(names = "--diff-only", description = "Print the diff and summary; write nothing.")
    boolean diffOnly;

    @Option(names = "--fix", split = ",", paramLabel = "RULE",
            description = "Also apply these rules' fixes (see --list), comma-separated.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "OLD",
            description = "The previous text: references are pointed at the paragraph they pointed at there.")
    Path previous;

    @Option(names = "--previous-rev", paramLabel = "REV",
            description = "Like --previous, with the previous text taken from git: the draft as it stood at REV.")
    String previousRev;

    @Option(names = "--list", description = "List the rules whose fixes --fix can apply.")
    boolean list;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            out.println("numbering and references   always: operative numbers and sub-paragraph markers in sequence,"
                    + " every internal reference carried along");
            RuleFixes.FIXABLE.forEach((id, what) -> out.println(String.format("%-26s %s", id, what)));
            out.flush();
            return Main.EXIT_CLEAN;
        }
        if (draft == null) {
            throw new UserError("fix needs a DRAFT (see 'resolint fix --help')");
        }
        if (output == null && !diffOnly) {
            throw new UserError("fix needs --output FIXED, or --diff-only to only print the changes");
        }
        Set<String> fixes = new LinkedHashSet<>();
        for (String r : rules) {
            String id = r.strip();
            if (!RuleFixes.FIXABLE.containsKey(id)) {
                throw new UserError("--fix " + id + ": not a fixable rule; fixable: "
                        + String.join(", ", RuleFixes.FIXABLE.keySet()));
            }
            fixes.add(id);
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
        FixResult result;
        try {
            result = previousRev == null ? new Fixer().fix(draft, previous, fixes, draft.toString())
                    : new Fixer().fixAgainst(draft, PreviousText.ofFix(previousRev, draft), fixes, draft.toString());
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
        return Main.EXIT_CLEAN;
    }
}
