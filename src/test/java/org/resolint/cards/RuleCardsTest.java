package org.resolint.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Finding;
import org.resolint.testing.TestEngine;

/**
 * Every rule has a card (rules/AREA/ID.yaml) that agrees with its DRL metadata, gives a rationale,
 * and whose examples do what they say: each "fires" draft gets a finding of the rule (at the
 * paragraph, with the message and suggestion given), each "quiet" draft none.
 */
class RuleCardsTest {

    static Stream<RuleInfo> rules() {
        return TestEngine.get().rules().stream();
    }

    static RuleCard card(RuleInfo rule) throws RuleException {
        RuleCard card = RuleCards.of(List.of(rule)).get(rule.id()).orElse(null);
        assertNotNull(card, rule.id() + " has no rule card at " + RuleCards.where(rule));
        return card;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void cardAgreesWithTheDrlAndExplainsTheRule(RuleInfo rule) throws RuleException {
        RuleCard card = card(rule);
        assertEquals(rule.severity().id(), card.severity(), "severity: card and @severity in " + rule.file() + " differ");
        assertEquals(rule.summary(), card.summary(), "summary: card and @summary in " + rule.file() + " differ");
        assertNotNull(card.rationale(), rule.id() + ": the card gives no rationale");
        assertFalse(card.rationale().isBlank(), rule.id() + ": the card gives no rationale");
        assertFalse(card.examples().fires().isEmpty(), rule.id() + ": the card has no example where it fires");
        assertFalse(card.examples().quiet().isEmpty(), rule.id() + ": the card has no example where it stays quiet");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void firingExamplesFire(RuleInfo rule, @TempDir Path tmp) throws RuleException {
        int n = 0;
        for (RuleCard.Example example : card(rule).examples().fires()) {
            n++;
            List<Finding> found = findings(rule.id(), example, tmp, n);
            String all = describe(found);
            assertFalse(found.isEmpty(), rule.id() + " fires example " + n + ": no finding of the rule");
            if (example.paragraph() != null) {
                String label = example.paragraph();
                found = found.stream().filter(f -> label.equals(f.paragraph() == null ? "-" : f.paragraph())).toList();
                assertFalse(found.isEmpty(), rule.id() + " fires example " + n + ": none at paragraph " + label + ":\n" + all);
            }
            if (example.message() != null) {
                found = found.stream().filter(f -> f.message().contains(example.message())).toList();
                assertFalse(found.isEmpty(), rule.id() + " fires example " + n + ": no message with '"
                        + example.message() + "':\n" + all);
            }
            if (example.suggestion() != null) {
                found = found.stream().filter(f -> example.suggestion().equals(f.suggestion())).toList();
                assertFalse(found.isEmpty(), rule.id() + " fires example " + n + ": no suggestion '"
                        + example.suggestion() + "':\n" + all);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void quietExamplesStayQuiet(RuleInfo rule, @TempDir Path tmp) throws RuleException {
        int n = 0;
        for (RuleCard.Example example : card(rule).examples().quiet()) {
            n++;
            List<Finding> found = findings(rule.id(), example, tmp, 100 + n);
            assertTrue(found.isEmpty(), rule.id() + " quiet example " + n + " fires:\n" + describe(found));
        }
    }

    private static List<Finding> findings(String id, RuleCard.Example example, Path tmp, int n) {
        assertNotNull(example.draft(), id + " example " + n + " has no draft");
        Path draft = write(tmp.resolve("example-" + n + "." + example.extension()), example.draft());
        // a rule that is off by default is switched on for its own examples, as --enable does
        FileResult result = example.previous() == null ? TestEngine.check(draft, java.util.Set.of(id))
                : TestEngine.checkWithPrevious(draft, write(tmp.resolve("previous-" + n + ".txt"), example.previous()));
        assertNull(result.error(), id + " example " + n + " could not be checked");
        return result.findings().stream().filter(f -> f.rule().equals(id)).toList();
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Finding> findings) {
        return findings.isEmpty() ? "(none)" : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
