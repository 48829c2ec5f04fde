package org.resolint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resolint.model.Finding;
import org.resolint.model.Location;
import org.resolint.model.Severity;

/** Repeats of one problem become one finding with a count; different problems stay apart. */
class FindingGroupsTest {
    private static Finding at(String rule, String label, int line, String message, String suggestion) {
        return new Finding(rule, Severity.INFO, label, new Location(line, 5), message, suggestion, List.of());
    }

    private final FindingGroups groups = new FindingGroups(Map.of(
            "term.forbidden-abbreviation", FindingGroups.Key.WORD,
            "style.spelling", FindingGroups.Key.SHAPE,
            "style.terminal-punctuation", FindingGroups.Key.SHAPE));

    @Test
    void theSameWordThreeTimesIsOneFindingWithItsCountAndPlaces() {
        List<Finding> out = groups.apply(List.of(
                at("term.forbidden-abbreviation", "PP2", 12, "\"UN\" should be written out as \"United Nations\"", "United Nations"),
                at("term.forbidden-abbreviation", "3", 40, "\"UN\" should be written out as \"United Nations\"", "United Nations"),
                at("term.forbidden-abbreviation", "7", 77, "\"UN\" should be written out as \"United Nations\"", "United Nations")));
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("\"UN\" should be written out as \"United Nations\" (3 times: lines 12, 40, 77)", f.message());
        assertEquals("PP2", f.paragraph());
        assertEquals(12, f.location().line());
        assertEquals("United Nations", f.suggestion());
        assertEquals(List.of(new Location(40, 5), new Location(77, 5)), f.related());
    }

    @Test
    void differentWordsOfAGroupingRuleStayApart() {
        List<Finding> out = groups.apply(List.of(
                at("term.forbidden-abbreviation", "1", 10, "\"UN\" should be written out as \"United Nations\"", "United Nations"),
                at("term.forbidden-abbreviation", "2", 11, "\"SG\" should be written out as \"Secretary-General\"", "Secretary-General")));
        assertEquals(2, out.size());
        assertEquals("\"SG\" should be written out as \"Secretary-General\"", out.get(1).message());
    }

    @Test
    void oneSlipWithDifferentWordsNamesTheOtherWords() {
        List<Finding> out = groups.apply(List.of(
                at("style.spelling", "PP1", 4, "\"Recognising\" is written \"Recognizing\": UN spelling writes -ize", "Recognizing"),
                at("style.spelling", "PP1", 4, "\"organisations\" is written \"organizations\": UN spelling writes -ize", "organizations"),
                at("style.spelling", "PP2", 9, "\"programs\" is written \"programmes\": UN spelling is British", "programmes")));
        assertEquals(2, out.size());
        assertEquals("\"Recognising\" is written \"Recognizing\": UN spelling writes -ize (2 times: line 4; also"
                + " \"organisations\")", out.get(0).message());
        assertEquals("\"programs\" is written \"programmes\": UN spelling is British", out.get(1).message());
    }

    @Test
    void theSameMarkAtTheEndOfSeveralParagraphsIsOneSlip() {
        List<Finding> out = groups.apply(List.of(
                at("style.terminal-punctuation", "PP3", 8, "Preambular paragraph PP3 ends with a semicolon", ","),
                at("style.terminal-punctuation", "PP4", 9, "Preambular paragraph PP4 ends with a semicolon", ","),
                at("style.terminal-punctuation", "5", 20, "Paragraph 5 ends with a comma", ";")));
        assertEquals(2, out.size());
        assertEquals("Preambular paragraph PP3 ends with a semicolon (2 times: lines 8, 9)", out.get(0).message());
    }

    @Test
    void rulesThatDoNotGroupAreLeftAsTheyAre() {
        List<Finding> in = List.of(
                at("numbering.duplicate", "4", 33, "Operative paragraph number 4 is used twice", "5"),
                at("numbering.duplicate", "4", 35, "Operative paragraph number 4 is used twice", "5"));
        assertEquals(in, groups.apply(in));
    }
}
