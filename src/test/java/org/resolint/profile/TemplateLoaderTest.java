package org.resolint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.model.Requirement;
import org.resolint.model.Resolution;
import org.resolint.testing.TestEngine;

/** Templates load strictly, fail in one line naming file and line, and a new clause is a YAML edit only. */
class TemplateLoaderTest {
    private static final String CLAUSE = """
            name: mine
            title: Mine
            clauses:
              - id: closing
                title: Closing clause
                why: Practice since resolution 1 (1946).
                where: operative
                severity: warning
                recognise:
                  patterns: ['remain seized']
            """;

    @Test
    void bundledTemplatesLoadWithTheFourKinds() throws Exception {
        TemplateCatalog catalog = TemplateCatalog.bundled();
        assertTrue(catalog.names().containsAll(List.of("peacekeeping-mandate", "sanctions", "political-mission",
                "general")), catalog.names().toString());
        for (String name : catalog.names()) {
            assertTrue(catalog.get(name).clauses().stream().anyMatch(c -> c.id().equals("remain-seized")),
                    name + " should require the closing clause");
        }
    }

    @Test
    void unknownKeyNamesFileLineAndAllowedKeys() {
        String yaml = CLAUSE.replace("    where: operative", "    wher: operative");
        ProfileException e = assertThrows(ProfileException.class, () -> TemplateLoader.parse("t/mine.yaml", yaml));
        assertTrue(e.getMessage().startsWith("t/mine.yaml:7: unknown key 'wher' in clauses/0; allowed here: "), e.getMessage());
        assertTrue(e.getMessage().contains("applies-when") && e.getMessage().contains("recognise"), e.getMessage());
    }

    @Test
    void badValuesNameTheLineAndWhatIsAllowed() {
        ProfileException where = assertThrows(ProfileException.class,
                () -> TemplateLoader.parse("mine.yaml", CLAUSE.replace("where: operative", "where: annex")));
        assertTrue(where.getMessage().startsWith("mine.yaml:7: ") && where.getMessage()
                .contains("allowed: preamble, operative, either"), where.getMessage());
        ProfileException severity = assertThrows(ProfileException.class,
                () -> TemplateLoader.parse("mine.yaml", CLAUSE.replace("severity: warning", "severity: fatal")));
        assertTrue(severity.getMessage().startsWith("mine.yaml:") && severity.getMessage()
                .contains("error, warning or info (has 'fatal')"), severity.getMessage());
        ProfileException regex = assertThrows(ProfileException.class,
                () -> TemplateLoader.parse("mine.yaml", CLAUSE.replace("'remain seized'", "'remain (seized'")));
        assertTrue(regex.getMessage().startsWith("mine.yaml:") && regex.getMessage()
                .contains("bad regular expression 'remain (seized'"), regex.getMessage());
        ProfileException notYaml = assertThrows(ProfileException.class,
                () -> TemplateLoader.parse("mine.yaml", "name: [unclosed\n"));
        assertTrue(notYaml.getMessage().startsWith("mine.yaml:"), notYaml.getMessage());
        assertTrue(!notYaml.getMessage().contains("\n"), "one line");
    }

    @Test
    void nameMustBeTheFileName() {
        ProfileException e = assertThrows(ProfileException.class, () -> TemplateLoader.parse("other.yaml", CLAUSE));
        assertEquals("other.yaml: name 'mine' must be the file name ('other')", e.getMessage());
    }

    @Test
    void aNewClauseIsAYamlEditOnly(@TempDir Path dir) throws Exception {
        // A project's own general.yaml replaces the bundled one: its new clause becomes a Requirement.
        Files.writeString(dir.resolve("general.yaml"), """
                name: general
                title: Project general
                clauses:
                  - id: press-release
                    title: Request for a press statement
                    why: Our office's house rule (see resolution 2000 (2011)).
                    where: operative
                    severity: warning
                    recognise:
                      words: [[press, statement]]
                """);
        TemplateCatalog catalog = TemplateCatalog.bundled().with(List.of(dir));
        Resolution r = TestEngine.parse("d.txt", "The Security Council,\n\n1. Decides to remain seized of the matter.\n");
        ProfileChoice choice = ProfileSelector.choose(catalog, "auto", "test", r);
        assertEquals("Project general", choice.template().title());
        List<Requirement> facts = new Requirements(choice.template()).facts(r);
        assertEquals(1, facts.size());
        assertEquals("press-release", facts.get(0).getClause());
        assertTrue(CorpusTemplatesTest.applies(facts.get(0)) && facts.get(0).getFoundIn() == null);
    }
}
