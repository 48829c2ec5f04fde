package org.resolint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;
import org.resolint.testing.Corpus;
import org.resolint.testing.GitRepo;
import org.resolint.testing.OperativeEdits;
import org.resolint.testing.TestEngine;

/**
 * {@code check --previous-rev HEAD~1} and {@code fix --previous-rev HEAD~1} on a git repository
 * of adopted texts: commit 1 holds the texts as adopted, commit 2 the same texts with one
 * operative paragraph inserted (or deleted) a third of the way in and later paragraphs
 * renumbered, references left as written. Every stale reference is reported with the right
 * suggestion, the option adds no other finding, and the fix leaves none stale.
 */
class PreviousRevisionCorpusTest {
    private static final int TEXTS = 12;

    /** One text of the repository: what commit 2 did to it and the stale references expected, by line:column. */
    record Edited(String name, List<String> original, List<String> edited, Map<String, String> expected) {
    }

    @Test
    void everyStaleReferenceFoundAndMendedFromHistory(@TempDir Path tmp) throws Exception {
        List<Edited> texts = pick(Corpus.adopted());
        assertEquals(TEXTS, texts.size(), "enough adopted texts with references after the edit");
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        for (Edited t : texts) {
            repo.write("drafts/" + t.name(), String.join("\n", t.original()) + "\n");
        }
        repo.commit("adopted texts");
        for (Edited t : texts) {
            repo.write("drafts/" + t.name(), String.join("\n", t.edited()) + "\n");
        }
        repo.commit("one operative paragraph inserted or deleted in each");
        Path drafts = repo.path("drafts");

        JsonNode withHistory = json(run("check", "--format", "json", "--fail-on", "never", "--previous-rev", "HEAD~1",
                drafts.toString()));
        JsonNode alone = json(run("check", "--format", "json", "--fail-on", "never", drafts.toString()));
        int expectedTotal = 0;
        for (int i = 0; i < texts.size(); i++) {
            Edited t = texts.get(i);
            JsonNode file = withHistory.get("files").get(i);
            assertTrue(file.get("path").asText().endsWith(t.name()), file.get("path").asText());
            assertEquals("HEAD~1:drafts/" + t.name(), file.get("changes").get("previous").asText());
            Map<String, String> found = new TreeMap<>();
            List<String> others = new ArrayList<>();
            for (JsonNode f : file.get("findings")) {
                String at = f.get("line").asInt() + ":" + f.get("column").asInt();
                if (f.get("rule").asText().equals("reference.stale")) {
                    boolean deleted = f.get("message").asText().contains("which this draft deletes");
                    found.put(at, deleted && f.get("suggestion").isNull() ? null : f.get("suggestion").asText(null));
                } else {
                    others.add(f.toString());
                }
            }
            // every stale reference, with the reference as it should now read (null: its target was deleted)
            assertEquals(new TreeMap<>(t.expected()), deletedAsNull(found, t.expected()), t.name());
            expectedTotal += t.expected().size();
            // --previous-rev adds reference.stale and nothing else
            List<String> without = new ArrayList<>();
            alone.get("files").get(i).get("findings").forEach(f -> without.add(f.toString()));
            assertEquals(without, others, t.name());
        }
        System.out.println("--previous-rev HEAD~1: " + texts.size() + " texts, " + expectedTotal
                + " stale references, all reported with the right suggestion, no other new finding");
        assertTrue(expectedTotal >= 30, "stale references in the repository: " + expectedTotal);

        // fix --previous-rev mends each text; checked again against HEAD~1, none is stale
        for (Edited t : texts) {
            Path draft = drafts.resolve(t.name());
            Path fixed = tmp.resolve(t.name());
            Result r = run("fix", "--previous-rev", "HEAD~1", draft.toString(), "--output", fixed.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("rewrote " + t.expected().values().stream().filter(v -> v != null).count()
                    + " reference") || t.expected().containsValue(null), r.out());
            Files.copy(fixed, draft, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        JsonNode mended = json(run("check", "--format", "json", "--fail-on", "never", "--previous-rev", "HEAD~1",
                drafts.toString()));
        List<String> stillStale = new ArrayList<>();
        for (JsonNode file : mended.get("files")) {
            for (JsonNode f : file.get("findings")) {
                if (f.get("rule").asText().equals("reference.stale") && !f.get("message").asText()
                        .contains("which this draft deletes")) {
                    stillStale.add(file.get("path").asText() + ": " + f.get("message").asText());
                }
            }
        }
        assertEquals(List.of(), stillStale);
    }

    /** A finding on a reference whose target was deleted keeps whatever suggestion it gives; the rest must match. */
    private static Map<String, String> deletedAsNull(Map<String, String> found, Map<String, String> expected) {
        Map<String, String> out = new TreeMap<>();
        found.forEach((at, s) -> out.put(at, expected.containsKey(at) && expected.get(at) == null ? null : s));
        return out;
    }

    /** The first adopted texts (sorted) where the edit leaves a reference stale; insertions and deletions alternate. */
    private static List<Edited> pick(Path corpus) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        List<Edited> out = new ArrayList<>();
        for (Path f : files) {
            if (out.size() == TEXTS) {
                break;
            }
            List<String> lines = Files.readAllLines(f);
            List<Integer> numbered = OperativeEdits.operativeLines(lines);
            if (numbered.size() < 4) {
                continue;
            }
            boolean insert = out.size() % 2 == 0;
            int k = Math.min(numbered.size() - 1, numbered.size() / 3 + 1);
            List<String> edited = insert ? OperativeEdits.insertAt(lines, numbered, k)
                    : OperativeEdits.deleteAt(lines, numbered, k);
            String name = f.getFileName().toString();
            Map<String, String> expected = expected(name, lines, edited, k, numbered.size(), insert);
            if (!expected.isEmpty()) {
                out.add(new Edited(name, lines, edited, expected));
            }
        }
        return out;
    }

    /**
     * The stale references of the edited text, as StaleReferenceRecallWithPreviousTest counts
     * them: a reference that resolved in the original and names a paragraph number at or after
     * the edit; the suggestion is the reference with those numbers shifted (null when it named
     * only the deleted paragraph).
     */
    private static Map<String, String> expected(String name, List<String> lines, List<String> edited, int k, int last,
                                                boolean insert) {
        Resolution original = TestEngine.parse(name, String.join("\n", lines));
        Resolution copy = TestEngine.parse(name, String.join("\n", edited));
        Set<String> resolvedBefore = new HashSet<>();
        for (ReferenceTarget target : ReferenceFacts.resolve(original).targets()) {
            if (target.getTarget() != null) {
                resolvedBefore.add(key(target.getReference()));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Reference ref : ReferenceFacts.resolve(copy).references()) {
            if (ref.external() || !resolvedBefore.contains(key(ref))) {
                continue;
            }
            StaleReferenceRecallWithPreviousTest.Shift shift = StaleReferenceRecallWithPreviousTest.shift(ref, k, last, insert);
            if (shift.affected()) {
                out.put(ref.getLocation().line() + ":" + ref.getLocation().column(), shift.suggestion(ref, k, last, insert));
            }
        }
        return out;
    }

    private static String key(Reference r) {
        return r.paragraph().getText() + "#" + r.start();
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static JsonNode json(Result r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }
}
