package org.resolint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.compare.Change;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.model.TextEdit;
import org.resolint.model.Location;
import org.resolint.model.Severity;

/** The JSON document of DESIGN.md's output contract; other tools parse it, so its shape is fixed. */
public final class JsonReporter implements Reporter {
    private final String version;

    public JsonReporter(String version) {
        this.version = version;
    }

    @Override
    public void write(CheckRun run, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("tool", "resolint");
        g.writeStringField("version", version);
        g.writeArrayFieldStart("files");
        for (FileResult file : run.files()) {
            writeFile(g, file, run.changes().get(file.path()));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", run.files().size());
        g.writeNumberField("errors", run.count(Severity.ERROR));
        g.writeNumberField("warnings", run.count(Severity.WARNING));
        g.writeNumberField("infos", run.count(Severity.INFO));
        // Findings a baseline accepted (0 without --baseline); they are left out of "files".
        g.writeNumberField("baselined", run.baselined() == null ? 0 : run.baselined());
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        out.write("\n");
        out.flush();
    }

    private static void writeFile(JsonGenerator g, FileResult file, ChangeSummary changes) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", file.path());
        g.writeStringField("profile", file.profile() == null ? null : file.profile().name());
        if (file.profile() != null) {
            g.writeStringField("profileReason", file.profile().reason());
        }
        if (file.failed()) {
            g.writeStringField("error", file.error());
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : file.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("paragraph", f.paragraph());
            g.writeNumberField("line", f.location().line());
            g.writeNumberField("column", f.location().column());
            if (f.end() != null) {
                // Additive: the offending words end just before this position (exclusive).
                g.writeNumberField("endLine", f.end().line());
                g.writeNumberField("endColumn", f.end().column());
            }
            g.writeStringField("message", f.message());
            g.writeStringField("suggestion", f.suggestion());
            if (f.help() != null) {
                g.writeStringField("help", f.help());
            }
            writeFixes(g, f);
            if (!f.related().isEmpty()) {
                g.writeArrayFieldStart("related");
                for (Location l : f.related()) {
                    g.writeStartObject();
                    g.writeNumberField("line", l.line());
                    g.writeNumberField("column", l.column());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (changes != null) {
            writeChanges(g, changes);
        }
        g.writeEndObject();
    }

    /** Additive to the contract: present only when a rule offers a fix. */
    private static void writeFixes(JsonGenerator g, Finding f) throws IOException {
        if (f.fixes().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("fixes");
        for (Fix fix : f.fixes()) {
            g.writeStartObject();
            g.writeStringField("title", fix.title());
            g.writeStringField("applicability", fix.applicability().id());
            g.writeArrayFieldStart("edits");
            for (TextEdit e : fix.edits()) {
                g.writeStartObject();
                g.writeNumberField("line", e.start().line());
                g.writeNumberField("column", e.start().column());
                g.writeNumberField("endLine", e.end().line());
                g.writeNumberField("endColumn", e.end().column());
                g.writeStringField("old", e.old());
                g.writeStringField("replacement", e.replacement());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Additive to the contract: present only with --previous. */
    private static void writeChanges(JsonGenerator g, ChangeSummary changes) throws IOException {
        g.writeObjectFieldStart("changes");
        g.writeStringField("previous", changes.previousPath());
        g.writeObjectFieldStart("counts");
        for (var e : changes.counts().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("items");
        for (Change c : changes.changes()) {
            g.writeStartObject();
            g.writeStringField("type", c.type().id());
            g.writeStringField("before", c.before() == null ? null : c.before().getLabel());
            g.writeStringField("after", c.after() == null ? null : c.after().getLabel());
            if (c.before() != null) {
                g.writeNumberField("beforeLine", c.before().getLine());
            }
            if (c.after() != null) {
                g.writeNumberField("afterLine", c.after().getLine());
            }
            g.writeStringField("diff", c.diff().isEmpty() ? null : c.diff());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
