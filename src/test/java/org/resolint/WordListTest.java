package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resolint.engine.RuleException;
import org.resolint.rules.style.StyleLexicon;
import org.resolint.rules.terms.TermLexicon;
import org.resolint.wordlist.WordList;

/** The YAML word lists: the bundled ones load, a broken one gives one line naming file and line. */
class WordListTest {

    @Test
    void bundledListsLoad() throws RuleException {
        StyleLexicon style = StyleLexicon.bundled();
        assertEquals("defence", style.spelling().get("defense"));
        assertEquals("organizations", style.spelling().get("organisations"));
        assertEquals("recognizing", style.spelling().get("recognising"));
        assertTrue(style.preambularKnown().contains("recalling"));
        TermLexicon terms = TermLexicon.bundled();
        assertTrue(terms.allowed().contains("ECOWAS"));
        assertEquals("Secretary-General", terms.forbidden().get("SG"));
    }

    @Test
    void brokenYamlNamesFileAndLine() {
        byte[] yaml = "forms:\n  defense: defence\n  program: [programme\n".getBytes(StandardCharsets.UTF_8);
        RuleException e = assertThrows(RuleException.class,
                () -> WordList.parse("rules/style/spelling.yaml", yaml).map("forms"));
        assertTrue(e.getMessage().startsWith("rules/style/spelling.yaml:"), e.getMessage());
        assertTrue(e.getMessage().matches("rules/style/spelling\\.yaml:\\d+: word list is not valid YAML: .*"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void wrongShapeNamesFileAndKey() throws RuleException {
        WordList list = WordList.parse("rules/style/words.yaml", "placeholders: XX\n".getBytes(StandardCharsets.UTF_8));
        RuleException e = assertThrows(RuleException.class, () -> list.words("placeholders"));
        assertEquals("rules/style/words.yaml: 'placeholders' must be a list of words", e.getMessage());
    }
}
