package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --enable, --disable, --min-severity, rules off by default, grouped repeats in JSON and SARIF. */
class PrecisionCliTest {
    /** An acronym defined once and never used again (off by default), "UN" twice, and an info-level repeat. */
    static final String DRAFT = String.join("\n",
            "The Security Council,",
            "",
            "Recalling the work of the Independent Electoral Commission of Varnia (IECV) and of the UN,",
            "",
            "1. Requests the UN Mission to support the elections;",
            "",
            "2. Decides to remain seized of the matter.",
            "");

    static Path draft(Path dir) throws Exception {
        Path p = dir.resolve("draft.txt");
        Files.writeString(p, DRAFT, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void anUnusedAcronymIsSilentByDefaultAndReportedWhenEnabled(@TempDir Path tmp) throws Exception {
        Path d = draft(tmp);
        CliTest.Result quiet = CliTest.run("check", d.toString());
        assertFalse(quiet.out().contains("term.acronym-unused"), quiet.out());
        CliTest.Result on = CliTest.run("check", "--enable", "term.acronym-unused,style.unknown-opener", d.toString());
        assertTrue(on.out().contains(d + ":3:71: info [term.acronym-unused] PP1: \"IECV\" is defined but never used"
                + " (suggestion: drop \"(IECV)\")"), on.out());
    }

    @Test
    void aConfigSwitchesARuleOnAndTheCommandLineWins(@TempDir Path tmp) throws Exception {
        Path d = draft(tmp);
        Files.writeString(tmp.resolve(".resolint.yaml"), "rules:\n  term.acronym-unused: on\n  term.forbidden-abbreviation: warning\n");
        CliTest.Result r = CliTest.run("check", d.toString());
        assertTrue(r.out().contains("info [term.acronym-unused] PP1"), r.out());
        assertTrue(r.out().contains("warning [term.forbidden-abbreviation] PP1: \"UN\" should be written out as"
                + " \"United Nations\" (2 times: lines 3, 5) (suggestion: United Nations)"), r.out());
        CliTest.Result off = CliTest.run("check", "--disable", "term.acronym-unused", d.toString());
        assertFalse(off.out().contains("term.acronym-unused"), off.out());
    }

    @Test
    void minSeverityTrimsWhatIsPrintedNotTheExitCode(@TempDir Path tmp) throws Exception {
        Path d = draft(tmp);
        CliTest.Result all = CliTest.run("check", "--fail-on", "info", d.toString());
        assertEquals(1, all.code(), all.out());
        assertTrue(all.out().contains("[term.forbidden-abbreviation]"), all.out());
        CliTest.Result trimmed = CliTest.run("check", "--fail-on", "info", "--min-severity", "warning", d.toString());
        assertEquals(1, trimmed.code(), "the exit code still reads the info finding");
        assertFalse(trimmed.out().contains("[term.forbidden-abbreviation]"), trimmed.out());
        assertTrue(trimmed.out().contains("1 file checked: 0 errors, 0 warnings, 0 info"), trimmed.out());
    }

    @Test
    void unknownOrContradictoryRuleIdsAreOneLineErrors(@TempDir Path tmp) throws Exception {
        Path d = draft(tmp);
        CliTest.Result unknown = CliTest.run("check", "--enable", "term.no-such-rule", d.toString());
        assertEquals(2, unknown.code());
        assertEquals("resolint: --enable: no rule term.no-such-rule (see 'resolint rules')", unknown.err().strip());
        CliTest.Result both = CliTest.run("check", "--enable", "style.spelling", "--disable", "style.spelling", d.toString());
        assertEquals(2, both.code());
        assertEquals("resolint: --enable and --disable both name style.spelling", both.err().strip());
        CliTest.Result level = CliTest.run("check", "--min-severity", "loud", d.toString());
        assertEquals(2, level.code());
        assertEquals(1, level.err().strip().lines().count(), level.err());
    }

    @Test
    void groupedRepeatsCarryTheirOtherPlacesInJsonAndSarif(@TempDir Path tmp) throws Exception {
        Path d = draft(tmp);
        JsonNode json = new ObjectMapper().readTree(CliTest.run("check", "--format", "json", d.toString()).out());
        JsonNode f = null;
        for (JsonNode x : json.get("files").get(0).get("findings")) {
            if (x.get("rule").asText().equals("term.forbidden-abbreviation")) {
                assertTrue(f == null, "one finding for the repeated word");
                f = x;
            }
        }
        assertTrue(f != null, json.toString());
        assertEquals(3, f.get("line").asInt());
        assertEquals("United Nations", f.get("suggestion").asText());
        assertEquals(5, f.get("related").get(0).get("line").asInt(), f.toString());
        JsonNode sarif = new ObjectMapper().readTree(CliTest.run("check", "--format", "sarif", d.toString()).out());
        boolean related = false;
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (r.get("ruleId").asText().equals("term.forbidden-abbreviation")) {
                related = r.get("relatedLocations").get(0).get("physicalLocation").get("region").get("startLine").asInt() == 5;
            }
        }
        assertTrue(related, sarif.toString());
    }

    @Test
    void rulesListSaysWhichAreOffByDefault() throws Exception {
        CliTest.Result text = CliTest.run("rules");
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("term.acronym-unused") && l.contains("[off by default")),
                text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("chapter7.missing ") && l.contains(" error ")), text.out());
        JsonNode json = new ObjectMapper().readTree(CliTest.run("rules", "--format", "json").out());
        for (JsonNode r : json) {
            boolean off = r.get("id").asText().equals("term.acronym-unused") || r.get("id").asText().equals("style.unknown-opener");
            assertEquals(!off, r.get("enabled").asBoolean(), r.toString());
        }
    }
}
