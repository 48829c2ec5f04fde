package org.resolint.fix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.testing.Corpus;
import org.resolint.testing.OperativeEdits;
import org.resolint.testing.TestEngine;

/**
 * {@code fix --fix reference.drift} on the stale-reference copies of the adopted texts (a
 * paragraph inserted or deleted a third of the way in, references left as written, as in
 * StaleReferenceRecallTest): where the check reports a drift, the fixed copy is compared with what
 * {@code fix --previous ORIGINAL} gives, which follows every reference back to the paragraph it
 * named in the original (100 % right on these copies, see StaleReferenceRecallWithPreviousTest).
 * Report in {@code target/drift-fix.txt}.
 */
class DriftFixCorpusTest {

    @Test
    void driftFixMendsWhatThePreviousTextWould(@TempDir Path tmp) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpus.adopted())) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Fixer fixer = new Fixer();
        int drifts = 0;
        int same = 0;
        int better = 0;
        int worse = 0;
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            List<String> original = Files.readAllLines(f, StandardCharsets.UTF_8);
            List<Integer> numbered = OperativeEdits.operativeLines(original);
            if (numbered.size() < 4) {
                continue;
            }
            int k = OperativeEdits.number(original.get(numbered.get(numbered.size() / 3)));
            for (boolean insert : new boolean[] {true, false}) {
                List<String> edited = insert ? OperativeEdits.insertAt(original, numbered, k)
                        : OperativeEdits.deleteAt(original, numbered, k);
                Path copy = tmp.resolve(f.getFileName());
                Files.writeString(copy, String.join("\n", edited) + "\n", StandardCharsets.UTF_8);
                if (TestEngine.check(copy).findings().stream().noneMatch(x -> x.rule().equals("reference.drift"))) {
                    continue;
                }
                drifts++;
                String byDrift = text(fixer.fix(copy, null, Set.of("reference.drift"), copy.toString()));
                String byPrevious = text(fixer.fix(copy, f, Set.of(), copy.toString()));
                String asIs = String.join("\n", edited) + "\n";
                int wrongAfter = differingLines(byDrift, byPrevious);
                int wrongBefore = differingLines(asIs, byPrevious);
                String what = (insert ? "insert " : "delete ") + k + " in " + f.getFileName();
                if (wrongAfter == 0) {
                    same++;
                } else if (wrongAfter < wrongBefore) {
                    better++;
                    lines.add(what + ": " + wrongBefore + " stale lines, " + wrongAfter + " left or wrong after the fix");
                } else {
                    worse++;
                    lines.add(what + ": " + wrongBefore + " stale lines, " + wrongAfter + " wrong after the fix (NOT BETTER)");
                }
            }
        }
        String summary = String.format("fix --fix reference.drift on %d copies with a drift finding: %d as fix --previous"
                + " would mend them, %d better but not all, %d not better", drifts, same, better, worse);
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/drift-fix.txt"), summary + "\n" + String.join("\n", lines) + "\n");
        assertTrue(drifts >= 100, summary);
        // Measured: 115 of 175 mended exactly, 34 partly, 26 not (a drift on generic words, in the
        // wrong direction, or one the original text already had); see docs/fix.md.
        assertTrue(same >= 0.6 * drifts, summary);
        assertTrue(worse <= 0.2 * drifts, summary);
    }

    private static String text(FixResult r) {
        return new String(r.fixed(), StandardCharsets.UTF_8);
    }

    private static int differingLines(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = 0;
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length || i >= y.length || !x[i].equals(y[i])) {
                n++;
            }
        }
        return n;
    }
}
