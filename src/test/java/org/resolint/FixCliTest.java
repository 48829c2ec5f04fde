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

    private static final String OPTIONS_DRAFT = "The Security Council,\n\nRecalling the the report of the organisation,\n\n"
            + "1. Requests the SG to report;\n\n3. Decides to remain seized of the matter.\n";

    /** The fixed text of OPTIONS_DRAFT under {@code options}, exit 0. */
    private String fixed(String... options) throws Exception {
        Path draft = Files.writeString(tmp.resolve("options.txt"), OPTIONS_DRAFT);
        Path out = tmp.resolve("options-fixed.txt");
        Files.deleteIfExists(out);
        String[] args = new String[options.length + 4];
        args[0] = "fix";
        args[1] = draft.toString();
        args[2] = "--output";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        CliTest.Result r = CliTest.run(args);
        assertEquals(0, r.code(), r.out() + r.err());
        return Files.readString(out);
    }

    @Test
    void safeFixesByDefaultUnsafeOnRequestRulesByName() throws Exception {
        String renumbered = OPTIONS_DRAFT.replace("3. Decides", "2. Decides");
        String safe = renumbered.replace("the the report", "the report").replace("organisation", "organization");
        assertEquals(safe, fixed());
        assertEquals(safe.replace("the SG", "the Secretary-General"), fixed("--unsafe-fixes"));
        assertEquals(renumbered.replace("organisation", "organization"), fixed("--fix", "style.spelling"));
        assertEquals(renumbered.replace("the SG", "the Secretary-General"),
                fixed("--fix", "term.forbidden-abbreviation", "--unsafe-fixes"));
        assertEquals(renumbered, fixed("--renumber-only"));
        // an unsafe rule named without --unsafe-fixes: nothing of it applied, and a note says why
        Path draft = Files.writeString(tmp.resolve("options.txt"), OPTIONS_DRAFT);
        CliTest.Result r = CliTest.run("fix", draft.toString(), "--diff-only", "--fix", "term.forbidden-abbreviation");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("term.forbidden-abbreviation: its fixes are unsafe; add --unsafe-fixes"), r.out());
        // a rule switched off for the run has no finding, so no fix
        assertEquals(renumbered.replace("the the report", "the report"), fixed("--disable", "style.spelling"));
    }

    /**
     * #17 item 7: "paragraph 5 below" names no paragraph; after renumbering 1, 2, 2, 3, 4 to 1…5 it would
     * name one by chance. fix leaves it as written, names it on standard error and exits 1, so the fixed
     * text (whose check no longer sees it) never hides it.
     */
    @Test
    void referencesThatCannotBeCarriedStayFlaggedWithExitOne() throws Exception {
        String text = "The Security Council,\n\n1. Decides that the measures in paragraph 5 below shall apply;\n\n"
                + "2. Requests the Secretary-General to report;\n\n2. Urges all parties to comply;\n\n"
                + "3. Calls upon Member States to cooperate;\n\n4. Decides to remain seized of the matter.\n";
        Path draft = Files.writeString(tmp.resolve("dangling.txt"), text);
        Path out = tmp.resolve("dangling-fixed.txt");
        CliTest.Result r = CliTest.run("fix", draft.toString(), "--output", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("error: " + draft + ":3:33: 1: \"paragraph 5 below\": 5 names no paragraph; left as written",
                r.err().strip());
        assertTrue(r.out().contains("1 reference left flagged"), r.out());
        String fixed = Files.readString(out);
        assertTrue(fixed.contains("paragraph 5 below") && fixed.contains("5. Decides to remain seized"), fixed);
        long before = referenceProblems(draft);
        long after = referenceProblems(out) + r.err().strip().lines().count();
        assertTrue(before >= 1 && after >= before, before + " reference problems before, " + after + " after");
    }

    private static long referenceProblems(Path file) {
        return org.resolint.testing.TestEngine.check(file).findings().stream()
                .filter(f -> f.rule().startsWith("reference.")).count();
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
