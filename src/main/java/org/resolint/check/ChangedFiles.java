package org.resolint.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --changed-since REV}: the drafts git sees as changed since a revision (committed or
 * not) plus untracked ones, so a CI gate checks only what a change touched.
 */
public final class ChangedFiles {
    private final Path workDir;

    public ChangedFiles(Path workDir) {
        this.workDir = workDir.toAbsolutePath();
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
        return new Git(workDir).text(args);
    }
}
