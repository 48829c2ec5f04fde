package org.resolint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolint model FILE}: how the draft was read — its layout, kind, number and year, and each
 * paragraph's kind, label, marker and lines — so a user can see why a rule judged what it judged.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Print the parsed model of a draft: layout, paragraph kinds, labels, line spans,"
                + " headings, annexes, footnotes.")
public final class ModelCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final int EXCERPT = 60;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Parameters(paramLabel = "FILE", description = "A draft (.txt, .md, .docx, .pdf, Akoma Ntoso .xml).")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Resolution model;
        try {
            model = new ResolutionParser().parse(Readers.read(file));
        } catch (InputException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            json(model, out);
        } else {
            text(model, out);
        }
        out.flush();
        return Main.EXIT_CLEAN;
    }

    private void text(Resolution r, PrintWriter out) {
        out.println(file);
        out.println("  layout " + r.getLayout().name().toLowerCase(java.util.Locale.ROOT)
                + " (" + r.getLayout().description() + ")");
        out.println("  kind " + r.getKind().name().toLowerCase(java.util.Locale.ROOT)
                + (r.getSymbol() == null ? "" : ", " + r.getSymbol())
                + (r.getYear() == null ? "" : ", year " + r.getYear())
                + (r.getEnactingFormula() == null ? ", no enacting formula"
                : ", enacting formula at line " + r.getEnactingFormula().line()));
        int width = r.getParagraphs().stream().mapToInt(p -> p.getLabel().length()).max().orElse(4);
        for (Paragraph p : r.getParagraphs()) {
            String lines = p.getLine() == p.getLastLine() ? Integer.toString(p.getLine())
                    : p.getLine() + "-" + p.getLastLine();
            out.printf("  %-9s %-12s %-" + width + "s  %s%n", lines, p.getKind().name().toLowerCase(java.util.Locale.ROOT),
                    p.getLabel(), excerpt(p));
        }
    }

    private static String excerpt(Paragraph p) {
        String t = (p.getMarker().isEmpty() ? "" : p.getMarker() + " ") + p.getText();
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT - 1) + "…";
    }

    private void json(Resolution r, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("path", file.toString());
        g.writeStringField("layout", r.getLayout().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("kind", r.getKind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("symbol", r.getSymbol());
        if (r.getNumber() != null) {
            g.writeNumberField("number", r.getNumber());
            g.writeNumberField("year", r.getYear());
        }
        if (r.getEnactingFormula() != null) {
            g.writeNumberField("enactingFormulaLine", r.getEnactingFormula().line());
        }
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : r.getParagraphs()) {
            g.writeStartObject();
            g.writeStringField("kind", p.getKind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("label", p.getLabel());
            g.writeStringField("marker", p.getMarker());
            g.writeNumberField("line", p.getLine());
            g.writeNumberField("lastLine", p.getLastLine());
            g.writeNumberField("column", p.getColumn());
            g.writeNumberField("depth", p.getDepth());
            if (p.getParent() != null) {
                g.writeStringField("parent", p.getParent().getLabel());
            }
            g.writeStringField("text", p.getText());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
    }
}
