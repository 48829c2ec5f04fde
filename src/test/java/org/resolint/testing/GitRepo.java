package org.resolint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A temporary git repository for the --previous-rev tests: files written, committed, moved. */
public final class GitRepo {
    private final Path root;

    private GitRepo(Path root) {
        this.root = root;
    }

    /** A new repository in {@code dir} with branch main. */
    public static GitRepo init(Path dir) throws Exception {
        GitRepo repo = new GitRepo(Files.createDirectories(dir));
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    /** Everything in the working tree committed. */
    public void commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    /** {@code git ARGS} in the repository (a fixed identity, no signing); its output, or the test fails. */
    public String git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=resolint test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
        return out;
    }
}
