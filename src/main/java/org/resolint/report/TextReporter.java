package org.resolint.report;

import java.io.IOException;
import java.io.Writer;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.compare.Change;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Finding;
import org.resolint.model.Severity;

/**
 * The drafter's view: {@code path:line:column: severity [rule.id] paragraph: message (suggestion: ...)},
 * grouped by file, then one summary line. Colour only when asked (a terminal).
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001B[0m";
    private final boolean colour;

    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(CheckRun run, Writer out) throws IOException {
        for (FileResult file : run.files()) {
            if (file.failed()) {
                continue; // its one-line reason goes to stderr; the summary counts it
            }
            ChangeSummary changes = run.changes().get(file.path());
            if (file.findings().isEmpty() && changes == null) {
                if (file.profile() != null) {
                    out.write(file.path() + ": no findings; " + profileLine(file) + "\n");
                }
                continue;
            }
            out.write(paint("1", file.path()) + "\n");
            if (file.profile() != null) {
                out.write("  " + profileLine(file) + "\n");
            }
            for (Finding f : file.findings()) {
                out.write(line(file.path(), f) + "\n");
            }
            if (changes != null) {
                writeChanges(file.path(), changes, out);
            }
            out.write("\n");
        }
        out.write(Summary.line(run) + "\n");
        out.flush();
    }

    private void writeChanges(String path, ChangeSummary changes, Writer out) throws IOException {
        StringBuilder counts = new StringBuilder();
        changes.counts().forEach((type, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(type.id()));
        out.write(paint("1", "changes since " + changes.previousPath()) + ": " + counts + "\n");
        for (Change c : changes.changes()) {
            int line = c.after() != null ? c.after().getLine() : c.before().getLine();
            out.write("  " + (c.after() != null ? path : changes.previousPath()) + ":" + line + ": " + c.describe() + "\n");
        }
    }

    private static String profileLine(FileResult file) {
        return "profile " + file.profile().name() + " (" + file.profile().reason() + ")";
    }

    String line(String path, Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(path).append(':').append(f.location().line()).append(':').append(f.location().column())
                .append(": ").append(paint(colourOf(f.severity()), f.severity().id()))
                .append(" [").append(f.rule()).append("] ");
        b.append(Where.prefix(f));
        b.append(f.message());
        if (f.suggestion() != null) {
            b.append(" (suggestion: ").append(f.suggestion()).append(')');
        }
        return b.toString();
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
    }

    private String paint(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
