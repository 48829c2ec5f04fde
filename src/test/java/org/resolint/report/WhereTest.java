package org.resolint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.model.Finding;
import org.resolint.model.Location;
import org.resolint.model.Severity;

/** The label before a message is left out when the message opens by naming its paragraph (#17 item 8). */
class WhereTest {
    private static Finding at(String label, String message) {
        return new Finding("style.terminal-punctuation", Severity.WARNING, label, new Location(3, 1), message, null, List.of());
    }

    @Test
    void aMessageThatNamesItsParagraphGetsNoLabelBeforeIt() {
        assertEquals("", Where.prefix(at("PP3", "Preambular paragraph PP3 ends with a semicolon")));
        assertEquals("", Where.prefix(at("10", "Paragraph 10 ends with a comma")));
        assertEquals("", Where.prefix(at("7 (a) (vi)", "Paragraph 7 (a) (vi) still has square brackets")));
        assertEquals("", Where.prefix(at("4", "Operative paragraph number 4 is used twice")));
    }

    @Test
    void otherMessagesKeepTheirLabel() {
        assertEquals("PP6: ", Where.prefix(at("PP6", "\"CN\" is never spelled out in the text")));
        assertEquals("1: ", Where.prefix(at("1", "Paragraph 12 ends with a comma")));
        assertEquals("7: ", Where.prefix(at("7", "Paragraph 7 (a) ends with a comma")));
        assertEquals("", Where.prefix(new Finding("clause.missing", Severity.INFO, null, Location.START, "Missing clause",
                null, List.of())));
    }

    @Test
    void theTextLineNamesTheParagraphOnce() {
        String line = new TextReporter(false).line("d.txt", at("PP3", "Preambular paragraph PP3 ends with a semicolon"));
        assertEquals("d.txt:3:1: warning [style.terminal-punctuation] Preambular paragraph PP3 ends with a semicolon", line);
    }
}
