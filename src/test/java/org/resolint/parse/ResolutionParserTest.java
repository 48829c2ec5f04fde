package org.resolint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.model.Location;
import org.resolint.model.OpenerForm;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.model.TextKind;
import org.resolint.testing.TestEngine;

class ResolutionParserTest {

    private static List<String> labels(Resolution r, ParagraphKind kind) {
        return r.getParagraphs().stream().filter(p -> p.getKind() == kind).map(Paragraph::getLabel).toList();
    }

    private static Paragraph find(Resolution r, String label) {
        return r.getParagraphs().stream().filter(p -> p.getLabel().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError("no paragraph " + label + " in " + r.getParagraphs()));
    }

    @Test
    void lineOfALoneQuotationMarkIsNoParagraphAndNoCrash() {
        // Found by ParserPropertiesTest: a pasted press-release quote mark alone on its line, no blank lines.
        Resolution r = TestEngine.parse("x.txt", """
                “The Security Council,
                Reaffirming its previous resolutions on the situation in Burundi,
                “
                Expressing concern at the dire humanitarian conditions in Burundi,
                1. Calls upon all parties to respect the ceasefire;
                2. Decides to remain seized of the matter.”
                """);
        assertEquals(List.of("1", "2"), labels(r, ParagraphKind.OPERATIVE));
        assertEquals(List.of("PP1", "PP2"), labels(r, ParagraphKind.PREAMBULAR));
    }

    @Test
    void adoptedCoverGivesNumberYearAndSymbol() {
        Resolution r = TestEngine.parse("x.txt", """
                United Nations
                S/RES/2719 (2023)
                Security Council
                Distr.: General
                21 December 2023
                Resolution 2719 (2023)
                Adopted by the Security Council at its 9518th meeting, on21 December 2023

                The Security Council,

                Recalling its resolutions,

                1. Decides to remain seized of the matter.
                """);
        assertEquals(TextKind.ADOPTED, r.getKind());
        assertEquals(2719, r.getNumber());
        assertEquals(2023, r.getYear());
        assertEquals("S/RES/2719 (2023)", r.getSymbol());
        assertEquals(new Location(9, 1), r.getEnactingFormula());
        assertEquals(List.of("PP1"), labels(r, ParagraphKind.PREAMBULAR));
        assertEquals(List.of("1"), labels(r, ParagraphKind.OPERATIVE));
    }

    @Test
    void draftCoverGivesSymbolAndNoNumber() {
        Resolution r = TestEngine.parse("x.txt", "S/2024/312\n\nAlgeria: draft resolution\n\nThe Security Council,\n\n"
                + "Having examined the application,\n\nRecommends to the General Assembly that it be admitted.\n");
        assertEquals(TextKind.DRAFT, r.getKind());
        assertEquals("S/2024/312", r.getSymbol());
        assertNull(r.getNumber());
        assertEquals(List.of("OP1"), labels(r, ParagraphKind.OPERATIVE));
    }

    @Test
    void hardWrappedParagraphsJoinAndKeepLines() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,
                Having determined that the armed attack upon the
                Republic constitutes a breach of the peace,

                1. Welcomes the prompt support which
                Governments have given to its resolutions;

                2. Requests the Secretary-General to re-
                port on the matter.
                """);
        Paragraph pp1 = find(r, "PP1");
        assertEquals(2, pp1.getLine());
        assertEquals("Having determined that the armed attack upon the Republic constitutes a breach of the peace,",
                pp1.getText());
        Paragraph op1 = find(r, "1");
        assertEquals(5, op1.getLine());
        int at = op1.getText().indexOf("Governments");
        assertEquals(new Location(6, 1), op1.locate(at));
        assertTrue(find(r, "2").getText().endsWith("to re-port on the matter."));
    }

    @Test
    void pressReleaseQuotationIsStrippedKeepingLineNumbers() {
        Resolution r = TestEngine.parse("x.txt", """
                The Council this morning adopted resolution 2999 (2026), which reads:

                “The Security Council,

                “Recalling its previous resolutions,

                “1. Decides to extend the mandate until 30 June 2027;

