package org.resolint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resolint.model.Resolution;
import org.resolint.model.StaleReference;
import org.resolint.rules.references.StaleReferenceRule;
import org.resolint.testing.TestEngine;

/**
 * Follows references of a draft back into the previous text (the fixture pair
 * fixtures/references/stale.txt against previous/stale.txt): what each reference meant, what it
 * should say now, and the words of the finding.
 */
class ReferenceCarrierTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/references");

    static Resolution fixture(String name) throws Exception {
        String text = Files.readString(DIR.resolve(name)).lines()
                .map(l -> l.startsWith("#!") ? "" : l).collect(Collectors.joining("\n"));
        return TestEngine.parse(name, text);
    }

    static List<StaleReference> stale(String previous, String draft) throws Exception {
        return StaleReferenceFacts.stale(ReferenceCarrier.carry(fixture(previous), fixture(draft)));
    }

    static StaleReference in(List<StaleReference> all, String label, String raw) {
        return all.stream().filter(s -> s.getParagraph().getLabel().equals(label) && s.getReference().raw().equals(raw))
                .findFirst().orElseThrow(() -> new AssertionError("no stale \"" + raw + "\" in " + label + ": " + all));
    }

    @Test
    void eachStaleReferenceIsFollowedToWhereItPointedBefore() throws Exception {
        List<StaleReference> all = stale("previous/stale.txt", "stale.txt");
        assertEquals("paragraph 3 above", in(all, "4", "paragraph 2 above").getSuggestion());
        assertEquals("paragraphs 3 and 4 above", in(all, "5", "paragraphs 2 and 3 above").getSuggestion());
        assertEquals("paragraph 5 above", in(all, "6", "paragraph 4 above").getSuggestion());
        // a range: item by item, the ends rewritten
        assertEquals("paragraphs 3 to 4 above", in(all, "6", "paragraphs 2 to 3 above").getSuggestion());
        // marks alone, resolved in the paragraph that holds them: (b) became (c) when a new (b) came in
        assertEquals("subparagraph (c) above", in(all, "7 (d)", "subparagraph (b) above").getSuggestion());
        // number and mark both changed
        assertEquals("subparagraph 7 (c) above", in(all, "8", "subparagraph 6 (b) above").getSuggestion());
        assertEquals("paragraph 7 (d) above", in(all, "9", "paragraph 6 (c) above").getSuggestion());
        assertEquals(8, all.size(), all.toString());
    }

    @Test
    void theMessageGivesTheEvidenceOfBothParagraphs() throws Exception {
        StaleReference s = in(stale("previous/stale.txt", "stale.txt"), "4", "paragraph 2 above");
        assertEquals("\"paragraph 2 above\" pointed, in the previous text, at the paragraph now numbered 3"
                + " (\"Decides that all States shall prevent the supply …\"); paragraph 2 is now"
                + " \"Condemns in the strongest terms all attacks against …\"", StaleReferenceRule.message(s));
        StaleReference list = in(stale("previous/stale.txt", "stale.txt"), "5", "paragraphs 2 and 3 above");
        assertTrue(StaleReferenceRule.message(list).startsWith("\"paragraphs 2 and 3 above\" pointed, in the previous text, at"
                + " paragraphs now numbered otherwise: 2 → 3, 3 → 4 (3: \"Decides that all States"), StaleReferenceRule.message(list));
    }

    @Test
    void aReferenceToADeletedParagraphSaysSo() throws Exception {
        StaleReference s = in(stale("previous/stale.txt", "stale.txt"), "8", "paragraph 9 below");
        assertTrue(s.isDeleted() && !s.isMoved(), s.toString());
        assertEquals("\"paragraph 9 below\" pointed, in the previous text, at paragraph 9 (\"Further requests the"
                + " Secretary-General to conduct a strategic …\"), which this draft deletes; paragraph 9 is now"
                + " \"Requests the Secretary-General to report on the tasks …\"", StaleReferenceRule.message(s));
        assertNull(s.getSuggestion());
    }

    @Test
    void updatedReferencesAndNewOnesAreNotStale() throws Exception {
        assertEquals(List.of(), stale("previous/stale.txt", "stale-quiet.txt"));
        List<CarriedTarget> carried = ReferenceCarrier.carry(fixture("previous/stale.txt"), fixture("stale-quiet.txt"));
        // the drafter rewrote "paragraph 2" as "paragraph 3": still known to mean old paragraph 2, now 3
        CarriedTarget rewritten = carried.stream().filter(t -> t.now().getSource().getLabel().equals("4")).findFirst()
                .orElseThrow();
        assertEquals(CarriedTarget.Status.REWRITTEN, rewritten.status());
        assertEquals("3", rewritten.intended().getLabel());
        assertEquals(rewritten.now().getTarget(), rewritten.intended());
        // "the attacks condemned in paragraph 2 above" is new: nothing to follow
        assertTrue(carried.stream().anyMatch(t -> t.written().equals("2") && t.status() == CarriedTarget.Status.UNKNOWN),
                carried.toString());
    }

    @Test
    void theSameTextAgainHasNoStaleReference() throws Exception {
        List<CarriedTarget> carried = ReferenceCarrier.carry(fixture("previous/stale.txt"), fixture("previous/stale.txt"));
        assertTrue(carried.size() >= 9, carried.toString());
        assertTrue(carried.stream().allMatch(t -> t.status() == CarriedTarget.Status.UNCHANGED), carried.toString());
    }

    @Test
    void aReferenceWhoseTargetNowStandsOnTheOtherSideTurnsItsDirection() {
        String before = "The Security Council,\n\n1. Decides to establish a Committee;\n\n"
                + "2. Requests the Committee established by paragraph 4 below to report;\n\n"
                + "3. Decides to remain seized;\n\n4. Decides to establish a Panel of Experts;\n";
        String after = "The Security Council,\n\n1. Decides to establish a Committee;\n\n"
                + "2. Decides to establish a Panel of Experts;\n\n"
                + "3. Requests the Committee established by paragraph 4 below to report;\n\n"
                + "4. Decides to remain seized;\n";
        List<StaleReference> s = StaleReferenceFacts.stale(ReferenceCarrier.carry(
                TestEngine.parse("a.txt", before), TestEngine.parse("b.txt", after)));
        assertEquals(1, s.size(), s.toString());
        assertEquals("paragraph 2 above", s.get(0).getSuggestion());
    }
}
