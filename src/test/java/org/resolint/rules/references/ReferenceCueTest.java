package org.resolint.rules.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the words before a reference ask for, and what a paragraph does. */
class ReferenceCueTest {

    @Test
    void connectiveVerbsAndHeadNounsNameAKindOfParagraph() {
        assertEquals(Set.of(ProvisionKind.REQUEST), ReferenceCue.read("as requested in").kinds());
        assertEquals(List.of(), ReferenceCue.read("as requested in").words(), "a verb counts only through its kind");
        assertEquals(Set.of(ProvisionKind.ESTABLISH), ReferenceCue.read("Requests the Committee established pursuant to").kinds());
        assertEquals(List.of("committee"), ReferenceCue.read("Requests the Committee established pursuant to").words());
        assertEquals(Set.of(ProvisionKind.IMPOSE), ReferenceCue.read("Decides that the measures imposed by").kinds());
        assertEquals(Set.of(ProvisionKind.EXEMPT), ReferenceCue.read("the implementation of the exemptions set out in").kinds());
        assertEquals(Set.of(ProvisionKind.REQUEST, ProvisionKind.REPORT), ReferenceCue.read("in the report requested in").kinds());
        assertEquals(Set.of(ProvisionKind.ESTABLISH), ReferenceCue.read("to the working group to be created in accordance with").kinds());
        assertEquals(Set.of(), ReferenceCue.read("in accordance with").kinds());
    }

    @Test
    void aParagraphsOpeningSaysWhatItDoes() {
        assertTrue(ProvisionKind.of("Requests the Secretary-General to submit a report within 90 days;")
                .containsAll(Set.of(ProvisionKind.REQUEST, ProvisionKind.REPORT)));
        assertTrue(ProvisionKind.of("Decides to establish a Committee of the Security Council;").contains(ProvisionKind.ESTABLISH));
        assertTrue(ProvisionKind.of("Decides that all Member States shall prevent the supply of arms;").contains(ProvisionKind.IMPOSE));
        assertTrue(ProvisionKind.of("Decides that the measures imposed by paragraph 1 shall not apply to protective clothing;")
                .contains(ProvisionKind.EXEMPT));
        assertTrue(ProvisionKind.of("Decides to renew the authorizations set out in paragraph 14;").contains(ProvisionKind.AUTHORIZE));
        assertEquals(Set.of(), ProvisionKind.of("Stresses the importance of regional cooperation;"));
    }

    @Test
    void complianceAsksForADemandOrAnObligation() {
        assertEquals(Set.of(ProvisionKind.DEMAND, ProvisionKind.IMPOSE),
                ReferenceCue.read("Demands that Eritrea comply immediately with").kinds());
        assertEquals(Set.of(ProvisionKind.CALL, ProvisionKind.URGE, ProvisionKind.ENCOURAGE),
                ReferenceCue.read("the measures imposed by paragraphs 1, 2, and 3 and recommended in").kinds());
    }

    @Test
    void theHeadNounBeforeOfCounts() {
        // "a strategic review of MINUSCA as stipulated in": the review, not only the mission.
        assertEquals(List.of("minusca", "review"),
                ReferenceCue.read("to allow for a strategic review of MINUSCA as stipulated in").words());
        assertEquals(List.of("mandate", "core", "priorities"),
                ReferenceCue.read("to the core-priorities of the mandate as set out in").words());
        assertEquals(List.of("measures"),
                ReferenceCue.read("full and effective implementation of the measures referred to in").words(),
                "only the noun before \"of\", and not a generic one");
    }

    @Test
    void aParagraphDoesWhatALaterClauseDecides() {
        assertTrue(ProvisionKind.of("Encourages Member States to cooperate, and decides, for a further period of 12 months,"
                + " to renew the authorizations as set out in paragraph 14 of resolution 2316 (2016);").contains(ProvisionKind.AUTHORIZE));
        assertTrue(ProvisionKind.of("Decides that the Panel shall provide to the Council an interim report on its work;")
                .contains(ProvisionKind.REPORT));
        assertTrue(ProvisionKind.of("Requests that the Secretary-General provide detailed information within 30 days on force generation;")
                .contains(ProvisionKind.REPORT));
        assertTrue(!ProvisionKind.of("Decides that the Panel shall consist of five experts;").contains(ProvisionKind.REPORT));
    }

    @Test
    void kinWordsShareAStem() {
        assertEquals(TextWords.stem("notify"), TextWords.stem("notification"));
        assertEquals(TextWords.stem("notified"), TextWords.stem("notifications"));
        assertEquals(TextWords.stem("exempted"), TextWords.stem("exemptions"));
        assertTrue(!TextWords.stem("notify").equals(TextWords.stem("note")));
    }

    @Test
    void renumberingShiftsOnlyTheNumbersFromTheBreakPoint() {
        assertEquals("paragraphs 5, 8, 11 and 12 above", DriftDetector.renumber("paragraphs 5, 8, 10 and 11 above", 10, 1));
        assertEquals("paragraph 19 (a) below", DriftDetector.renumber("paragraph 20 (a) below", 14, -1));
    }
}
