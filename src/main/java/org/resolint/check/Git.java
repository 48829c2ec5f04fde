package org.resolint.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command in a folder. The command, not a Java library: it reads the
 * user's own configuration (safe.directory, filters, alternates, partial clones) exactly as the
 * CI job's other git steps do, and adds no dependency. Failures are one-line {@link GitException}s.
 */
final class Git {
    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    /** {@code git ARGS} as text; its first error line on failure. */
    String text(String... args) throws GitException {
        return new String(bytes(args), StandardCharsets.UTF_8);
    }

    /** True when {@code git ARGS} exits 0 (its output is dropped). */
    boolean succeeds(String... args) throws GitException {
        try {
            bytes(args);
            return true;
        } catch (GitFailed e) {
            return false;
        }
    }

    /** {@code git ARGS}' standard output, byte for byte. */
    byte[] bytes(String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Path err = null;
        try {
            err = Files.createTempFile("resolint-git", ".err");
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                String message = Files.readString(err).strip().lines().findFirst().orElse("exit " + p.exitValue());
                throw new GitFailed("git " + String.join(" ", args) + ": " + message);
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot run git (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans it
                }
            }
        }
    }

    /** git ran and exited non-zero (as opposed to git missing or hanging). */
    static final class GitFailed extends GitException {
        GitFailed(String message) {
            super(message);
        }
    }
}