                “2. Decides to remain seized of the matter.”

                The meeting began at 10:05 a.m. and ended at 10:10 a.m.
                """);
        assertEquals(TextKind.QUOTATION, r.getKind());
        assertEquals(List.of("1", "2"), labels(r, ParagraphKind.OPERATIVE));
        Paragraph op2 = find(r, "2");
        assertEquals(new Location(9, 2), op2.getLocation());
        assertEquals("Decides to remain seized of the matter.", op2.getText());
        assertEquals(3, r.getParagraphs().size(), "text after the quotation is not part of the resolution");
    }

    @Test
    void subParagraphTreeAndLabels() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                1. Decides that the mandate shall include:

                (a) Protection of civilians, in particular:

                (i) To protect civilians;

                (ii) To protect women and children;

                (b) Support to the political process;

                2. (a) Decides that all States shall act;

                (b) Decides further;
                """);
        assertEquals(List.of("1 (a)", "1 (a) (i)", "1 (a) (ii)", "1 (b)", "2 (a)", "2 (b)"),
                labels(r, ParagraphKind.SUBPARAGRAPH));
        Paragraph ii = find(r, "1 (a) (ii)");
        assertEquals(2, ii.getValue());
        assertEquals(2, ii.getDepth());
        assertEquals("1 (a)", ii.getParent().getLabel());
        assertEquals("1 (a) (i)", ii.getPreviousSibling().getLabel());
        assertEquals(new Location(13, 4), find(r, "2 (a)").getLocation());
    }

    @Test
    void headingsAnnexesNotesAndFootnotesStayOutOfTheOperativeNumbering() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Recalling its resolutions,

                A

                1. Decides to act;

                Terminations

                2. Decides to remain seized of the matter.

                Adopted at the 1747th meeting by 14 votes to none 27

                Annex

                1. The Committee shall meet monthly.

                27 One member did not participate in the voting.
                """);
        assertEquals(List.of("1", "2"), labels(r, ParagraphKind.OPERATIVE));
        assertEquals(List.of("H1", "H2"), labels(r, ParagraphKind.HEADING));
        assertEquals(List.of("Note"), labels(r, ParagraphKind.NOTE));
        assertEquals(List.of("Annex ¶1", "Annex 1"), labels(r, ParagraphKind.ANNEX));
        assertEquals(List.of("FN27"), labels(r, ParagraphKind.FOOTNOTE));
    }

    @Test
    void openersAreJudgedByForm() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                Deeply concerned by the situation,

                Bearing in mind its primary responsibility,

                1. Further requests the Secretary-General to report;

                2. Calls upon all parties to respect the ceasefire;

                3. Acting under Chapter VII of the Charter, decides that all States shall act;
                """);
        Paragraph pp1 = find(r, "PP1");
        assertEquals("Deeply concerned", pp1.getOpener());
        assertEquals("concerned", pp1.getOpenerVerb());
        assertEquals(OpenerForm.PREAMBULAR, pp1.getOpenerForm());
        assertEquals("Bearing in mind", find(r, "PP2").getOpener());
        assertEquals("requests", find(r, "1").getOpenerVerb());
        assertEquals("Calls upon", find(r, "2").getOpener());
        assertEquals(OpenerForm.OPERATIVE, find(r, "2").getOpenerForm());
        assertTrue(find(r, "3").isOperativeVerbAfterOpener());
        assertFalse(find(r, "1").isOperativeVerbAfterOpener());
    }

    @Test
    void insertionLabelsAndNegotiationLabels() {
        Resolution r = TestEngine.parse("x.txt", """
                The Security Council,

                PP1 Recalling its resolutions,

                1. Decides to act;

                1 bis. Decides further to act;

                2. Decides to remain seized.
                """);
        assertEquals(List.of("1", "1 bis", "2"), labels(r, ParagraphKind.OPERATIVE));
        assertTrue(find(r, "1 bis").isInsertion());
        assertEquals("PP1", find(r, "PP1").getMarker());
        assertEquals("Recalling its resolutions,", find(r, "PP1").getText());
    }
}
