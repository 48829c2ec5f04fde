package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resolint.cli.Main;
import org.resolint.testing.Corpus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The CI formats end to end: SARIF against the official schema, JUnit, GitHub, and exit codes. */
class CiFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static JsonSchema sarifSchema() throws Exception {
        Path schema = Corpus.require("data/sarif/sarif-schema-2.1.0.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(Files.readAllBytes(schema)));
    }

    @Test
    void sarifValidatesAgainstTheSchemaWithOneResultPerJsonFinding() throws Exception {
        String drafts = Corpus.drafts().toString();
        Result sarif = run("check", "--format", "sarif", "--fail-on", "never", "drafts", drafts);
        Result json = run("check", "--format", "json", "--fail-on", "never", "drafts", drafts);
        assertEquals(0, sarif.code(), sarif.err());
        JsonNode doc = JSON.readTree(sarif.out());
        Set<ValidationMessage> errors = sarifSchema().validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());

        JsonNode jsonDoc = JSON.readTree(json.out());
        List<String> expected = new ArrayList<>();
        for (JsonNode file : jsonDoc.get("files")) {
            for (JsonNode f : file.get("findings")) {
                expected.add(file.get("path").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt()
                        + " " + f.get("rule").asText());
            }
        }
        List<String> actual = new ArrayList<>();
        JsonNode sarifRun = doc.get("runs").get(0);
        Path cwd = Path.of("").toAbsolutePath();
        for (JsonNode r : sarifRun.get("results")) {
            JsonNode pl = r.get("locations").get(0).get("physicalLocation");
            String uri = pl.get("artifactLocation").get("uri").asText();
            assertFalse(uri.contains("\\") || uri.startsWith("/"), uri);
            int line = pl.get("region").get("startLine").asInt();
            int column = pl.get("region").get("startColumn").asInt();
            assertTrue(line >= 1 && column >= 1, r.toString());
            assertFalse(r.get("partialFingerprints").get("resolint/v1").asText().isEmpty());
            // map the relative uri back to the path as the JSON report shows it
            String shown = uri.startsWith("drafts/") ? uri
                    : cwd.resolve(uri).normalize().toString();
            actual.add(shown + ":" + line + ":" + column + " " + r.get("ruleId").asText());
        }
        assertTrue(expected.size() > 5, "the sample drafts have findings: " + expected.size());
        assertEquals(expected, actual);

        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : sarifRun.get("tool").get("driver").get("rules")) {
            ruleIds.add(rule.get("id").asText());
            for (String field : List.of("shortDescription", "fullDescription", "help")) {
                assertFalse(rule.get(field).get("text").asText().isBlank(), rule + " " + field);
            }
            assertTrue(Set.of("error", "warning", "note").contains(
                    rule.get("defaultConfiguration").get("level").asText()));
            if (rule.get("id").asText().equals("numbering.duplicate")) {
                // help is written from the rule card: its rationale, not only the summary
                assertTrue(rule.get("help").get("markdown").asText().contains("make every later reference ambiguous"), rule.toString());
            }
        }
        JsonNode rules = JSON.readTree(run("rules", "--format", "json").out());
        assertEquals(rules.size(), ruleIds.size());
        for (JsonNode r : sarifRun.get("results")) {
            assertTrue(ruleIds.contains(r.get("ruleId").asText()));
        }
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(run("check", "--format", "sarif", "drafts/mandate-with-errors.txt").out());
        assertTrue(sarifSchema().validate(doc).isEmpty());
        ((ObjectNode) doc.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(sarifSchema().validate(doc).isEmpty(), "a bad level must fail validation");
    }

    @Test
    void twoRunsGiveTheSameFingerprints() throws Exception {
        assertEquals(fingerprints(run("check", "--format", "sarif", "drafts").out()),
                fingerprints(run("check", "--format", "sarif", "--jobs", "1", "drafts").out()));
    }

    static List<String> fingerprints(String sarif) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode r : JSON.readTree(sarif).get("runs").get(0).get("results")) {
            out.add(r.get("partialFingerprints").get("resolint/v1").asText());
        }
        return out;
    }

    @Test
    void unreadableFileIsAFailedInvocationInSarif(@TempDir Path tmp) throws Exception {
        Result r = run("check", "--format", "sarif", tmp.resolve("missing.txt").toString(), "drafts/mandate-clean.txt");
        assertEquals(2, r.code());
        JsonNode doc = JSON.readTree(r.out());
        assertTrue(sarifSchema().validate(doc).isEmpty());
        JsonNode inv = doc.get("runs").get(0).get("invocations").get(0);
        assertFalse(inv.get("executionSuccessful").asBoolean());
        assertTrue(inv.get("toolExecutionNotifications").get(0).get("message").get("text").asText().contains("no such file"));
    }

    @Test
    void junitHasOneSuitePerFileAndOneFailurePerFinding() throws Exception {
        Result json = run("check", "--format", "json", "drafts");
        Result junit = run("check", "--format", "junit", "drafts");
        assertEquals(json.code(), junit.code());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        NodeList suites = xml.getElementsByTagName("testsuite");
        JsonNode files = JSON.readTree(json.out()).get("files");
        assertEquals(files.size(), suites.getLength());
        int findings = 0;
        for (int i = 0; i < files.size(); i++) {
            Element suite = (Element) suites.item(i);
            int n = files.get(i).get("findings").size();
            findings += n;
            assertEquals(files.get(i).get("path").asText(), suite.getAttribute("name"));
            assertEquals(n, Integer.parseInt(suite.getAttribute("failures")));
            assertEquals(n, suite.getElementsByTagName("failure").getLength());
            assertEquals(Math.max(1, n), suite.getElementsByTagName("testcase").getLength());
        }
        assertEquals(findings, Integer.parseInt(xml.getDocumentElement().getAttribute("failures")));
        assertTrue(findings > 0);
    }

    @Test
    void githubPrintsOneCommandPerFindingAndASummary() throws Exception {
        Result r = run("check", "--format", "github", "drafts/mandate-with-errors.txt");
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("::error file=drafts/mandate-with-errors.txt,line=35,col=1,"
                + "title=resolint numbering.duplicate (4)::4%3A Operative paragraph number 4 is used twice "
                + "(lines 33 and 35) (suggestion%3A 5)") || lines.stream().anyMatch(l -> l.startsWith(
                "::error file=drafts/mandate-with-errors.txt,line=35,col=1,title=resolint numbering.duplicate (4)::")),
                r.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("1 file checked: "), r.out());
        int findings = JSON.readTree(run("check", "--format", "json", "drafts/mandate-with-errors.txt").out())
                .get("files").get(0).get("findings").size();
        assertEquals(findings, lines.stream().filter(l -> l.startsWith("::")).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github"})
    void exitCodesHoldInEveryFormat(String format, @TempDir Path tmp) {
        assertEquals(0, run("check", "--format", format, "drafts/mandate-clean.txt").code());
        assertEquals(1, run("check", "--format", format, "drafts/mandate-with-errors.txt").code());
        assertEquals(0, run("check", "--format", format, "--fail-on", "never", "drafts/mandate-with-errors.txt").code());
        Result missing = run("check", "--format", format, tmp.resolve("missing.txt").toString());
        assertEquals(2, missing.code());
        assertTrue((missing.out() + missing.err()).contains("missing.txt: no such file"), missing.out() + missing.err());
    }

    @Test
    void changedSinceABadRevisionIsOneLineAndExitTwo() {
        Result r = run("check", "--changed-since", "no-such-revision-xyz", "drafts");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("resolint: --changed-since"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
