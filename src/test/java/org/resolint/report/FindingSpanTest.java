package org.resolint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;

/** Findings name the exact words they are about: JSON endLine/endColumn and the SARIF region end. */
class FindingSpanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DRAFT = String.join("\n",
            "The Security Council,",
            "",
            "Recalling its resolution 2100 (2013),",
            "",
            "1. Decides to strengthen the defense of civilians;",
            "",
            "2. Requests the Secretary-General to report on the implementation of",
            "paragraph 9 above;",
            "",
            "3. Decides to remain seized of the matter.",
            "");

    private static JsonNode check(Path dir, String format) throws Exception {
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, DRAFT, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "check", "--format", format, "--fail-on", "never", draft.toString());
        assertEquals(0, code, err.toString());
        return JSON.readTree(out.toString());
    }

    /** The characters the span covers, read back from the draft's lines. */
    private static String spanned(JsonNode f) {
        List<String> lines = DRAFT.lines().toList();
        int line = f.get("line").asInt();
        int endLine = f.get("endLine").asInt();
        String first = lines.get(line - 1);
        if (line == endLine) {
            return first.substring(f.get("column").asInt() - 1, f.get("endColumn").asInt() - 1);
        }
        return first.substring(f.get("column").asInt() - 1) + " "
                + lines.get(endLine - 1).substring(0, f.get("endColumn").asInt() - 1);
    }

    private static JsonNode finding(JsonNode doc, String rule) {
        for (JsonNode f : doc.get("files").get(0).get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + doc);
    }

    @Test
    void aWordFindingSpansTheWord(@TempDir Path dir) throws Exception {
        JsonNode spelling = finding(check(dir, "json"), "style.spelling");
        assertEquals(5, spelling.get("line").asInt());
        assertEquals("defense", spanned(spelling));
    }

    @Test
    void aReferenceFindingSpansTheReferenceAcrossAWrappedLine(@TempDir Path dir) throws Exception {
        JsonNode missing = finding(check(dir, "json"), "reference.missing-target");
        assertEquals("2", missing.get("paragraph").asText());
        assertTrue(missing.get("message").asText().contains("paragraph 9"), missing.toString());
        assertEquals(8, missing.get("endLine").asInt());
        assertTrue(spanned(missing).startsWith("paragraph 9"), spanned(missing));
    }

    @Test
    void aParagraphFindingHasNoSpan(@TempDir Path dir) throws Exception {
        for (JsonNode f : check(dir, "json").get("files").get(0).get("findings")) {
            if (f.get("rule").asText().startsWith("clause.")) {
                assertFalse(f.has("endLine"), f.toString());
            }
        }
    }

    @Test
    void sarifRegionsCarryTheEnd(@TempDir Path dir) throws Exception {
        JsonNode sarif = check(dir, "sarif");
        boolean seen = false;
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (r.get("ruleId").asText().equals("style.spelling")) {
                JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
                assertEquals(5, region.get("endLine").asInt());
                assertEquals(region.get("startColumn").asInt() + "defense".length(), region.get("endColumn").asInt());
                seen = true;
            }
        }
        assertTrue(seen, "no style.spelling result in " + sarif);
    }
}
