package org.resolint.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code --changed-since REV}: the drafts git sees as changed since a revision (committed or
 * not) plus untracked ones, so a CI gate checks only what a change touched.
 */
public final class ChangedFiles {
    private final Path workDir;

    public ChangedFiles(Path workDir) {
        this.workDir = workDir.toAbsolutePath();
    }

    /** A git problem, one line: not a repository, an unknown revision, no git. */
    public static final class GitException extends Exception {
        GitException(String message) {
            super(message);
        }
    }

    /** The files among {@code candidates} that changed since {@code revision}, in their order. */
    public List<Path> filter(List<Path> candidates, String revision) throws GitException {
        Set<Path> changed = since(revision);
        List<Path> out = new ArrayList<>();
        for (Path p : candidates) {
            if (changed.contains(real(p))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Absolute real paths of every file changed since {@code revision}, and untracked files. */
    public Set<Path> since(String revision) throws GitException {
        if (revision.startsWith("-")) {
            throw new GitException("--changed-since " + revision + ": not a revision");
        }
        String top;
        try {
            top = git("rev-parse", "--show-toplevel").strip();
        } catch (GitException e) {
            throw new GitException("--changed-since: " + (e.getMessage().contains("not a git repository")
                    ? workDir.toAbsolutePath().normalize() + " is not in a git repository" : e.getMessage()));
        }
        Path root = Path.of(top);
        Set<Path> changed = new HashSet<>();
        String diff;
        try {
            diff = git("diff", "--name-only", "-z", revision, "--");
        } catch (GitException e) {
            throw new GitException("--changed-since " + revision + ": " + e.getMessage());
        }
        String untracked = git("-C", top, "ls-files", "--others", "--exclude-standard", "-z");
        for (String list : new String[] {diff, untracked}) {
            for (String name : list.split("\u0000")) {
                if (!name.isEmpty()) {
                    changed.add(real(root.resolve(name)));
                }
            }
        }
        return changed;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private String git(String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Path err = null;
        try {
            err = Files.createTempFile("resolint-git", ".err");
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                String message = Files.readString(err).strip().lines().findFirst().orElse("exit " + p.exitValue());
                throw new GitException("git " + String.join(" ", args) + ": " + message);
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
}
