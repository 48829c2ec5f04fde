package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Finding;
import org.resolint.testing.Fixture;
import org.resolint.testing.TestEngine;

/**
 * Runs every fixture under src/test/resources/fixtures: the findings of the rules it checks
 * must be exactly the ones written next to the lines (rule, line, paragraph label).
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            List<Path> list = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .filter(p -> !p.getParent().getFileName().toString().equals("previous"))
                    .sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyItsExpectedFindings(Path file, @TempDir Path tmp) {
        Fixture fixture = Fixture.load(file);
        // a fixture checks its rules switched on, also those off by default (term.acronym-unused)
        FileResult result = fixture.previous() == null ? TestEngine.check(fixture.writeDraft(tmp), fixture.checks())
                : TestEngine.checkWithPrevious(fixture.writeDraft(tmp), fixture.previous());
        assertNull(result.error(), "fixture could not be checked");
        Set<String> actual = new TreeSet<>();
        for (Finding f : result.findings()) {
            if (fixture.checks().contains(f.rule())) {
                actual.add(key(f.rule(), f.location().line(), f.paragraph() == null ? "-" : f.paragraph()));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Fixture.Expected x : fixture.expected()) {
            String label = x.paragraph();
            if (label == null) {
                // label not asserted: take the actual one at that line and rule, if any
                label = result.findings().stream()
                        .filter(f -> f.rule().equals(x.rule()) && f.location().line() == x.line())
                        .map(f -> f.paragraph() == null ? "-" : f.paragraph()).findFirst().orElse("?");
            }
            expected.add(key(x.rule(), x.line(), label));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                () -> "findings differ for " + file + "; all findings:\n" + result.findings().stream()
                        .map(Finding::toString).collect(Collectors.joining("\n")));
        for (Fixture.Expected x : fixture.expected()) {
            if (x.message() != null || x.suggestion() != null) {
                boolean found = result.findings().stream().anyMatch(f -> f.rule().equals(x.rule())
                        && f.location().line() == x.line()
                        && (x.message() == null || f.message().contains(x.message()))
                        && (x.suggestion() == null || x.suggestion().equals(f.suggestion() == null ? "-" : f.suggestion())));
                assertTrue(found, () -> file + ":" + x.line() + ": no " + x.rule() + " with message containing '"
                        + x.message() + "' and suggestion '" + x.suggestion() + "'; all findings:\n"
                        + result.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
            }
        }
    }

    private static String key(String rule, int line, String label) {
        return String.format("line %4d  %-28s %s", line, rule, label);
    }

    /** PMD's bar: a rule without a failing example is not done, nor one without a quiet one. */
    @Test
    void everyRuleHasAFiringAndAQuietFixture() throws IOException {
        Set<String> fires = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Path file : fixtures().toList()) {
            Fixture f = Fixture.load(file);
            Set<String> firing = f.expected().stream().map(Fixture.Expected::rule).collect(Collectors.toSet());
            fires.addAll(firing);
            for (String id : f.checks()) {
                if (!firing.contains(id)) {
                    quiet.add(id);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : TestEngine.get().rules()) {
            if (!fires.contains(r.id())) {
                missing.add(r.id() + " has no fixture where it fires");
            }
            if (!quiet.contains(r.id())) {
                missing.add(r.id() + " has no fixture where it must stay quiet");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
