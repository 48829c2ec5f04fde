package org.resolint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolint fix} on the command line: output, diff, summary, and every refusal as one line, exit 2. */
class FixCliTest {
    private static final String DRAFT = "src/test/resources/fix/duplicate-and-gap.txt";
    private static final String STYLE = "src/test/resources/fix/style.md";

    @TempDir
    Path tmp;

    @Test
    void writesTheFixedDraftAndPrintsDiffAndSummary() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(DRAFT));
        Path out = tmp.resolve("fixed.txt");
        CliTest.Result r = CliTest.run("fix", DRAFT, "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("src/test/resources/fix/duplicate-and-gap.fixed.txt")), Files.readString(out));
        assertTrue(r.out().startsWith("--- " + DRAFT + "\n+++ " + DRAFT + " (fixed)\n@@ "), r.out());
        assertTrue(r.out().contains("note: " + DRAFT + ":25:11: \"paragraph 3 above\" is ambiguous"), r.out());
        assertTrue(r.out().endsWith("resolint: " + DRAFT + ": renumbered 6 paragraphs, rewrote 6 references; 3 notes;"
                + " written to " + out + "\n"), r.out());
        assertArrayEquals(before, Files.readAllBytes(Path.of(DRAFT)), "the input is never modified");
        // no temporary file is left beside the output
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void diffOnlyWritesNothing() throws Exception {
        CliTest.Result r = CliTest.run("fix", DRAFT, "--diff-only");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("-10. Decides to remain actively seized of the matter."), r.out());
        assertTrue(r.out().contains("(nothing written)"), r.out());
    }

    @Test
    void listNamesTheFixesTheFindingsCarry() {
        CliTest.Result r = CliTest.run("fix", STYLE, "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(STYLE + ":5:76: style.spelling: safe: Replace \"organisation\" with \"organization\" (2 places)"), r.out());
        assertTrue(r.out().contains("style.repeated-words: safe: Write \"the\" once"), r.out());
        assertTrue(r.out().contains("style.hyphen-space: safe: Write \"decision-making\""), r.out());
    }

    @Test
    void refusalsAreOneLineWithExitTwo() throws Exception {
        assertRefused("fix supports .txt, .md and .docx", "fix", "src/test/resources/pdf/mandate-clean.pdf", "--diff-only");
        assertRefused("fix supports .txt, .md and .docx", "fix", Files.list(Path.of("src/test/resources/akn"))
                .filter(p -> p.toString().endsWith(".xml")).findFirst().orElseThrow().toString(), "--diff-only");
        assertRefused("the output file is one of the inputs", "fix", DRAFT, "--output", DRAFT);
        assertRefused("needs --output FIXED, or --diff-only", "fix", DRAFT);
        assertRefused("--fix: no rule style.nope", "fix", DRAFT, "--diff-only", "--fix", "style.nope");
        assertRefused("--renumber-only applies no finding's fix", "fix", DRAFT, "--diff-only", "--renumber-only",
                "--unsafe-fixes");
        assertRefused("no such file", "fix", tmp.resolve("missing.txt").toString(), "--diff-only");
        assertRefused("keeps the draft's format", "fix", DRAFT, "--output", tmp.resolve("fixed.docx").toString());
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        assertRefused("file is empty", "fix", empty.toString(), "--diff-only");
    }

    private static void assertRefused(String expected, String... args) {
        CliTest.Result r = CliTest.run(args);
        assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
