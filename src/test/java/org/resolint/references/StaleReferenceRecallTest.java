package org.resolint.references;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resolint.engine.RuleException;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Finding;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;
import org.resolint.testing.Corpus;
import org.resolint.testing.OperativeEdits;
import org.resolint.testing.TestEngine;

/**
 * Builds stale references from real texts at test time: in an adopted resolution, one operative
 * paragraph is inserted (or deleted) and the paragraphs after it renumbered, while every
 * reference stays as written. A copy counts when it keeps a reference made stale (one naming
 * the mutated paragraph or a later one), and is caught when a reference.* finding that the
 * original text does not have (same rule, column and line text, paragraph number aside) stands
 * on a stale reference or, for a drift, lists one among the references to update.
 */
class StaleReferenceRecallTest {

    /** {@code explained}: copies caught by a finding other than a drift that names the wrong direction. */
    record Outcome(int copies, int caught, int explained, List<String> missed, Map<String, Integer> byRule,
                   List<String> copiesSeen) {
        double recall() {
            return copies == 0 ? 0 : (double) caught / copies;
        }
    }

    /**
     * Issue 3's measure: the paragraph a third of the way in is inserted or deleted, where most
     * references point past it. Measured 86.5 % (212/245; see docs/references.md).
     */
    @Test
    void insertionsAndDeletionsAThirdOfTheWayInAreCaught() throws Exception {
        double recall = measure(1, 3, "target/stale-reference-recall.txt");
        assertTrue(recall >= 0.85, "recall " + recall);
    }

    /**
     * The same measure half-way and two thirds of the way in, a check that what was tuned on the
     * first position holds elsewhere: measured 80.5 % (165/205) and 70.9 % (112/158); fewer of the
     * references there point past the edit, and those are more often lists and ranges.
     */
    @Test
    void insertionsAndDeletionsElsewhereAreCaughtToo() throws Exception {
        assertTrue(measure(1, 2, "target/stale-reference-recall-half.txt") >= 0.78, "half-way");
        assertTrue(measure(2, 3, "target/stale-reference-recall-two-thirds.txt") >= 0.67, "two thirds");
    }

    /** Recall over the corpus with the edit at {@code num/den} of the operative paragraphs; writes a report. */
    private double measure(int num, int den, String report) throws Exception {
        Path dir = Corpus.adopted();
        Outcome insert = run(dir, true, num, den);
        Outcome delete = run(dir, false, num, den);
        int copies = insert.copies() + delete.copies();
        int caught = insert.caught() + delete.caught();
        String summary = String.format("stale-reference recall (edit at %d/%d): insert %d/%d (%.1f%%), delete %d/%d (%.1f%%),"
                + " all %d/%d (%.1f%%)", num, den, insert.caught(), insert.copies(), 100 * insert.recall(), delete.caught(),
                delete.copies(), 100 * delete.recall(), caught, copies, 100.0 * caught / copies);
        int explained = insert.explained() + delete.explained();
        summary += String.format("\nof them with the right explanation (a drift naming the wrong direction not counted):"
                + " %d/%d (%.1f%%)", explained, copies, 100.0 * explained / copies);
        summary += "\ncaught by rule: insert " + insert.byRule() + ", delete " + delete.byRule();
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(report), summary + "\nmissed:\n"
                + String.join("\n", insert.missed()) + "\n" + String.join("\n", delete.missed()) + "\ncopies:\n"
                + String.join("\n", insert.copiesSeen()) + "\n" + String.join("\n", delete.copiesSeen()) + "\n");
        assertTrue(copies >= 100, "enough copies: " + copies);
        return (double) caught / copies;
    }

    private Outcome run(Path dir, boolean insert, int num, int den) throws IOException, RuleException {
        int copies = 0;
        int caughtCount = 0;
        int explained = 0;
        List<String> missed = new ArrayList<>();
        List<String> caught = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            List<Integer> numbered = OperativeEdits.operativeLines(lines);
            if (numbered.size() < 4) {
                continue;
            }
            Resolution original = TestEngine.parse(f.getFileName().toString(), String.join("\n", lines));
            Set<String> before = keys(TestEngine.get().check(original), lines);
            int k = OperativeEdits.number(lines.get(numbered.get(numbered.size() * num / den)));
            List<String> mutated = insert ? OperativeEdits.insertAt(lines, numbered, k) : OperativeEdits.deleteAt(lines, numbered, k);
            Resolution copy = TestEngine.parse(f.getFileName().toString(), String.join("\n", mutated));
            Set<Integer> staleLines = staleReferenceLines(copy, k);
            if (staleLines.isEmpty()) {
                continue;
            }
            copies++;
            Set<String> rules = new TreeSet<>();
            boolean rightWay = false;
            for (Finding finding : TestEngine.get().check(copy)) {
                if (finding.rule().startsWith("reference.") && !before.contains(key(finding, mutated))
                        && onStaleReference(finding, staleLines)) {
                    rules.add(finding.rule());
                    // A drift that says "deleted" for an insertion flags the right references
                    // with the wrong renumbering: counted, but not as explained.
                    rightWay |= !finding.rule().equals("reference.drift")
                            || finding.message().contains(insert ? "inserted" : "deleted");
                }
            }
            if (rightWay) {
                explained++;
            }
            caught.add((insert ? "insert " : "delete ") + k + " in " + f.getFileName() + " " + rules);
            if (!rules.isEmpty()) {
                caughtCount++;
                rules.forEach(r -> byRule.merge(r, 1, Integer::sum));
            } else {
                missed.add((insert ? "insert " : "delete ") + k + " in " + f.getFileName());
            }
        }
        return new Outcome(copies, caughtCount, explained, missed, byRule, caught);
    }

    /** The finding stands on a stale reference, or (a drift) lists one among the references to update. */
    private static boolean onStaleReference(Finding f, Set<Integer> staleLines) {
        if (staleLines.contains(f.location().line())) {
            return true;
        }
        return f.related().stream().anyMatch(l -> staleLines.contains(l.line()));
    }

    /**
     * Lines (in the copy) of internal references the mutation made stale: those naming paragraph
     * {@code k} or later, written for the numbering before the insertion or deletion.
     */
    private static Set<Integer> staleReferenceLines(Resolution copy, int k) {
        Set<Integer> out = new HashSet<>();
        for (ReferenceTarget t : ReferenceFacts.resolve(copy).targets()) {
            Reference ref = t.getReference();
            String label = t.getLabel();
            if (ref.external() || !label.matches("\\d+.*")) {
                continue;
            }
            if (Integer.parseInt(label.replaceAll("\\D.*", "")) >= k) {
                out.add(ref.getLocation().line());
            }
        }
        return out;
    }

    /**
     * Findings of the original, keyed so that the same finding in the copy has the same key
     * although numbers moved: rule, column and the line's text without its paragraph number.
     */
    private static Set<String> keys(List<Finding> findings, List<String> lines) {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) {
            out.add(key(f, lines));
        }
        return out;
    }

    private static String key(Finding f, List<String> lines) {
        int line = f.location().line();
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1).replaceFirst("^\\d{1,3}\\. ", "") : "";
        return f.rule() + "|" + f.location().column() + "|" + text;
    }
}
