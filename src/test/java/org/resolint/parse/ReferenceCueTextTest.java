package org.resolint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words kept before a reference, which say what it points at. */
class ReferenceCueTextTest {

    private static String cueBefore(String text) {
        return ReferenceParser.cue(text, text.indexOf("paragraph"));
    }

    @Test
    void cueRunsBackToTheLastPunctuation() {
        assertEquals("Decides that the exemptions set out in",
                cueBefore("Recalls its decision, Decides that the exemptions set out in paragraph 14 above"));
    }

    @Test
    void aParticipleAfterACommaSpeaksOfTheNounBeforeIt() {
        // Ten words at most, as written.
        assertEquals("Panel to provide recommendations in their final report, requested in",
                cueBefore("Stresses the need; requests the Panel to provide recommendations in their final report,"
                        + " requested in paragraph 18 of this resolution"));
    }

    @Test
    void aConnectiveAloneAfterACommaStaysAlone() {
        assertEquals("consistent with",
                cueBefore("Decides further that UNMISS shall include, consistent with paragraph 7 above, the following"));
    }
}
