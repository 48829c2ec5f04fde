package org.resolint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;

/** baseline → check --baseline: only new findings are reported, the matched ones are counted. */
class BaselineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAFT = "drafts/mandate-with-errors.txt";

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void baselinedFindingsAreLeftOutAndCounted(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("baseline.json");
        Result rec = run("baseline", DRAFT, "--output", file.toString());
        assertEquals(0, rec.code(), rec.err());
        JsonNode doc = JSON.readTree(file.toFile());
        int n = doc.get("findings").size();
        assertTrue(n >= 5);
        assertTrue(rec.out().contains("recorded " + n + " findings"), rec.out());
        for (JsonNode e : doc.get("findings")) {
            assertEquals("", e.get("reason").asText());
            assertEquals(DRAFT, e.get("path").asText());
        }

        Result text = run("check", "--baseline", file.toString(), DRAFT);
        assertEquals(0, text.code(), text.out() + text.err());
        assertTrue(text.out().contains("0 errors, 0 warnings, 0 info; 1 clean; " + n + " findings matched the baseline"),
                text.out());

        Result json = run("check", "--format", "json", "--baseline", file.toString(), DRAFT);
        JsonNode summary = JSON.readTree(json.out()).get("summary");
        assertEquals(n, summary.get("baselined").asInt());
        assertEquals(0, summary.get("errors").asInt());
    }

    @Test
    void newFindingsStillFailAndSarifFingerprintsMatchTheBaseline(@TempDir Path tmp) throws Exception {
        Path draft = tmp.resolve("draft.txt");
        String text = Files.readString(Path.of(DRAFT));
        Files.writeString(draft, text);
        Path file = tmp.resolve("baseline.json");
        assertEquals(0, run("baseline", draft.toString(), "--output", file.toString()).code());

        Set<String> recorded = new HashSet<>();
        JSON.readTree(file.toFile()).get("findings").forEach(e -> recorded.add(e.get("fingerprint").asText()));
        Set<String> sarif = new HashSet<>();
        JSON.readTree(run("check", "--format", "sarif", draft.toString()).out()).get("runs").get(0).get("results")
                .forEach(r -> sarif.add(r.get("partialFingerprints").get(Fingerprint.KEY).asText()));
        assertEquals(recorded, sarif, "one fingerprint for SARIF and baselines");

        // Paragraph 7 is renumbered 3: its findings are new, the accepted ones stay silent.
        Files.writeString(draft, text.replace("7. Requests UNSMIT", "3. Requests UNSMIT"));
        Result r = run("check", "--format", "json", "--baseline", file.toString(), draft.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode root = JSON.readTree(r.out());
        JsonNode findings = root.get("files").get(0).get("findings");
        assertTrue(findings.size() >= 1, r.out());
        assertTrue(root.get("summary").get("baselined").asInt() >= recorded.size() - 2, r.out());
        Set<String> fresh = new HashSet<>();
        JSON.readTree(run("check", "--format", "sarif", "--baseline", file.toString(), draft.toString()).out())
                .get("runs").get(0).get("results")
                .forEach(x -> fresh.add(x.get("partialFingerprints").get(Fingerprint.KEY).asText()));
        assertEquals(findings.size(), fresh.size());
        fresh.forEach(f -> assertTrue(!recorded.contains(f), "reported although accepted: " + f));
        assertTrue(findings.findValuesAsText("paragraph").contains("3"), r.out());
    }

    @Test
    void reasonsSurviveRecordingAgain(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("baseline.json");
        run("baseline", DRAFT, "--output", file.toString());
        ObjectNode doc = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) doc.get("findings").get(0)).put("reason", "agreed language");
        JSON.writeValue(file.toFile(), doc);
        Result again = run("baseline", DRAFT, "--output", file.toString());
        assertTrue(again.out().contains("(1 reasons kept)"), again.out());
        assertEquals("agreed language", JSON.readTree(file.toFile()).get("findings").get(0).get("reason").asText());
    }

    @Test
    void missingOrBrokenBaselineExitsTwo(@TempDir Path tmp) throws Exception {
        Result missing = run("check", "--baseline", tmp.resolve("none.json").toString(), DRAFT);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.json: no such baseline file"), missing.err());
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{ not json");
        Result bad = run("check", "--baseline", broken.toString(), DRAFT);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("resolint: " + broken + ": not a resolint baseline"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void baselineOfAnUnreadableDraftIsNotWritten(@TempDir Path tmp) {
        Path file = tmp.resolve("baseline.json");
        Result r = run("baseline", tmp.resolve("missing.txt").toString(), "--output", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("baseline not written"), r.err());
        assertTrue(Files.notExists(file));
    }
}
