package org.resolint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolint explain RULE}: the rule's summary, severity and file, then its rationale and
 * examples, all read from the DRL metadata ({@code @summary}, {@code @rationale}, {@code @example}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: summary, rationale and examples.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule id, as 'resolint rules' lists it (clause.missing).")
    String id;

    @Option(names = "--rules", paramLabel = "DIR", description = "Add the .drl files of this folder.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleEngine engine;
        try {
            engine = Engines.standard(ruleDirs);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        RuleInfo info = engine.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError("no rule '" + id + "'; 'resolint rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + " (" + info.severity().id() + ", " + info.file() + ")");
        out.println("  " + info.summary());
        List<String> rationale = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (Map<String, Object> meta : engine.metadata(id)) {
            add(rationale, meta.get("rationale"));
            add(examples, meta.get("example"));
        }
        out.println();
        out.println("Why:");
        out.println(rationale.isEmpty() ? "  (no rationale recorded: add @rationale(\"...\") to the rule)"
                : "  " + String.join("\n  ", rationale));
        if (!examples.isEmpty()) {
            out.println();
            out.println("Examples:");
            examples.forEach(e -> out.println("  " + e));
        }
        if (id.startsWith("clause.")) {
            out.println();
            out.println("The clauses themselves are listed by 'resolint profiles' (templates/*.yaml).");
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    private static void add(List<String> list, Object value) {
        if (value != null && !value.toString().isBlank() && !list.contains(value.toString())) {
            list.add(value.toString());
        }
    }
}
