package org.resolint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.resolint.cards.RuleCards;
import org.resolint.cards.RuleTable;
import org.resolint.check.RuleTraits;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code resolint rules}: every rule's id, severity and summary, from its rule card (else its DRL
 * metadata), and whether it is off by default. {@code --format markdown} prints the README's rule table.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, severity, summary.")
public final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR", description = "Add the .drl files of this folder.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RuleEngine engine;
        RuleTraits traits;
        try {
            engine = Engines.standard(ruleDirs);
            traits = RuleTraits.of(engine);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        RuleCards cards;
        try {
            cards = RuleCards.of(engine.rules());
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            out.print(RuleTable.markdown(engine.rules(), cards));
        } else if (format == Format.json) {
            writeJson(engine.rules(), cards, traits, out);
        } else {
            int width = engine.rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
            for (RuleInfo r : engine.rules()) {
                out.printf("%-" + width + "s  %-7s  %s%s%n", r.id(), r.severity().id(), cards.summary(r),
                        traits.isOffByDefault(r.id()) ? " [off by default: --enable or .resolint.yaml]" : "");
            }
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    /** The rule list as {@code rules --format json} prints it (also served by {@code resolint serve}). */
    /** Every rule as JSON (also the web page's {@code GET /api/rules}). */
    public static void writeJson(RuleEngine engine, java.io.Writer out) throws IOException, RuleException {
        writeJson(engine.rules(), RuleCards.of(engine.rules()), RuleTraits.of(engine), out);
    }

    private static void writeJson(List<RuleInfo> rules, RuleCards cards, RuleTraits traits, java.io.Writer out)
            throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartArray();
        for (RuleInfo r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("severity", r.severity().id());
            g.writeStringField("summary", cards.summary(r));
            g.writeStringField("file", r.file());
            g.writeBooleanField("enabled", !traits.isOffByDefault(r.id()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.write(System.lineSeparator());
    }
}
