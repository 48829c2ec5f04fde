package org.resolint.report;

import java.io.IOException;
import java.io.Writer;
import org.resolint.check.ReportPaths;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.model.Severity;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}), which
 * GitHub turns into annotations on the changed lines. It shows only the first few per step, so
 * a plain summary line follows them.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(CheckRun run, Writer out) throws IOException {
        for (FileResult file : run.files()) {
            String path = ReportPaths.relative(file.path());
            if (file.failed()) {
                out.write("::error file=" + property(path) + ",title=" + property("resolint: cannot read draft")
                        + "::" + data(file.error()) + "\n");
                continue;
            }
            for (Finding f : file.findings()) {
                String title = "resolint " + f.rule() + (f.paragraph() == null ? "" : " (" + f.paragraph() + ")");
                String message = Where.prefix(f) + f.message()
                        + (f.suggestion() == null ? "" : " (suggestion: " + f.suggestion() + ")");
                out.write("::" + command(f.severity()) + " file=" + property(path)
                        + ",line=" + Math.max(1, f.location().line())
                        + ",col=" + Math.max(1, f.location().column())
                        + ",title=" + property(title) + "::" + data(message) + "\n");
            }
        }
        out.write(Summary.line(run) + "\n");
        out.flush();
    }

    static String command(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message part: GitHub's runner unescapes %25, %0D and %0A. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, plus ':' and ',' that would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
