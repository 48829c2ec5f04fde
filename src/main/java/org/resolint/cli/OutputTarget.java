package org.resolint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a report goes: standard output, or a file written to a temporary file beside it and
 * moved into place, so a failure never leaves half a report and an input is never overwritten.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    static void refuseInputs(Path output, List<Path> inputs) {
        if (output == null) {
            return;
        }
        Path out = output.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path abs = in.toAbsolutePath().normalize();
            boolean same = abs.equals(out);
            try {
                same |= Files.exists(out) && Files.exists(abs) && Files.isSameFile(abs, out);
            } catch (IOException ignored) {
                // cannot tell; the path comparison stands
            }
            if (same) {
                throw new UserError(output + ": the output file is one of the inputs; choose another path");
            }
        }
    }

    /** Writes bytes (a fixed draft, a .docx) the same way: temporary file beside it, then moved into place. */
    static void write(Path file, byte[] bytes) {
        write(file, null, null, bytes);
    }

    static void write(Path file, PrintWriter stdout, Body body) {
        write(file, stdout, body, null);
    }

    private static void write(Path file, PrintWriter stdout, Body body, byte[] bytes) {
        if (file == null) {
            try {
                body.write(stdout);
                stdout.flush();
            } catch (IOException e) {
                throw new UserError("cannot write to standard output: " + e.getMessage(), e);
            }
            return;
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError(file + ": cannot write output, the folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            if (bytes != null) {
                Files.write(tmp, bytes);
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                    body.write(w);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError(file + ": cannot write output (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
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
