package org.resolint;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;

/** The output contract of DESIGN.md: exit codes, JSON shape, text lines, one-line errors. */
class CliTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void cleanDraftExitsZero() {
        Result r = run("check", "drafts/mandate-clean.txt");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 file checked: 0 errors"), r.out());
    }

    @Test
    void findingsAtOrAboveFailOnExitOne() {
        assertEquals(1, run("check", "drafts/mandate-with-errors.txt").code());
        assertEquals(0, run("check", "--fail-on", "never", "drafts/mandate-with-errors.txt").code());
        // numbering.single is info only: fails only at --fail-on info
        assertEquals(0, run("check", "drafts/single-paragraph.txt").code());
        assertEquals(0, run("check", "--fail-on", "warning", "drafts/single-paragraph.txt").code());
        assertEquals(1, run("check", "--fail-on", "info", "drafts/single-paragraph.txt").code());
    }

    @Test
    void textLinesFollowTheContract() {
        Result r = run("check", "drafts/mandate-with-errors.txt");
        assertTrue(r.out().contains("drafts/mandate-with-errors.txt:35:1: error [numbering.duplicate] "
                + "Operative paragraph number 4 is used twice (lines 33 and 35); number them 4 and 5; renumbering also"
                + " moves 7 → 6 and 6 → 7 (suggestion: 5)"), r.out());
        assertFalse(r.out().contains("\u001B["), "no colour when not on a terminal");
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        Result r = run("check", "--format", "json", "drafts/mandate-with-errors.txt", "drafts/statement-errors.txt");
        assertEquals(1, r.code());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("resolint", root.get("tool").asText());
        assertTrue(root.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"));
        JsonNode file = root.get("files").get(0);
        assertEquals("drafts/mandate-with-errors.txt", file.get("path").asText());
        JsonNode f = file.get("findings").get(0);
        assertEquals("numbering.start", f.get("rule").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("2", f.get("paragraph").asText());
        assertEquals(19, f.get("line").asInt());
        assertEquals(1, f.get("column").asInt());
        assertEquals("1", f.get("suggestion").asText());
        JsonNode whole = root.get("files").get(1).get("findings").get(0);
        assertTrue(whole.get("paragraph").isNull(), "a whole-text finding has paragraph null");
        assertTrue(whole.has("suggestion"));
        JsonNode summary = root.get("summary");
        assertEquals(2, summary.get("files").asInt());
        assertEquals(summary.get("errors").asInt(), countSeverity(root, "error"));
        assertEquals(summary.get("warnings").asInt(), countSeverity(root, "warning"));
    }

    private static int countSeverity(JsonNode root, String severity) {
        int n = 0;
        for (JsonNode file : root.get("files")) {
            for (JsonNode f : file.get("findings")) {
                n += f.get("severity").asText().equals(severity) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void foldersAreWalkedInStableOrder() {
        Result r = run("check", "--format", "json", "drafts");
        assertTrue(r.out().indexOf("mandate-clean.txt") < r.out().indexOf("mandate-with-errors.txt"));
        assertTrue(r.out().indexOf("mandate-with-errors.txt") < r.out().indexOf("statement-errors.txt"));
    }

    @Test
    void rulesListsEveryRuleWithSeverityAndSummary() throws Exception {
        Result r = run("rules", "--format", "json");
        assertEquals(0, r.code());
        JsonNode rules = new ObjectMapper().readTree(r.out());
        assertTrue(rules.size() >= 9);
        for (JsonNode rule : rules) {
            assertTrue(rule.get("id").asText().matches("[a-z0-9]+\\.[a-z0-9-]+"), rule.toString());
            assertFalse(rule.get("summary").asText().isBlank());
        }
        assertTrue(run("rules").out().contains("numbering.duplicate"));
    }

    @Test
    void outputFileIsWrittenAndNeverAnInput(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.json");
        Result r = run("check", "--format", "json", "--output", out.toString(), "drafts/mandate-clean.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("\"tool\""));
        Path draft = tmp.resolve("draft.txt");
        Files.copy(Path.of("drafts/mandate-clean.txt"), draft);
        byte[] before = Files.readAllBytes(draft);
        Result same = run("check", "--output", draft.toString(), draft.toString());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("the output file is one of the inputs"), same.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(draft));
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {'T', 'h', 0, 1, 2, 3});
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), "The Security Council,\n\nR\u00e9affirming".getBytes(StandardCharsets.ISO_8859_1));
        Path docm = Files.write(tmp.resolve("draft.wpd"), new byte[] {'P', 'K', 3, 4});
        Path pdf = Files.write(tmp.resolve("draft.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        for (Object[] c : new Object[][] {
                {empty, "file is empty"}, {binary, "binary file"}, {latin1, "not valid UTF-8"},
                {tmp.resolve("missing.txt"), "no such file"}, {docm, "unsupported file type"},
                {pdf, "not a readable PDF"}}) {
            Result r = run("check", c[0].toString());
            assertEquals(2, r.code(), c[0] + ": " + r.out() + r.err());
            String all = r.out() + r.err();
            assertTrue(all.contains(c[0].toString() + ": " + c[1]), all);
            assertFalse(all.contains("\tat "), "no stack trace: " + all);
        }
    }

    @Test
    void badArgumentsExitTwo() {
        Result r = run("check", "--format", "yaml", "drafts/mandate-clean.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("resolint: "), r.err());
        assertEquals(2, run("check").code());
        assertEquals(2, run("check", "--fail-on", "sometimes", "drafts").code());
    }

    @Test
    void ruleFileThatDoesNotCompileNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("broken.drl"), "package x;\n\nrule \"oops\"\nwhen\n  Foo(\nthen\nend\n");
        Result r = run("check", "--rules", tmp.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.drl:"), r.err());
        assertTrue(r.err().contains("does not compile"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void userRuleWithoutMetadataIsRefused(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("bare.drl"), "package x;\nimport org.resolint.model.*;\n"
                + "global org.resolint.engine.FindingSink findings;\n"
                + "rule \"bare\"\nwhen\n  Resolution()\nthen\nend\n");
        Result r = run("check", "--rules", tmp.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bare.drl: rule \"bare\" needs @id"), r.err());
    }

    @Test
    void userRulesAreAddedToTheBundledSet(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("house.drl"), "package house;\nimport org.resolint.model.*;\n"
                + "global org.resolint.engine.FindingSink findings;\n"
                + "rule \"house.no-tesaria\"\n  @id(house.no-tesaria) @severity(warning) @summary(\"Tesaria is a placeholder\")\n"
                + "when\n  $p : Paragraph(text.contains(\"Tesaria\"))\nthen\n"
                + "  findings.report(drools, $p, \"placeholder country\", null);\nend\n");
        Result r = run("check", "--rules", tmp.toString(), "--fail-on", "warning", "drafts/mandate-clean.txt");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("[house.no-tesaria] PP1: placeholder country"), r.out());
    }

    @Test
    void ruleThatInsertsWithoutEndIsStoppedAndNamed(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("loop.drl"), "package loop;\nimport org.resolint.model.*;\n"
                + "rule \"loop.seed\"\n  @id(loop.seed) @severity(info) @summary(\"seed\")\n"
                + "when\n  Resolution()\nthen\n  insert(Integer.valueOf(0));\nend\n"
                + "rule \"loop.grow\"\n  @id(loop.grow) @severity(info) @summary(\"grows forever\")\n"
                + "when\n  $i : Integer()\nthen\n  insert(Integer.valueOf($i + 1));\nend\n");
        long start = System.nanoTime();
        Result r = run("check", "--rules", tmp.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("rule \"loop.grow\" fired"), r.err());
        assertTrue(r.err().contains("limit of 200000 firings"), r.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "stopped within seconds");
    }

    @Test
    void previousTextGivesAChangeSummary(@TempDir Path tmp) throws Exception {
        Path old = Files.writeString(tmp.resolve("old.txt"), "The Security Council,\n\nRecalling its resolutions,\n\n"
                + "1. Decides to extend the mandate of the Mission until 30 June 2026;\n\n2. Decides to remain seized of the matter.\n");
        Path now = Files.writeString(tmp.resolve("new.txt"), "The Security Council,\n\nRecalling its resolutions,\n\n"
                + "1. Decides to extend the mandate of the Mission until 30 June 2027;\n\n"
                + "2. Condemns all attacks against peacekeepers;\n\n3. Decides to remain seized of the matter.\n");
        Result r = run("check", "--format", "json", "--fail-on", "never", "--previous", old.toString(), now.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode changes = new ObjectMapper().readTree(r.out()).get("files").get(0).get("changes");
        assertEquals(old.toString(), changes.get("previous").asText());
        assertEquals(1, changes.get("counts").get("changed").asInt());
        assertEquals(1, changes.get("counts").get("added").asInt());
        assertEquals(1, changes.get("counts").get("renumbered").asInt());
        JsonNode first = changes.get("items").get(0);
        assertEquals("changed", first.get("type").asText());
        assertEquals("… Mission until 30 June [-2026;-] {+2027;+}", first.get("diff").asText());
        Result text = run("check", "--previous", old.toString(), now.toString());
        assertTrue(text.out().contains("changes since " + old + ": 1 added, 0 deleted, 1 changed, 0 moved, 1 renumbered"), text.out());
        Result two = run("check", "--previous", old.toString(), now.toString(), old.toString());
        assertEquals(2, two.code());
        assertTrue(two.err().contains("--previous compares one draft"), two.err());
    }

    @Test
    void oversizedYamlIsRefusedInOneLine(@TempDir Path tmp) throws Exception {
        Path config = Files.writeString(tmp.resolve("huge.yaml"), "# filler\n".repeat(400_000) + "profile: auto\n");
        Result r = run("check", "--config", config.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("resolint: " + config + ":1: ") && r.err().contains("exceeds the limit"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
