package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resolint.check.CheckRun;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Finding;
import org.resolint.model.Severity;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * Precision on the 407 adopted texts with the default configuration: every error is a true
 * defect of its text (listed here with the reason, read in the text), and the warnings and
 * infos per text stay within the bounds the README states (docs/precision.md says how they
 * are counted: one finding per grouped problem, as `check --format json` prints them).
 */
class CorpusPrecisionTest {
    /**
     * "file rule line" of every error-level finding → why the text really is wrong there: the
     * true defects the area tests name (CorpusStructureTest, CorpusChapter7CitationsTest), and
     * the two stale references of CorpusReferencesTest, in one list.
     */
    static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Set<String> errorRules = TestEngine.get().rules().stream().filter(r -> r.severity() == Severity.ERROR)
                .map(RuleInfo::id).collect(Collectors.toSet());
        Map<String, String> all = new TreeMap<>();
        all.putAll(CorpusStructureTest.KNOWN);
        all.putAll(CorpusChapter7CitationsTest.KNOWN);
        all.put("S-RES-2162-2014.txt reference.missing-target 187", "paragraph 21 cites 'paragraph 17 (a)' and"
                + " '17 (d) and (e)' for the mandate tasks, which stand in paragraph 19 (a stale reference)");
        all.put("S-RES-2734-2024.txt reference.missing-target 315", "paragraph 88 cites 'paragraphs 84 (a) and"
                + " 84 (b)' for the exemptions, which are 87 (a) and (b): carried over from 2610 (2021)");
        Map<String, String> errors = new TreeMap<>();
        all.forEach((key, why) -> {
            if (errorRules.contains(key.split(" ")[1])) {
                errors.put(key, why);
            }
        });
        return errors;
    }

    static final double MAX_WARNINGS_PER_TEXT = 1.0;
    static final double MAX_INFO_PER_TEXT = 1.5;

    static CheckRun run;

    @BeforeAll
    static void checkTheAdoptedTexts() {
        run = TestEngine.checker().checkAll(DraftFinder.expand(List.of(Corpus.adopted())));
        assertEquals(407, run.files().size(), "the corpus should hold 407 adopted texts");
        assertTrue(run.files().stream().noneMatch(FileResult::failed));
    }

    @Test
    void everyErrorOnAnAdoptedTextIsATrueDefectOfThatText() {
        Map<String, String> found = new TreeMap<>();
        for (FileResult file : run.files()) {
            for (Finding f : file.findings()) {
                if (f.severity() == Severity.ERROR) {
                    String name = Path.of(file.path()).getFileName().toString();
                    found.merge(name + " " + f.rule() + " " + f.location().line(), f.message(), (a, b) -> a + " | " + b);
                }
            }
        }
        assertEquals(String.join("\n", ERRORS.keySet()), String.join("\n", found.keySet()),
                () -> "errors on adopted texts changed:\n" + found.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }

    @Test
    void warningsAndInfosPerAdoptedTextStayWithinTheStatedBounds() {
        double texts = run.files().size();
        double warnings = run.count(Severity.WARNING) / texts;
        double infos = run.count(Severity.INFO) / texts;
        System.out.printf("[precision] per adopted text: %.2f warnings, %.2f info (%d and %d on %d texts)%n",
                warnings, infos, run.count(Severity.WARNING), run.count(Severity.INFO), run.files().size());
        assertTrue(warnings <= MAX_WARNINGS_PER_TEXT, () -> "warnings per text " + warnings);
        assertTrue(infos <= MAX_INFO_PER_TEXT, () -> "info per text " + infos);
    }
}
