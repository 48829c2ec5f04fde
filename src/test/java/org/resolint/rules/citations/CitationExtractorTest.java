package org.resolint.rules.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resolint.model.Resolution;
import org.resolint.testing.TestEngine;

class CitationExtractorTest {
    private final CitationExtractor extractor = new CitationExtractor(ResolutionTable.bundled());

    private List<Citation> cite(String paragraph) {
        Resolution r = TestEngine.parse("t.txt", "The Security Council,\n\n" + paragraph + "\n\n1. Decides to remain seized of the matter.\n");
        return extractor.extract(r).stream().filter(c -> c.getParagraph().getLabel().equals("PP1")).toList();
    }

    private static String show(List<Citation> cs) {
        return cs.stream().map(c -> c.getKind() + ":" + c.getNumber() + "/" + c.getYear())
                .collect(Collectors.joining(" "));
    }

    @Test
    void listsAreReadItemByItem() {
        assertEquals("SC_RESOLUTION:1265/1999 SC_RESOLUTION:1296/2000 SC_RESOLUTION:1674/2006",
                show(cite("Recalling its resolutions 1265 (1999), 1296 (2000) and 1674 (2006),")));
        assertEquals("SC_RESOLUTION:2359/2017 SC_RESOLUTION:2295/2016",
                show(cite("Recalling its resolutions 2359 (2017), 2295 (2016),")));
        assertEquals("SC_RESOLUTION:425/null SC_RESOLUTION:426/1978",
                show(cite("Recalling its resolutions 425 and 426 (1978),")));
        assertEquals("SC_RESOLUTION:1908/null SC_RESOLUTION:1927/null SC_RESOLUTION:1944/null",
                show(cite("Recalling the adoption of its resolutions 1908, 1927 and 1944, and noting,")));
    }

    @Test
    void aSingularLeadTakesOneItem() {
        assertEquals("SC_RESOLUTION:986/1995",
                show(cite("Recalling paragraph 7 of resolution 986 (1995), 30 days after its adoption,")));
    }

    @Test
    void aDateAfterOfGivesTheYear() {
        List<Citation> cs = cite("Recalling resolution 1524 of 30 January 2004,");
        assertEquals("SC_RESOLUTION:1524/2004", show(cs));
        assertEquals("2004-01-30", cs.get(0).getCitedDate().toString());
    }

    @Test
    void otherBodiesAreToldApart() {
        assertEquals("OTHER_RESOLUTION:null/null OTHER_RESOLUTION:null/null OTHER_RESOLUTION:null/null"
                        + " OTHER_RESOLUTION:null/null SC_RESOLUTION:1645/2005",
                show(cite("Recalling General Assembly resolution 60/1, resolution 1514 (XV), Human Rights Council"
                        + " resolution 16/25 (2011), A/RES/60/180 and Security Council resolution 1645 (2005),")));
    }

    @Test
    void statementsAndDocuments() {
        assertEquals("PRESIDENTIAL_STATEMENT:22/2015 DOCUMENT:110/2013 DOCUMENT:21258/null",
                show(cite("Recalling S/PRST/2015/22, the report S/2013/110 and the letter S/21258,")));
    }

    @Test
    void offsetsPointAtTheItem() {
        String p = "Recalling its resolutions 2359 (2017), 2295 (2016),";
        List<Citation> cs = cite(p);
        assertEquals(p.indexOf("2295"), cs.get(1).getOffset());
        assertEquals(p.indexOf("2295") + 1, cs.get(1).getParagraph().locate(cs.get(1).getOffset()).column());
    }
}
