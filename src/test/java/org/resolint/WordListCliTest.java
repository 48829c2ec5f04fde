package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;

/** A reviewer's word lists in a --rules folder extend the bundled ones; a broken one stops the run (exit 2). */
class WordListCliTest {
    private static final String DRAFT = "The Security Council,\n\nRecalling its resolutions on Tesaria and the color"
            + " of the flags of the KLMNO,\n\n1. Decides to remain seized of the matter.\n";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void reviewerListsAddWords(@TempDir Path tmp) throws IOException {
        Path draft = tmp.resolve("draft.txt");
        Files.writeString(draft, DRAFT);
        String[] before = run("check", draft.toString());
        assertFalse(before[1].contains("\"color\""), before[1]);
        assertTrue(before[1].contains("term.acronym-undefined"), before[1]);
        Path dir = Files.createDirectories(tmp.resolve("house/style"));
        Files.writeString(dir.resolve("spelling.yaml"), "forms:\n  color: colour\n");
        Files.createDirectories(tmp.resolve("house/terms"));
        Files.writeString(tmp.resolve("house/terms/acronyms-allowed.yaml"), "allowed: [KLMNO]\n");
        String[] after = run("check", "--rules", tmp.resolve("house").toString(), draft.toString());
        assertEquals("0", after[0], after[2]);
        assertTrue(after[1].contains("\"color\" is written \"colour\""), after[1]);
        assertFalse(after[1].contains("term.acronym-undefined"), after[1]);
    }

    @Test
    void brokenReviewerListIsOneLineAndExitTwo(@TempDir Path tmp) throws IOException {
        Path draft = tmp.resolve("draft.txt");
        Files.writeString(draft, DRAFT);
        Path dir = Files.createDirectories(tmp.resolve("house/style"));
        Files.writeString(dir.resolve("spelling.yaml"), "forms:\n  color: colour\n program: programme\n");
        String[] r = run("check", "--rules", tmp.resolve("house").toString(), draft.toString());
        assertEquals("2", r[0]);
        String expected = "resolint: " + dir.resolve("spelling.yaml") + ":3: word list is not valid YAML: ";
        assertTrue(r[2].startsWith(expected), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }
}
