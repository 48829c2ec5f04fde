package org.resolint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.resolint.cards.RuleCard;
import org.resolint.cards.RuleCards;
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
 * examples, read from its rule card ({@code rules/AREA/ID.yaml}); a rule of the user's without a
 * card falls back on its DRL metadata ({@code @summary}, {@code @rationale}, {@code @example}).
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
        RuleCard card;
        try {
            card = RuleCards.of(List.of(info)).get(id).orElse(null);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + " (" + info.severity().id() + ", " + info.file() + ")");
        out.println("  " + (card != null && card.summary() != null ? card.summary() : info.summary()));
        List<String> rationale = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        if (card != null && card.rationale() != null) {
            add(rationale, card.rationale().strip());
        }
        for (Map<String, Object> meta : engine.metadata(id)) {
            if (card == null) {
                add(rationale, meta.get("rationale"));
            }
            add(examples, meta.get("example"));
        }
        out.println();
        out.println("Why:");
        out.println(rationale.isEmpty() ? "  (no rationale recorded: add a rule card " + RuleCards.where(info) + ")"
                : "  " + String.join("\n  ", rationale));
        if (!examples.isEmpty() || card != null) {
            out.println();
            out.println("Examples:");
            examples.forEach(e -> out.println("  " + e));
            if (card != null) {
                card.examples().fires().forEach(e -> printExample(out, "Fires", e));
                card.examples().quiet().forEach(e -> printExample(out, "Stays quiet on", e));
            }
        }
        if (id.startsWith("clause.")) {
            out.println();
            out.println("The clauses themselves are listed by 'resolint profiles' (templates/*.yaml).");
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    private static void printExample(PrintWriter out, String kind, RuleCard.Example e) {
        out.println();
        StringBuilder head = new StringBuilder("  " + kind);
        if (e.paragraph() != null) {
            head.append(" at ").append("-".equals(e.paragraph()) ? "the whole text" : "paragraph " + e.paragraph());
        }
        if (e.suggestion() != null) {
            head.append(", suggesting \"").append(e.suggestion()).append('"');
        }
        out.println(head + (e.previous() != null ? ", after this previous text:" : ":"));
        if (e.previous() != null) {
            e.previous().strip().lines().forEach(l -> out.println("    | " + l));
            out.println("  this draft:");
        }
        e.draft().strip().lines().forEach(l -> out.println("    | " + l));
    }

    private static void add(List<String> list, Object value) {
        if (value instanceof java.util.Collection<?> values) { // a Java rule lists several examples
            values.forEach(v -> add(list, v));
            return;
        }
        if (value != null && !value.toString().isBlank() && !list.contains(value.toString())) {
            list.add(value.toString());
        }
    }
}
