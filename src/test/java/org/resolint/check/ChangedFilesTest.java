package org.resolint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFilesTest {
    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
    }

    @Test
    void onlyDraftsChangedSinceTheRevisionOrUntracked(@TempDir Path repo) throws Exception {
        git(repo, "init", "-q");
        Path a = Files.writeString(repo.resolve("a.txt"), "one");
        Path b = Files.writeString(repo.resolve("b.txt"), "two");
        Files.createDirectories(repo.resolve("sub"));
        Path c = Files.writeString(repo.resolve("sub/c.txt"), "three");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "first");
        Files.writeString(b, "two, changed");
        Path d = Files.writeString(repo.resolve("sub/d.txt"), "new");
        List<Path> changed = new ChangedFiles(repo.resolve("sub"))
                .filter(List.of(a, b, c, d), "HEAD");
        assertEquals(List.of(b, d), changed);
    }

    @Test
    void outsideAGitRepositoryIsOneClearLine(@TempDir Path dir) {
        GitException e = assertThrows(GitException.class,
                () -> new ChangedFiles(dir).since("HEAD"));
        assertTrue(e.getMessage().contains("is not in a git repository"), e.getMessage());
    }

    @Test
    void unknownRevisionIsOneClearLine(@TempDir Path repo) throws Exception {
        git(repo, "init", "-q");
        GitException e = assertThrows(GitException.class,
                () -> new ChangedFiles(repo).since("no-such-rev"));
        assertTrue(e.getMessage().startsWith("--changed-since no-such-rev: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
