package org.resolint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.resolint.profile.Clause;
import org.resolint.profile.Condition;
import org.resolint.profile.ProfileException;
import org.resolint.profile.Profiles;
import org.resolint.profile.Template;
import org.resolint.profile.TemplateCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resolint profiles}: every template, how it is detected, and the clauses it requires. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "List the resolution templates (profiles) and the clauses each requires.")
public final class ProfilesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--config", paramLabel = "FILE", description = "Also list the templates of this config's folders.")
    Path config;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TemplateCatalog catalog;
        try {
            catalog = new Profiles(TemplateCatalog.bundled(), null, null, Set.of()).settings(config).catalog();
        } catch (ProfileException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(catalog));
        } else {
            for (Template t : catalog.byPriority()) {
                text(t, out);
            }
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    /** The templates as {@code profiles --format json} prints them (also served by {@code resolint serve}). */
    public static String json(TemplateCatalog catalog) throws java.io.IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Template t : catalog.byPriority()) {
            list.add(json(t));
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list);
    }

    private static void text(Template t, PrintWriter out) {
        out.println(t.name() + " — " + t.title());
        if (t.description() != null) {
            out.println("  " + t.description());
        }
        out.println("  detected when: " + (t.detect().isEmpty() ? "no other template fits"
                : String.join("; and ", t.detect().stream().map(ProfilesCommand::says).toList())));
        for (Clause c : t.clauses()) {
            out.printf("  %-34s %-7s %-9s %s%n", c.id(), c.level().id(), c.where().id(), c.title());
            if (!c.appliesWhen().isEmpty()) {
                out.println("  " + " ".repeat(53) + "only when " + String.join(" and ",
                        c.appliesWhen().stream().map(ProfilesCommand::says).toList()));
            }
            if (c.since() != null) {
                out.println("  " + " ".repeat(53) + "adopted texts from " + c.since() + " on");
            }
        }
        out.println();
    }

    private static String says(Condition c) {
        return c.says() != null ? c.says() : "the text matches " + c.recognise();
    }

    private static Map<String, Object> json(Template t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("title", t.title());
        m.put("description", t.description());
        m.put("detectedWhen", t.detect().stream().map(ProfilesCommand::says).toList());
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (Clause c : t.clauses()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("title", c.title());
            cm.put("severity", c.level().id());
            cm.put("where", c.where().id());
            cm.put("why", c.why());
            cm.put("appliesWhen", c.appliesWhen().stream().map(ProfilesCommand::says).toList());
            cm.put("since", c.since());
            clauses.add(cm);
        }
        m.put("clauses", clauses);
        return m;
    }
}
