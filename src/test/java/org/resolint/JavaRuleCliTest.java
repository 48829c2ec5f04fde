package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Rules written in Java (engine.JavaRule: reference.drift, reference.stale) are rules like the DRL
 * ones for every command: listed by {@code rules}, explained from their card, reported by {@code check}.
 */
class JavaRuleCliTest {
    private static final String FIXTURES = "src/test/resources/fixtures/references/";

    @Test
    void explainShowsTheRationaleOfAJavaRule() {
        CliTest.Result r = CliTest.run("explain", "reference.drift");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("reference.drift (warning, org.resolint.rules.references.DriftRule)"), r.out());
        assertTrue(r.out().contains("every\n  reference to a later paragraph names its neighbour")
                || r.out().contains("every reference to a later paragraph names its neighbour"), r.out());
        assertTrue(r.out().contains("Fires at paragraph 6"), r.out());
    }

    @Test
    void rulesListsTheJavaRules() throws Exception {
        JsonNode rules = new ObjectMapper().readTree(CliTest.run("rules", "--format", "json").out());
        int found = 0;
        for (JsonNode rule : rules.has("rules") ? rules.get("rules") : rules) {
            String id = rule.get("id").asText();
            if (id.equals("reference.drift") || id.equals("reference.stale")) {
                assertTrue(rule.get("file").asText().startsWith("org.resolint.rules.references."), rule.toString());
                found++;
            }
        }
        assertEquals(2, found, rules.toString());
    }

    @Test
    void checkReportsDriftOnAFixture() {
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", FIXTURES + "drift.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("drift.txt:16:58: warning [reference.drift] 6: 2 references name paragraph 3 or later,"
                + " but the words before them fit the paragraph after the one named: a paragraph seems to have been"
                + " inserted at or before paragraph 3"), r.out());
        assertTrue(r.out().contains("(suggestion: update \"paragraph 3 above\" in 6 → \"paragraph 4 above\";"
                + " \"paragraph 4 above\" in 7 → \"paragraph 5 above\")"), r.out());
    }

    @Test
    void checkReportsStaleReferencesWithThePreviousText() {
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous", FIXTURES + "previous/stale.txt",
                FIXTURES + "stale.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("error [reference.stale]"), r.out());
        assertTrue(r.out().contains("pointed, in the previous text, at"), r.out());
    }

    @Test
    void aQuietTextGetsNoDrift() {
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", FIXTURES + "drift-quiet.txt");
        assertTrue(!r.out().contains("[reference.drift]"), r.out());
    }
}
