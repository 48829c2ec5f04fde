package org.resolint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.model.Finding;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.Readers;

/** The compiled-rule cache and the loader that builds the KieBase from a cached kjar. */
class CompiledRuleCacheTest {
    private static final Path DRAFT = Path.of("drafts/mandate-with-errors.txt");

    @Test
    void secondRunLoadsTheCachedRulesAndFindsTheSame(@TempDir Path dir) throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.at(dir);
        RuleEngine compiled = RuleEngine.compile(RuleLoader.bundled(), Engines.providers(), cache);
        assertEquals(1, kjars(dir).size(), "one kjar stored");
        long stamp = Files.getLastModifiedTime(kjars(dir).get(0)).toMillis();

        RuleEngine cached = RuleEngine.compile(RuleLoader.bundled(), Engines.providers(), cache);
        assertEquals(stamp, Files.getLastModifiedTime(kjars(dir).get(0)).toMillis(), "loaded, not rebuilt");
        assertEquals(compiled.rules(), cached.rules());
        List<Finding> first = compiled.check(model());
        assertTrue(!first.isEmpty(), "the draft has findings");
        assertEquals(first, cached.check(model()));
    }

    @Test
    void corruptCacheEntryIsRebuilt(@TempDir Path dir) throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.at(dir);
        RuleEngine good = RuleEngine.compile(RuleLoader.bundled(), Engines.providers(), cache);
        Path kjar = kjars(dir).get(0);
        Files.write(kjar, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});

        RuleEngine rebuilt = RuleEngine.compile(RuleLoader.bundled(), Engines.providers(), cache);
        assertEquals(good.rules(), rebuilt.rules());
        assertEquals(good.check(model()), rebuilt.check(model()));
        assertTrue(Files.size(kjar) > 1000, "a valid kjar written again");
    }

    @Test
    void rulesLoadingInTheBackgroundReportTheirErrorOnAwait(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package x;\n\nrule \"oops\"\nwhen\n  Foo(\nthen\nend\n");
        RuleEngine engine = Engines.loading(List.of(dir));
        RuleException e = assertThrows(RuleException.class, engine::await);
        assertTrue(e.getMessage().contains("broken.drl:"), e.getMessage());
        assertThrows(RuleException.class, () -> engine.check(model()));
    }

    private static Resolution model() throws Exception {
        return new ResolutionParser().parse(Readers.read(DRAFT));
    }

    private static List<Path> kjars(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith("rules-")).toList();
        }
    }
}
