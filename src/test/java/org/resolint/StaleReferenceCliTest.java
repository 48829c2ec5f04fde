package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --previous} with the fixture pair fixtures/references/stale.txt (against
 * previous/stale.txt): reference.stale in the text, JSON and SARIF outputs, and in the rule
 * listings; without --previous it never fires.
 */
class StaleReferenceCliTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/references");

    /** The fixture without its expectation lines (blanked, so line numbers hold). */
    static Path draft(Path tmp, String name) throws Exception {
        String text = Files.readString(DIR.resolve(name)).lines().map(l -> l.startsWith("#!") ? "" : l)
                .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(tmp.resolve(Path.of(name).getFileName()), text);
    }

    @Test
    void textOutputNamesTheParagraphNowMeant(@TempDir Path tmp) throws Exception {
        Path now = draft(tmp, "stale.txt");
        String old = DIR.resolve("previous/stale.txt").toString();
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous", old, now.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(now + ":13:41: error [reference.stale] 4: \"paragraph 2 above\" pointed, in the"
                + " previous text, at the paragraph now numbered 3 (\"Decides that all States shall prevent the supply …\");"
                + " paragraph 2 is now \"Condemns in the strongest terms all attacks against …\""
                + " (suggestion: paragraph 3 above)"), r.out());
        assertTrue(r.out().contains("changes since " + old + ":"), r.out());
        CliTest.Result without = CliTest.run("check", "--fail-on", "never", now.toString());
        assertTrue(!without.out().contains("reference.stale"), without.out());
    }

    @Test
    void jsonKeepsTheContractShapeWithChangesAdded(@TempDir Path tmp) throws Exception {
        Path now = draft(tmp, "stale.txt");
        CliTest.Result r = CliTest.run("check", "--format", "json", "--fail-on", "never", "--previous",
                DIR.resolve("previous/stale.txt").toString(), now.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(Set.of("tool", "version", "files", "summary"), names(root));
        JsonNode file = root.get("files").get(0);
        // DESIGN.md: path, profile, findings; additive: profileReason, changes
        assertEquals(Set.of("path", "profile", "profileReason", "findings", "changes"), names(file));
        int stale = 0;
        for (JsonNode f : file.get("findings")) {
            Set<String> keys = names(f);
            keys.remove("related");
            // additive: the span of the offending words
            keys.remove("endLine");
            keys.remove("endColumn");
            // additive: the fixes a finding carries (a spelling's, a drift's)
            keys.remove("fixes");
            assertEquals(Set.of("rule", "severity", "paragraph", "line", "column", "message", "suggestion"), keys);
            if (f.get("rule").asText().equals("reference.stale")) {
                stale++;
                assertEquals("error", f.get("severity").asText());
            }
        }
        assertEquals(8, stale, r.out());
        JsonNode first = file.get("findings").findParents("rule").stream()
                .filter(f -> f.get("rule").asText().equals("reference.stale")).findFirst().orElseThrow();
        assertEquals("4", first.get("paragraph").asText());
        assertEquals(13, first.get("line").asInt());
        assertEquals(41, first.get("column").asInt());
        assertEquals("paragraph 3 above", first.get("suggestion").asText());
        assertEquals(Set.of("previous", "counts", "items"), names(file.get("changes")));
    }

    @Test
    void theRuleIsListedExplainedAndInSarif(@TempDir Path tmp) throws Exception {
        CliTest.Result rules = CliTest.run("rules");
        assertTrue(rules.out().lines().anyMatch(l -> l.startsWith("reference.stale") && l.contains("error")
                && l.contains("--previous")), rules.out());
        CliTest.Result explain = CliTest.run("explain", "reference.stale");
        assertEquals(0, explain.code());
        assertTrue(explain.out().startsWith("reference.stale (error, "), explain.out());
        assertTrue(explain.out().contains("aligns the paragraphs of both texts by content"), explain.out());
        assertTrue(explain.out().contains("Examples:"), explain.out());
        Path now = draft(tmp, "stale.txt");
        CliTest.Result sarif = CliTest.run("check", "--format", "sarif", "--fail-on", "never", "--previous",
                DIR.resolve("previous/stale.txt").toString(), now.toString());
        JsonNode run = new ObjectMapper().readTree(sarif.out()).get("runs").get(0);
        boolean described = false;
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            described |= rule.get("id").asText().equals("reference.stale");
        }
        assertTrue(described, "reference.stale in tool.driver.rules");
        boolean reported = false;
        for (JsonNode result : run.get("results")) {
            reported |= result.get("ruleId").asText().equals("reference.stale");
        }
        assertTrue(reported, "a reference.stale result");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
