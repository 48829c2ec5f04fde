package org.resolint.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;

/**
 * {@code --previous-rev REV}: each draft's previous text is the same file as it stood at a git
 * revision, found under its old name when git sees it renamed since (a {@code git mv}, committed
 * or staged). git runs in each draft's own folder, so drafts may lie in any repository.
 */
public final class PreviousRevision {
    private static final String RENAMES = "--find-renames=30%";
    private final String revision;

    public PreviousRevision(String revision) {
        this.revision = revision;
    }

    /** Where a draft stood at the revision: {@code pathThen} relative to the repository root, or null when new since. */
    public record Located(Path draft, Path root, String revision, String pathThen) {
        public boolean isNew() {
            return pathThen == null;
        }

        /** How the previous text is named in reports: {@code REV:path}, as git names it. */
        public String shown() {
            return revision + ":" + pathThen;
        }
    }

    /** Each draft (in order) with its path at the revision; one-line GitException when git cannot say. */
    public List<Located> locate(List<Path> drafts) throws GitException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GitException("--previous-rev " + revision + ": not a revision");
        }
        Map<Path, Repository> byRoot = new HashMap<>();
        Map<Path, Path> rootOfFolder = new HashMap<>();
        List<Located> out = new ArrayList<>();
        for (Path draft : drafts) {
            if (!Files.isRegularFile(draft)) {
                out.add(new Located(draft, null, revision, null)); // the check reports it
                continue;
            }
            Path folder = folder(draft);
            Path root = rootOfFolder.get(folder);
            if (root == null) {
                root = root(draft, folder);
                rootOfFolder.put(folder, root);
            }
            Repository repo = byRoot.get(root);
            if (repo == null) {
                repo = new Repository(root);
                byRoot.put(root, repo);
            }
            String now = relative(root, draft);
            String then = repo.filesThen.contains(now) ? now : repo.renamedFrom.get(now);
            if (then == null) {
                then = repo.followed(now);
            }
            out.add(new Located(draft, root, revision, then));
        }
        return out;
    }

    /** The previous text of a located draft, read by the reader of its extension and named {@code REV:path}. */
    public Resolution read(Located found) throws InputException {
        Path shown = shownPath(found);
        byte[] content;
        try {
            content = new Git(found.root()).bytes("cat-file", "--filters", found.revision() + ":" + found.pathThen());
        } catch (GitException e) {
            throw new InputException(shown, e.getMessage());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("resolint-previous");
            // The file keeps its name, so the reader is chosen by its extension as for any draft.
            Path file = Files.write(dir.resolve(Path.of(found.pathThen()).getFileName().toString()), content);
            SourceText read;
            try {
                read = Readers.read(file);
            } catch (InputException e) {
                String prefix = file + ": ";
                String cause = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
                throw new InputException(shown, cause, e);
            }
            return new ResolutionParser().parse(new SourceText(shown, read.format(), read.lines(), read.warnings()));
        } catch (IOException e) {
            throw new InputException(shown, "cannot write a temporary copy (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** One repository's view of the revision: its files then, and renames since. */
    private final class Repository {
        final Set<String> filesThen = new HashSet<>();
        final Map<String, String> renamedFrom = new LinkedHashMap<>();
        final Git git;

        Repository(Path root) throws GitException {
            git = new Git(root);
            if (!git.succeeds("rev-parse", "--verify", "--quiet", revision + "^{commit}")) {
                throw new GitException(unknown(git, root));
            }
            for (String name : git.text("ls-tree", "-r", "--name-only", "-z", revision).split("\u0000")) {
                if (!name.isEmpty()) {
                    filesThen.add(name);
                }
            }
            // The revision against the working tree (staged renames included), renames detected. 30 %:
            // a draft whose paragraphs were all renumbered shares few whole lines with its old self.
            String[] status = git.text("diff", "--name-status", RENAMES, "-z", revision, "--").split("\u0000");
            // Entries: "R<score>" old new, "C<score>" old new, or one letter and one path.
            for (int i = 0; i < status.length; i++) {
                String kind = status[i];
                if (kind.isEmpty()) {
                    continue;
                }
                boolean twoPaths = kind.startsWith("R") || kind.startsWith("C");
                if (kind.startsWith("R") && i + 2 < status.length) {
                    renamedFrom.put(status[i + 2], status[i + 1]);
                }
                i += twoPaths ? 2 : 1;
            }
        }

        /**
         * The draft's name at the revision through the renames of each commit since ({@code git
         * log --follow}), for a rename the whole range hides: a draft renamed in one commit and
         * much rewritten in another. Null when it was added since.
         */
        String followed(String now) throws GitException {
            String log = git.text("-c", "core.quotePath=false", "log", "--follow", "--format=", "--name-status",
                    RENAMES, revision + "..HEAD", "--", now);
            String name = now;
            for (String line : log.split("\n")) {
                String[] f = line.split("\t");
                if (f.length == 3 && f[0].startsWith("R") && f[2].equals(name)) {
                    name = f[1];
                }
            }
            return !name.equals(now) && filesThen.contains(name) ? name : null;
        }
    }

    /** Why the revision cannot be read: unknown, or absent from a shallow clone (say how to fetch it). */
    private String unknown(Git git, Path root) throws GitException {
        boolean shallow = "true".equals(git.text("rev-parse", "--is-shallow-repository").strip());
        if (shallow) {
            return "--previous-rev " + revision + ": not in this shallow clone of " + root
                    + " (fetch it, e.g. git fetch --depth=1 origin <branch>, or clone with full history: fetch-depth: 0)";
        }
        return "--previous-rev " + revision + ": unknown revision in " + root;
    }

    private Path root(Path draft, Path folder) throws GitException {
        try {
            return Path.of(new Git(folder).text("rev-parse", "--show-toplevel").strip()).toRealPath();
        } catch (Git.GitFailed e) {
            throw new GitException("--previous-rev: " + (e.getMessage().contains("not a git repository")
                    ? draft + " is not in a git repository" : draft + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new GitException("--previous-rev: " + draft + ": cannot resolve its repository (" + e.getMessage() + ")");
        }
    }

    /** {@code REV:path} as a path for the reader and the reports; where ':' cannot be in a path, the path alone. */
    private static Path shownPath(Located found) {
        try {
            return Path.of(found.shown());
        } catch (InvalidPathException e) {
            return Path.of(found.pathThen());
        }
    }

    private static Path folder(Path draft) {
        Path parent = draft.toAbsolutePath().normalize().getParent();
        return parent == null ? draft.toAbsolutePath() : parent;
    }

    /** The draft's path in the repository, forward slashes, as git names it. */
    private static String relative(Path root, Path draft) throws GitException {
        Path real;
        try {
            real = draft.toRealPath();
        } catch (IOException e) {
            real = draft.toAbsolutePath().normalize();
        }
        if (!real.startsWith(root)) {
            throw new GitException("--previous-rev: " + draft + " is outside the git repository " + root);
        }
        return root.relativize(real).toString().replace('\\', '/');
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it
        }
    }
}
