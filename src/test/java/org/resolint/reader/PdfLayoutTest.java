package org.resolint.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.reader.PdfReader.PdfLine;

/** Paragraph rebuilding on printed lines laid out as in an older UN document (A4, 12 pt). */
class PdfLayoutTest {
    private static final float W = 595;
    private static final float H = 842;

    private final List<PdfLine> lines = new ArrayList<>();
    private int page;
    private int index;

    private void page(int n) {
        page = n;
        index = 0;
    }

    /** A line at {@code y} points from the top, from x = 72 to {@code xEnd}. */
    private void line(float y, String text, float xEnd) {
        lines.add(new PdfLine(page, ++index, text, 72, y, xEnd, 12, W, H));
    }

    private List<String> rebuilt() {
        return PdfLayout.rebuild(lines).stream().map(l -> l.text().isEmpty() ? "" : l.number() + " " + l.text())
                .toList();
    }

    @Test
    void dropsFurnitureJoinsLinesAndKeepsLoneNumbersWithTheirText() {
        page(1);
        line(60, "UNITED NATIONS", 180);
        line(74, "S/RES/1088 (1996)", 520);
        line(150, "The Security Council,", 200);
        line(180, "Recalling all its previous resolutions concerning the conflicts in the", 520);
        line(194, "former Yugoslavia,", 170);
        line(224, "1. Welcomes the report of the Secretary-", 520);
        line(238, "General of 9 December 1996;", 250);
        line(268, "2. Requests the parties to take the necessary steps to ensure the safe", 520);
        line(282, "return of all refugees and displaced persons, and the full implementa-", 520);
        line(790, "97-02619 (E)", 150);
        line(800, "/...", 520);
        page(2);
        line(40, "S/RES/1088 (1996)", 170);
        line(54, "Page 2", 120);
        line(100, "tion of the Peace Agreement;", 250);
        line(130, "3.", 90);
        line(144, "Decides to remain seized of the matter.", 300);
        assertEquals(List.of(
                "1001 UNITED NATIONS", "1002 S/RES/1088 (1996)", "",
                "1003 The Security Council,", "",
                "1004 Recalling all its previous resolutions concerning the conflicts in the",
                "1005 former Yugoslavia,", "",
                "1006 1. Welcomes the report of the Secretary-General",
                "1007 of 9 December 1996;", "",
                "1008 2. Requests the parties to take the necessary steps to ensure the safe",
                "1009 return of all refugees and displaced persons, and the full implementation",
                "2003 of the Peace Agreement;", "",
                "2004 3.", "2005 Decides to remain seized of the matter."), rebuilt());
    }
}
