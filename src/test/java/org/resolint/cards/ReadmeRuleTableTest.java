package org.resolint.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.resolint.engine.RuleException;
import org.resolint.testing.TestEngine;

/**
 * The README's rule table is generated from the rule cards and fails this test when stale.
 * Regenerate it with {@code mvn -o test -Dtest=ReadmeRuleTableTest -Dresolint.update-readme=true}.
 */
class ReadmeRuleTableTest {
    static final Path README = Path.of("README.md");

    @Test
    void readmeRuleTableIsTheOneTheCardsGive() throws IOException, RuleException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = RuleTable.markdown(TestEngine.get().rules(), RuleCards.of(TestEngine.get().rules()));
        String fresh = RuleTable.replaceIn(readme, table);
        if (Boolean.getBoolean("resolint.update-readme") && !fresh.equals(readme)) {
            Files.writeString(README, fresh, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(fresh, readme, "README.md's rule table is stale: regenerate it with "
                + "mvn -o test -Dtest=ReadmeRuleTableTest -Dresolint.update-readme=true");
    }
}
