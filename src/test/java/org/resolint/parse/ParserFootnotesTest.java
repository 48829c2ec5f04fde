package org.resolint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.model.TextLayout;
import org.resolint.testing.TestEngine;

/** Footnotes, footnote calls and long titles: read as what they are, not as paragraphs of the text. */
class ParserFootnotesTest {

    private static List<String> model(Resolution r) {
        return r.getParagraphs().stream().map(p -> p.getKind() + " " + p.getLabel()).toList();
    }

    private static Paragraph find(Resolution r, String label) {
        return r.getParagraphs().stream().filter(p -> p.getLabel().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void footnotesRightAfterTheLastParagraphAreNotPartOfIt() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Recalling its resolution 2231 (2015),1

                Taking note of the report of the Secretary-General,2

                1. Decides to extend the mandate until 31 December 2026;

                2. Decides to remain seized of the matter.
                1 S/RES/2231 (2015).
                2 S/2026/100
                """);
        assertEquals(List.of("PREAMBULAR PP1", "PREAMBULAR PP2", "OPERATIVE 1", "OPERATIVE 2", "FOOTNOTE FN1",
                "FOOTNOTE FN2"), model(r));
        assertEquals("Decides to remain seized of the matter.", find(r, "2").getText());
        assertEquals(",", find(r, "PP1").getTerminal());
        // the two footnote lines say nothing of how the body is laid out
        assertEquals(TextLayout.BLANK_LINES, r.getLayout());
    }

    @Test
    void ruleAboveFootnotesAndWrappedFootnotesMakeNoParagraph() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Recalling its resolution 2231 (2015), 2/

                1. Decides to remain seized of the matter.

                __________
                1 S/RES/2231 (2015)
                2 See the report of the Secretary-General (S/2026/100), which sets out the
                options for the Council
                """);
        assertEquals(List.of("PREAMBULAR PP1", "OPERATIVE 1", "FOOTNOTE FN1", "FOOTNOTE FN2"), model(r));
        assertEquals(",", find(r, "PP1").getTerminal());
        assertEquals(2, find(r, "FN2").getLastLine() - find(r, "FN2").getLine() + 1);
    }

    @Test
    void markdownFootnoteDefinitionsAreFootnotes() {
        Resolution r = TestEngine.parse("x.md", """
                The Security Council,

                Recalling its resolution 2231 (2015),[^1]

                1. Decides to remain seized of the matter.
                [^1]: S/RES/2231 (2015)
                """);
        assertEquals(List.of("PREAMBULAR PP1", "OPERATIVE 1", "FOOTNOTE FN1"), model(r));
        assertEquals(",", find(r, "PP1").getTerminal());
    }

    @Test
    void aDateOpeningALetterInTheAnnexIsNoFootnote() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Recalling its resolution 2231 (2015),

                1. Decides to remain seized of the matter.

                Annex

                8 October 2002

                Dear General,

                We confirm our understanding of the arrangements.
                """);
        assertEquals(List.of(), r.getParagraphs().stream().filter(p -> p.getKind() == ParagraphKind.FOOTNOTE).toList());
    }

    @Test
    void aLongTitleBeforeANumberedParagraphIsAHeading() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Acting under Chapter VII of the Charter of the United Nations,

                Mindful of its duties and its responsibilities under the

                Charter of the United Nations,

                Political process, including the implementation of the Agreement, and extension of State authority

                1. Urges all parties to respect the ceasefire;

                2. Decides to remain seized of the matter.
                """);
        assertEquals(List.of("PREAMBULAR PP1", "PREAMBULAR PP2", "HEADING H1", "OPERATIVE 1", "OPERATIVE 2"), model(r));
        assertEquals("Mindful of its duties and its responsibilities under the Charter of the United Nations,",
                find(r, "PP2").getText());
    }

    @Test
    void aSentenceBrokenByABlankLineRunsOnButAChapeauClosingAfterAndDoesNot() throws Exception {
        // S/RES/897 (1994) paragraph 2 and S/RES/2662 (2022) paragraph 11 as transcribed.
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Recalling its resolution 814 (1993),

                1. Welcomes the report of the Secretary-General;

                2. Approves the recommendation of the Secretary-General for the continuation

                of the Operation, as set out in paragraph 57 of his report;

                3. Decides that the measures shall not apply to:

                (a) supplies of protective clothing; and

                (b) entry into ports for temporary visits of vessels; and

                confirms it will keep all notification processes under review;

                4. Decides to remain seized of the matter.
                """);
        assertEquals("Approves the recommendation of the Secretary-General for the continuation of the Operation,"
                + " as set out in paragraph 57 of his report;", find(r, "2").getText());
        assertEquals("entry into ports for temporary visits of vessels; and", find(r, "3 (b)").getText());
        assertEquals(List.of(), TestEngine.get().check(r).stream()
                .filter(f -> f.rule().equals("style.terminal-punctuation")).toList());
    }
}
