package org.resolint.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.resolint.cli.Main;

/** explain and rules read the cards: rationale, examples, and the README table. */
class CardCommandsTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void explainShowsTheCardsRationaleAndExamples() {
        String[] r = run("explain", "numbering.gap");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("numbering.gap (error, rules/numbering/numbering.drl)"), r[1]);
        assertTrue(r[1].contains("a skipped number means a paragraph was deleted"), r[1]);
        assertTrue(r[1].contains("Fires at paragraph 4:"), r[1]);
        assertTrue(r[1].contains("    | 4. Decides to remain seized of the matter."), r[1]);
        assertTrue(r[1].contains("Stays quiet on:"), r[1]);
        assertTrue(!r[1].contains("no rationale recorded"), r[1]);
    }

    @Test
    void rulesMarkdownIsTheReadmeTable() {
        String[] r = run("rules", "--format", "markdown");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("| id | severity | what it checks |\n| --- | --- | --- |\n| `chapter7.collocation` | info |"), r[1]);
    }
}
