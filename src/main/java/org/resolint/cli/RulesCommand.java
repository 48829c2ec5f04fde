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
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resolint rules}: every rule's id, severity and summary, read from the rules themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, severity, summary.")
public final class RulesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
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
        try {
            engine = Engines.standard(ruleDirs);
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            writeJson(engine.rules(), out);
        } else {
            int width = engine.rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
            for (RuleInfo r : engine.rules()) {
                out.printf("%-" + width + "s  %-7s  %s%n", r.id(), r.severity().id(), r.summary());
            }
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    /** The rule list as {@code rules --format json} prints it (also served by {@code resolint serve}). */
    public static void writeJson(List<RuleInfo> rules, java.io.Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartArray();
        for (RuleInfo r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("severity", r.severity().id());
            g.writeStringField("summary", r.summary());
            g.writeStringField("file", r.file());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.write(System.lineSeparator());
    }
}
