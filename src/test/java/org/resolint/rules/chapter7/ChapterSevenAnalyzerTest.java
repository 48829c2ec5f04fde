package org.resolint.rules.chapter7;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resolint.testing.TestEngine;

class ChapterSevenAnalyzerTest {
    private final ChapterSevenAnalyzer analyzer = new ChapterSevenAnalyzer();

    private List<Object> facts(String preamble, String operative) {
        return analyzer.analyze(TestEngine.parse("t.txt", "The Security Council,\n\n" + preamble + "\n\n1. " + operative
                + "\n\n2. Decides to remain seized of the matter.\n"));
    }

    private static String show(List<Object> facts) {
        return facts.stream().map(ChapterSevenAnalyzerTest::show).collect(Collectors.joining(" | "));
    }

    private static String show(Object f) {
        if (f instanceof Invocation i) {
            return "I" + (i.isStandard() ? "+" : "-") + ":" + i.getWording();
        } else if (f instanceof Determination d) {
            return "D:" + d.getWording();
        } else if (f instanceof Enforcement e) {
            return "E:" + e.getWording();
        } else if (f instanceof Collocation c) {
            return "C:" + c.getWording();
        } else if (f instanceof InvocationScope s) {
            return "S:" + s.getFrom() + "-" + s.getTo();
        }
        return f.toString();
    }

    @Test
    void acceptedAndNonStandardInvocations() {
        assertEquals("I+:Acting under Chapter VII of the Charter of the United Nations",
                show(facts("Acting under Chapter VII of the Charter of the United Nations,", "Decides to act;")));
        assertEquals("I+:Acting for these reasons under Chapter VII of the Charter of the United Nations",
                show(facts("Acting for these reasons under Chapter VII of the Charter of the United Nations,", "Notes;")));
        assertEquals("I-:Acting under Chapter VII of the UN Charter",
                show(facts("Acting under Chapter VII of the UN Charter,", "Notes;")));
        assertEquals("I+:acting under Article 41 of the Charter of the United Nations",
                show(facts("Noting the letter,", "Decides, acting under Article 41 of the Charter of the United Nations, that"
                        + " the measures end;")));
    }

    @Test
    void someoneElseActingIsNoInvocation() {
        assertEquals("", show(facts("Noting that the Forces of Tesaria acting under Chapter VII as provided by the"
                + " United Nations Charter requested support,", "Notes;")));
        assertEquals("", show(facts("Acting under Chapter VIII of the Charter,", "Notes;")));
    }

    @Test
    void determinationsEnforcementAndScope() {
        assertEquals("D:threat Tesaria's conduct poses to international peace | I+:Acting under Chapter VII of the Charter"
                        + " | S:1-2 | E:all necessary means",
                show(facts("Recognizing the threat Tesaria's conduct poses to international peace and security,\n\n"
                        + "Acting under Chapter VII of the Charter, with respect to paragraphs 1 to 2,",
                        "Authorizes the Mission to use all necessary means;")));
        assertEquals("", show(facts("Noting the report,", "Calls upon all States to take all necessary measures;")));
    }
}
