package org.resolint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.testing.TestEngine;

class ReferenceIndexTest {
    private static final String DRAFT = String.join("\n",
            "The Security Council,",
            "",
            "Recalling paragraph 2 of resolution 2792 (2025),",
            "",
            "1. Decides that all States shall prevent the supply of arms to Tesaria;",
            "",
            "2. Decides to establish a Committee to oversee the measures imposed by paragraph 1 above;",
            "",
            "3. Requests the Committee established by paragraph 2 above to report on:",
            "",
            "(a) the measures in paragraphs 1 and 2 above;",
            "",
            "(b) its work under subparagraph (a) above and paragraph 3 of this resolution;",
            "",
            "4. Decides that paragraph 3 (a) above shall be reviewed, and paragraph 9 below is missing;",
            "");

    @Test
    void listsEveryParagraphThatCitesAnother() {
        Resolution r = TestEngine.parse("index.txt", DRAFT);
        ReferenceIndex index = ReferenceIndex.of(ReferenceFacts.resolve(r).targets());
        assertEquals("2, 3 (a)", index.citedByLabels("1"));
        assertEquals("3, 3 (a)", index.citedByLabels("2"));
        // "subparagraph (a) above" in 3 (b) cites 3 (a); 4 cites 3 (a) and so 3; 3 (b) citing
        // its own paragraph 3 is not counted.
        assertEquals("3 (b), 4", index.citedByLabels("3 (a)"));
        assertEquals("4", index.citedByLabels("3"));
        assertEquals("", index.citedByLabels("4"), "nothing cites 4");
        assertEquals("", index.citedByLabels("9"), "a missing target is no paragraph");
        assertEquals(List.of(), index.citedBy("PP1"), "the external reference in PP1 cites nothing here");
    }
}
