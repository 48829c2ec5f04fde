package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;

/** --profile, --config and .resolint.yaml, the profiles and explain commands. */
class ProfileCliTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static Path copy(Path dir, String draft) throws Exception {
        Path to = dir.resolve(Path.of(draft).getFileName());
        Files.copy(Path.of(draft), to);
        return to;
    }

    @Test
    void jsonNamesTheDetectedProfileAndWhy() throws Exception {
        Result r = run("check", "--format", "json", "drafts/mandate-clean.txt", "drafts/single-paragraph.txt");
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertEquals("peacekeeping-mandate", files.get(0).get("profile").asText());
        assertTrue(files.get(0).get("profileReason").asText().contains("\"Decides to extend the mandate\" in paragraph 1"),
                files.get(0).get("profileReason").asText());
        assertEquals("general", files.get(1).get("profile").asText());
    }

    @Test
    void textOutputShowsTheProfile() {
        Result r = run("check", "drafts/mandate-clean.txt");
        assertTrue(r.out().contains("profile peacekeeping-mandate (establishes or renews a mandate: "), r.out());
    }

    @Test
    void profileOptionOverridesDetection() throws Exception {
        Result r = run("check", "--format", "json", "--profile", "sanctions", "drafts/mandate-clean.txt");
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("sanctions", file.get("profile").asText());
        assertEquals("named by --profile", file.get("profileReason").asText());
        Result bad = run("check", "--profile", "treaty", "drafts/mandate-clean.txt");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--profile: no template 'treaty'; allowed: auto, "), bad.err());
    }

    @Test
    void configInTheDraftsFolderOrAParentGovernsIt(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("drafts/2027"));
        Path draft = copy(sub, "drafts/single-paragraph.txt");
        assertEquals(0, run("check", draft.toString()).code());
        Files.writeString(dir.resolve(".resolint.yaml"), """
                # house rules
                fail-on: info
                rules:
                  clause.missing: off
                acronyms: [UNSMIT]
                """);
        Result r = run("check", "--format", "json", draft.toString());
        assertEquals(1, r.code(), "fail-on: info of the config fails on numbering.single (info)");
        assertFalse(r.out().contains("clause.missing"), "switched off");
        assertEquals(0, run("check", "--fail-on", "error", draft.toString()).code(), "the command line wins");
        Files.writeString(dir.resolve(".resolint.yaml"), "rules:\n  numbering.single: error\nprofile: sanctions\n");
        Result relevel = run("check", "--format", "json", draft.toString());
        assertEquals(1, relevel.code());
        JsonNode file = new ObjectMapper().readTree(relevel.out()).get("files").get(0);
        assertEquals("sanctions", file.get("profile").asText());
        assertTrue(file.get("profileReason").asText().endsWith(".resolint.yaml: profile"));
        assertTrue(relevel.out().contains("\"rule\" : \"numbering.single\",\n      \"severity\" : \"error\""),
                relevel.out());
    }

    @Test
    void badConfigEndsWithFileLineAndWhatIsAllowed(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("team.yaml");
        Files.writeString(config, "profile: auto\nfail-on: error\nrule:\n  numbering.single: off\n");
        Result r = run("check", "--config", config.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, r.code());
        assertEquals("resolint: " + config + ":3: unknown key 'rule'; allowed here: profile, fail-on, rules,"
                + " templates, acronyms, spellings", r.err().strip());
        Files.writeString(config, "profile: auto\nfail-on: sometimes\n");
        Result value = run("check", "--config", config.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, value.code());
        assertTrue(value.err().startsWith("resolint: " + config + ":2: 'sometimes' is not allowed; allowed: error,"),
                value.err());
        Files.writeString(config, "rules:\n  numbering.nonesuch: off\n");
        Result rule = run("check", "--config", config.toString(), "drafts/mandate-clean.txt");
        assertEquals(2, rule.code());
        assertTrue(rule.err().contains("rules: no rule numbering.nonesuch"), rule.err());
        Files.writeString(config, "profile: treaty\n");
        Result profile = run("check", "--config", config.toString(), "drafts/mandate-clean.txt");
        assertTrue(profile.err().contains(config + ": profile: no template 'treaty'; allowed: auto,"), profile.err());
    }

    @Test
    void badConfigBesideADraftFailsThatDraft(@TempDir Path dir) throws Exception {
        Path draft = copy(dir, "drafts/single-paragraph.txt");
        Path config = dir.resolve(".resolint.yaml");
        Files.writeString(config, "rules:\n  numbering.single: loud\n");
        Result r = run("check", "--format", "json", draft.toString());
        assertEquals(2, r.code());
        assertEquals("resolint: " + config + ":2: 'loud' is not allowed; allowed: error, warning, info, and off"
                + " or on (for a rule) or never (for fail-on)", r.err().strip());
    }

    @Test
    void extraTemplateFolderOfTheConfigIsUsed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("checklists"));
        Files.writeString(dir.resolve("checklists/admission.yaml"), """
                name: admission
                title: Admission of a new Member
                priority: 50
                detect:
                  - says: recommends admission
                    phrases: [be admitted to membership]
                clauses:
                  - id: application-date
                    title: Date of the application
                    why: Admission resolutions name the application (for example resolution 1999 (2011)).
                    where: preamble
                    severity: warning
                    recognise:
                      patterns: ['application of .* for admission']
                """);
        Files.writeString(dir.resolve(".resolint.yaml"), "templates: [checklists]\n");
        Path draft = copy(dir, "drafts/single-paragraph.txt");
        Result r = run("check", "--format", "json", draft.toString());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("admission", file.get("profile").asText(), r.out());
        assertTrue(run("profiles", "--config", dir.resolve(".resolint.yaml").toString()).out()
                .contains("admission — Admission of a new Member"));
    }

    @Test
    void profilesListsEveryTemplateAndItsClauses() throws Exception {
        Result r = run("profiles");
        assertEquals(0, r.code());
        for (String name : new String[] {"peacekeeping-mandate", "sanctions", "political-mission", "general"}) {
            assertTrue(r.out().contains(name + " — "), name);
        }
        assertTrue(r.out().contains("human-rights-due-diligence"), r.out());
        assertTrue(r.out().contains("only when the mandate supports non-UN security forces"), r.out());
        JsonNode json = new ObjectMapper().readTree(run("profiles", "--format", "json").out());
        assertEquals(4, json.size());
    }

    @Test
    void explainPrintsSummaryRationaleAndExamples() {
        Result r = run("explain", "clause.missing");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("clause.missing (warning, rules/clauses/clauses.drl)\n  A clause the text's template"),
                r.out());
        assertTrue(r.out().contains("Why:\n  Which clauses a text must carry"), r.out());
        assertTrue(r.out().contains("Examples:\n  A peacekeeping mandate without"), r.out());
        Result unknown = run("explain", "clause.nonesuch");
        assertEquals(2, unknown.code());
        assertEquals("resolint: no rule 'clause.nonesuch'; 'resolint rules' lists them", unknown.err().strip());
    }
}
