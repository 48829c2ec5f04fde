package org.resolint.references;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resolint.engine.RuleException;
import org.resolint.facts.ReferenceFacts;
import org.resolint.model.Finding;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * Builds stale references from real texts at test time: in an adopted resolution, one operative
 * paragraph is inserted (or deleted) and the paragraphs after it renumbered, while every
 * reference stays as written. A copy counts as caught when a reference.* finding that the
 * original text does not have appears on a paragraph holding a stale reference.
 */
class StaleReferenceRecallTest {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\. (.*)$");

    record Outcome(int copies, int caught, List<String> missed) {
        double recall() {
            return copies == 0 ? 0 : (double) caught / copies;
        }
    }

    @Test
    void insertionsAndDeletionsAreCaught() throws Exception {
        Path dir = Corpus.adopted();
        Outcome insert = run(dir, true);
        Outcome delete = run(dir, false);
        int copies = insert.copies() + delete.copies();
        int caught = insert.caught() + delete.caught();
        String summary = String.format("stale-reference recall: insert %d/%d (%.1f%%), delete %d/%d (%.1f%%), all %d/%d (%.1f%%)",
                insert.caught(), insert.copies(), 100 * insert.recall(), delete.caught(), delete.copies(),
                100 * delete.recall(), caught, copies, 100.0 * caught / copies);
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/stale-reference-recall.txt"), summary + "\nmissed:\n"
                + String.join("\n", insert.missed()) + "\n" + String.join("\n", delete.missed()) + "\n");
        assertTrue(copies >= 100, "enough copies: " + copies);
        // Issue 3 aims at 85 %; measured 48.8 % (see README). This guards against regressions.
        assertTrue((double) caught / copies >= 0.45, summary);
    }

    private Outcome run(Path dir, boolean insert) throws IOException, RuleException {
        int copies = 0;
        int caught = 0;
        List<String> missed = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            List<Integer> numbered = operativeLines(lines);
            if (numbered.size() < 4) {
                continue;
            }
            Resolution original = TestEngine.parse(f.getFileName().toString(), String.join("\n", lines));
            Set<String> before = keys(TestEngine.get().check(original));
            // Mutate at the paragraph a third of the way in, where most references point past it.
            int k = value(lines.get(numbered.get(numbered.size() / 3)));
            Set<Integer> staleLines = staleReferenceLines(original, k, insert);
            if (staleLines.isEmpty()) {
                continue;
            }
            List<String> mutated = insert ? insertAt(lines, numbered, k) : deleteAt(lines, numbered, k);
            Resolution copy = TestEngine.parse(f.getFileName().toString(), String.join("\n", mutated));
            copies++;
            boolean hit = false;
            for (Finding finding : TestEngine.get().check(copy)) {
                if (finding.rule().startsWith("reference.") && !before.contains(key(finding, insert, k))) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                caught++;
            } else {
                missed.add((insert ? "insert " : "delete ") + k + " in " + f.getFileName());
            }
        }
        return new Outcome(copies, caught, missed);
    }

    /** Lines of operative paragraphs ("12. Decides ..."), up to an annex. */
    static List<Integer> operativeLines(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("(?i)^annex.*")) {
                break;
            }
            Matcher m = NUMBERED.matcher(l);
            if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                out.add(i);
                expected++;
            }
        }
        return out;
    }

    private static int value(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Lines (in the original) of paragraphs with an internal reference the mutation makes stale. */
    private static Set<Integer> staleReferenceLines(Resolution r, int k, boolean insert) {
        Set<Integer> out = new HashSet<>();
        for (ReferenceTarget t : ReferenceFacts.resolve(r).targets()) {
            Reference ref = t.getReference();
            String label = t.getLabel();
            if (ref.external() || !label.matches("\\d+.*") || t.getTarget() == null) {
                continue;
            }
            int n = Integer.parseInt(label.replaceAll("\\D.*", ""));
            if (insert ? n >= k : n >= k) {
                out.add(ref.paragraph().getLine());
            }
        }
        return out;
    }

    private static List<String> insertAt(List<String> lines, List<Integer> numbered, int k) {
        List<String> out = new ArrayList<>();
        int at = numbered.get(k - 1);
        for (int i = 0; i < lines.size(); i++) {
            if (i == at) {
                out.add(k + ". Requests the Secretary-General to keep the Council regularly informed of developments;");
                out.add("");
            }
            out.add(renumber(lines.get(i), numbered, i, k, +1));
        }
        return out;
    }

    private static List<String> deleteAt(List<String> lines, List<Integer> numbered, int k) {
        List<String> out = new ArrayList<>();
        int from = numbered.get(k - 1);
        int to = k < numbered.size() ? numbered.get(k) : lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (i >= from && i < to) {
                continue;
            }
            out.add(renumber(lines.get(i), numbered, i, k, -1));
        }
        return out;
    }

    private static String renumber(String line, List<Integer> numbered, int index, int k, int delta) {
        if (!numbered.contains(index)) {
            return line;
        }
        int n = value(line);
        return n >= k ? (n + delta) + line.substring(line.indexOf('.')) : line;
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) {
            out.add(f.rule() + "|" + f.message());
        }
        return out;
    }

    private static String key(Finding f, boolean insert, int k) {
        return f.rule() + "|" + f.message();
    }
}
