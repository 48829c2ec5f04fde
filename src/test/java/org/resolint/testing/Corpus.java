package org.resolint.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared corpus and data lie: {@code ../shared} beside the project (or RESOLINT_SHARED).
 * Tests that need them skip with a clear message on a fresh clone without it; CI has it.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path shared() {
        String env = System.getenv("RESOLINT_SHARED");
        Path p = env != null ? Path.of(env) : Path.of("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** A folder under shared/, or the test is skipped (with the reason) when it is absent. */
    public static Path require(String relative) {
        Path p = shared().resolve(relative);
        boolean inCi = System.getenv("CI") != null;
        if (inCi && !Files.isDirectory(p) && !Files.isRegularFile(p)) {
            throw new IllegalStateException("CI run without " + p + ": the shared corpus must be present in CI");
        }
        assumeTrue(Files.exists(p), "skipped: " + p + " is absent (the shared corpus lies beside the project"
                + " in CI; set RESOLINT_SHARED to run these tests elsewhere)");
        return p;
    }

    public static Path adopted() {
        return require("corpus/unsc");
    }

    public static Path drafts() {
        return require("corpus/unsc-drafts-not-adopted");
    }
}
