package org.resolint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.resolint.Version;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleInfo;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;
import org.resolint.report.docx.DocxAnnotator;
import org.resolint.report.docx.DocxReviewReport;

/**
 * {@code --report FILE.docx} and {@code --annotate FILE.docx}: the Word review report and the
 * annotated copy of one draft. Each is written to a temporary file beside the target and moved
 * into place, so a failure never leaves half a document; an output that is an input is refused.
 */
final class WordOutputs {
    private final Path report;
    private final Path annotate;
    private final Path reference;

    WordOutputs(Path report, Path annotate, Path reference) {
        this.report = report;
        this.annotate = annotate;
        this.reference = reference;
    }

    boolean wanted() {
        return report != null || annotate != null;
    }

    /** Refuses what cannot work before any draft is checked. */
    void validate(List<Path> files, Path textOutput) {
        if (!wanted()) {
            if (reference != null) {
                throw new UserError("--report-style needs --report FILE.docx");
            }
            return;
        }
        if (files.size() != 1) {
            throw new UserError("--report and --annotate describe one draft: give exactly one draft file ("
                    + files.size() + " found)");
        }
        for (Path out : outputs()) {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                throw new UserError(out + ": the Word output must be a .docx file");
            }
            List<Path> others = new ArrayList<>(files);
            if (textOutput != null) {
                others.add(textOutput);
            }
            if (reference != null) {
                others.add(reference);
            }
            OutputTarget.refuseInputs(out, others);
        }
        if (report != null && annotate != null
                && report.toAbsolutePath().normalize().equals(annotate.toAbsolutePath().normalize())) {
            throw new UserError(report + ": --report and --annotate name the same file");
        }
        if (reference != null && !Files.isRegularFile(reference)) {
            throw new UserError(reference + ": no such report style file");
        }
    }

    private List<Path> outputs() {
        List<Path> out = new ArrayList<>();
        if (report != null) {
            out.add(report);
        }
        if (annotate != null) {
            out.add(annotate);
        }
        return out;
    }

    void write(CheckRun run, List<Path> files, List<RuleInfo> rules) {
        if (!wanted() || run.anyFailed()) {
            return; // the read failure is already reported; no report of an unread draft
        }
        FileResult result = run.files().get(0);
        SourceText source;
        try {
            source = Readers.read(files.get(0));
        } catch (InputException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (report != null) {
            DocxReviewReport r = new DocxReviewReport(Version.get(), rules, reference);
            atomically(report, os -> r.write(result, source, run.changes().get(result.path()), os));
        }
        if (annotate != null) {
            atomically(annotate, os -> new DocxAnnotator().write(result, source, os));
        }
    }

    interface Body {
        void write(OutputStream out) throws IOException, InputException;
    }

    /** A temporary file is private (rw-------); the finished document is shared like any other. */
    private static void readableLikeAnyNewFile(Path tmp) {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the default permissions stand
        }
    }

    static void atomically(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError(file + ": cannot write output, the folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                body.write(os);
            }
            readableLikeAnyNewFile(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new UserError(file + ": cannot write output (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        } catch (InputException e) {
            throw new UserError(e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the output
                }
            }
        }
    }
}
