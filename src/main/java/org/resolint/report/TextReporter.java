package org.resolint.report;

import java.io.IOException;
import java.io.Writer;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
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
        int clean = 0;
        for (FileResult file : run.files()) {
            if (file.failed()) {
                out.write(paint("1;31", "error") + ": " + file.error() + "\n");
                continue;
            }
            if (file.findings().isEmpty()) {
                clean++;
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
            out.write("\n");
        }
        out.write(summary(run, clean) + "\n");
        out.flush();
    }

    private static String profileLine(FileResult file) {
        return "profile " + file.profile().name() + " (" + file.profile().reason() + ")";
    }

    String line(String path, Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(path).append(':').append(f.location().line()).append(':').append(f.location().column())
                .append(": ").append(paint(colourOf(f.severity()), f.severity().id()))
                .append(" [").append(f.rule()).append("] ");
        if (f.paragraph() != null) {
            b.append(f.paragraph()).append(": ");
        }
        b.append(f.message());
        if (f.suggestion() != null) {
            b.append(" (suggestion: ").append(f.suggestion()).append(')');
        }
        return b.toString();
    }

    private String summary(CheckRun run, int clean) {
        int files = run.files().size();
        long failed = run.files().stream().filter(FileResult::failed).count();
        StringBuilder b = new StringBuilder();
        b.append(files).append(files == 1 ? " file" : " files").append(" checked: ")
                .append(count(run.count(Severity.ERROR), "error")).append(", ")
                .append(count(run.count(Severity.WARNING), "warning")).append(", ")
                .append(count(run.count(Severity.INFO), "info")).append("; ")
                .append(clean).append(" clean");
        if (failed > 0) {
            b.append("; ").append(failed).append(" could not be read");
        }
        return b.toString();
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 || "info".equals(word) ? "" : "s");
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
