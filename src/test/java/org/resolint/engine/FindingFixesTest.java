package org.resolint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.model.TextEdit;
import org.resolint.testing.TestEngine;

/** Each rule that carries a fix: the finding on a small draft, its fix's title, safety and what its edits make of the text. */
class FindingFixesTest {
    private static final String HEAD = "The Security Council,\n\n";
    private static final String TAIL = "\n\n9. Decides to remain seized of the matter.\n";

    @TempDir
    Path tmp;

    @Test
    void spellingIsSafe() throws Exception {
        assertFix("style.spelling", "1. Requests the organisation to report;", Fix.Applicability.SAFE,
                "Replace \"organisation\" with \"organization\"", "1. Requests the organization to report;");
    }

    @Test
    void repeatedWordsAreWrittenOnce() throws Exception {
        assertFix("style.repeated-words", "1. Requests the the Mission to report;", Fix.Applicability.SAFE,
                "Write \"the\" once", "1. Requests the Mission to report;");
    }

    @Test
    void hyphenIsClosedUp() throws Exception {
        assertFix("style.hyphen-space", "1. Stresses the decision- making process;", Fix.Applicability.SAFE,
                "Write \"decision-making\"", "1. Stresses the decision-making process;");
    }

    @Test
    void citationGetsItsYearFromTheTable() throws Exception {
        assertFix("citation.format", "1. Recalls UNSCR 1325 on women and peace and security;", Fix.Applicability.SAFE,
                "Replace \"UNSCR 1325\" with \"resolution 1325 (2000)\"",
                "1. Recalls resolution 1325 (2000) on women and peace and security;");
    }

    @Test
    void acronymVariantIsUnsafe() throws Exception {
        String text = "1. Decides to extend the mandate of the United Nations Stabilization Mission in Tesaria (UNSMIT);\n\n"
                + "2. Requests UNSMIT to report on the protection of civilians, and urges UNSIMT to deploy;";
        assertFix("term.acronym-variant", text, Fix.Applicability.UNSAFE, "Replace \"UNSIMT\" with \"UNSMIT\"",
                text.replace("urges UNSIMT", "urges UNSMIT"));
    }

    @Test
    void nameVariantIsUnsafe() throws Exception {
        String text = "1. Welcomes the Independent National Electoral Commission for the elections in Tesaria;\n\n"
                + "2. Calls upon the Independent National Electoral Council to publish the calendar;";
        assertFix("term.name-variant", text, Fix.Applicability.UNSAFE,
                "Replace \"Independent National Electoral Council\" with \"Independent National Electoral Commission\"",
                text.replace("Electoral Council", "Electoral Commission"));
    }

    @Test
    void forbiddenAbbreviationIsUnsafe() throws Exception {
        assertFix("term.forbidden-abbreviation", "1. Requests the SG to report every 90 days;", Fix.Applicability.UNSAFE,
                "Replace \"SG\" with \"Secretary-General\"", "1. Requests the Secretary-General to report every 90 days;");
    }

    @Test
    void driftRenumbersEveryListedReference() throws Exception {
        Path draft = Path.of("src/test/resources/fix/drift.txt");
        Finding f = only(TestEngine.check(draft).findings(), "reference.drift");
        Fix fix = f.fixes().get(0);
        assertEquals(Fix.Applicability.UNSAFE, fix.applicability());
        assertTrue(fix.title().startsWith("Renumber the references to paragraph"), fix.title());
        String fixed = apply(Files.readString(draft), fix.edits());
        assertTrue(fixed.contains("called for in paragraph 2 above;"), fixed);
        assertTrue(fixed.contains("the notification procedure set out in paragraph 6 above;"), fixed);
        assertTrue(fixed.contains("paragraph 4 of resolution 2253 (2015)"), "external reference untouched");
    }

    /** Repeats grouped into one finding keep every place's edit in one fix. */
    @Test
    void groupedRepeatsCarryEveryEdit() throws Exception {
        String text = "1. Requests the organisation to report;\n\n2. Urges the organisation to act;";
        Finding f = only(check(text), "style.spelling");
        assertEquals(1, f.fixes().size(), f.toString());
        assertEquals(2, f.fixes().get(0).edits().size(), f.toString());
        assertEquals(HEAD + text.replace("organisation", "organization") + TAIL, apply(HEAD + text + TAIL, f.fixes().get(0).edits()));
    }

    /** Words that run over a line break get no fix: an edit never crosses a line. */
    @Test
    void wordsOverALineBreakCarryNoFix() throws Exception {
        Finding f = only(check("1. Requests the\nthe Mission to report;"), "style.repeated-words");
        assertEquals(List.of(), f.fixes(), f.toString());
    }

    private void assertFix(String rule, String body, Fix.Applicability applicability, String title, String fixedBody)
            throws Exception {
        Finding f = only(check(body), rule);
        assertEquals(1, f.fixes().size(), f.toString());
        Fix fix = f.fixes().get(0);
        assertEquals(title, fix.title());
        assertEquals(applicability, fix.applicability());
        assertEquals(HEAD + fixedBody + TAIL, apply(HEAD + body + TAIL, fix.edits()));
    }

    private List<Finding> check(String body) throws Exception {
        Path draft = tmp.resolve("draft.txt");
        Files.writeString(draft, HEAD + body + TAIL);
        return TestEngine.check(draft).findings();
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, of.size(), findings.toString());
        return of.get(0);
    }

    /** The text with the edits made, last first so earlier positions hold; each edit's old text is checked. */
    static String apply(String text, List<TextEdit> edits) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        List<TextEdit> sorted = edits.stream().sorted(Comparator.comparing(TextEdit::start).reversed()).toList();
        for (TextEdit e : sorted) {
            String line = lines.get(e.start().line() - 1);
            int from = e.start().column() - 1;
            int to = e.end().column() - 1;
            assertEquals(e.old(), line.substring(from, to), e.toString());
            lines.set(e.start().line() - 1, line.substring(0, from) + e.replacement() + line.substring(to));
        }
        return String.join("\n", lines);
    }
}
