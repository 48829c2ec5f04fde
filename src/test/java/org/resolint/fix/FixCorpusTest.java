package org.resolint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.Readers;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * Round trip on the adopted texts: each text's operative numbering is spoilt (a number skipped,
 * or a number repeated) with every reference moved along so it still means the same paragraph;
 * {@code fix} must give back the original text byte for byte, and checking the result must give
 * no numbering or reference error the original does not have. Texts where the case is not well
 * defined (see {@link NumberingCorruption}) or that {@code fix} would already change are counted
 * and left out. Report in {@code target/fix-round-trip.txt}.
 */
class FixCorpusTest {

    @Test
    void spoiltNumberingComesBackByteForByte(@TempDir Path tmp) throws Exception {
        Path dir = Corpus.adopted();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Fixer fixer = new Fixer();
        int texts = 0;
        int changedAsIs = 0;
        int cases = 0;
        int undefined = 0;
        int roundTrips = 0;
        int checkedClean = 0;
        int letterCases = 0;
        long referencesRewritten = 0;
        java.util.Map<String, int[]> byKind = new java.util.LinkedHashMap<>(); // cases, back, not well defined
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            texts++;
            String content = Files.readString(f, StandardCharsets.UTF_8);
            FixResult asIs = fixer.fix(f, null, Set.of(), f.toString());
            if (asIs.changed()) {
                changedAsIs++; // the adopted text itself has a numbering slip; no round trip to speak of
                failures.add(0, "already changed: " + f.getFileName() + ": " + asIs.summary());
                continue;
            }
            Resolution model = new ResolutionParser().parse(Readers.read(f));
            for (String kind : List.of("skip", "duplicate", "skip letter", "duplicate letter")) {
                int delta = kind.startsWith("skip") ? +1 : -1;
                Path draft = tmp.resolve(f.getFileName().toString());
                String spoilt = kind.endsWith("letter") ? spoilLetters(content, model, delta, draft)
                        : spoilNumbers(content, model, delta, draft);
                int[] tally = byKind.computeIfAbsent(kind, x -> new int[3]);
                if (spoilt == null) {
                    tally[2]++;
                    undefined++;
                    continue;
                }
                cases++;
                tally[0]++;
                Files.writeString(draft, spoilt, StandardCharsets.UTF_8);
                FixResult fixed = fixer.fix(draft, null, Set.of(), draft.toString());
                String back = new String(fixed.fixed(), StandardCharsets.UTF_8);
                referencesRewritten += fixed.references();
                if (back.equals(content)) {
                    roundTrips++;
                    tally[1]++;
                } else {
                    // kept for reading: the spoilt copy beside the report
                    Path keep = Path.of("target", "fix-round-trip", kind.replace(' ', '-') + "-" + f.getFileName());
                    Files.createDirectories(keep.getParent());
                    Files.writeString(keep, spoilt, StandardCharsets.UTF_8);
                    failures.add(f.getFileName() + " (" + kind + "): not the original; spoilt copy in " + keep);
                }
                Path out = tmp.resolve("fixed-" + f.getFileName());
                Files.write(out, fixed.fixed());
                if (numberingAndReferenceErrors(out) <= numberingAndReferenceErrors(f)) {
                    checkedClean++;
                } else {
                    failures.add(f.getFileName() + " (" + kind + "): errors after fix");
                }
                if (kind.endsWith("letter")) {
                    letterCases++;
                }
            }
        }
        String summary = String.format("fix round trip: %d texts; %d already changed by fix (left out); %d cases"
                + " not well defined; %d spoilt copies, %d back byte for byte (%.1f%%), %d checked without new"
                + " numbering/reference errors (%d of the copies with a letter spoilt)", texts, changedAsIs, undefined,
                cases, roundTrips, 100.0 * roundTrips / Math.max(1, cases), checkedClean, letterCases);
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((kind, t) -> kinds.append(String.format("%n  %s: %d copies, %d back byte for byte, %d texts without a"
                + " well-defined case", kind, t[0], t[1], t[2])));
        summary += kinds + String.format("%n  references rewritten on the way back: %d", referencesRewritten);
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fix-round-trip.txt"), summary + "\n" + String.join("\n", failures) + "\n");
        assertTrue(cases >= 300, summary);
        assertTrue(referencesRewritten >= 800, "the copies exercise references, not only numbers: " + summary);
        assertEquals(List.of(), failures.stream().filter(x -> !x.startsWith("already changed")).toList(), summary);
        // The adopted texts fix changes are the real slips CorpusStructureTest names (an OCR "S." for "5.", …).
        assertTrue(changedAsIs <= 5, summary + "\n" + String.join("\n", failures));
    }

    /** A third of the way in, where most references point past it; later if that case is not well defined. */
    private static String spoilNumbers(String content, Resolution model, int delta, Path scratch) throws Exception {
        long ops = model.getParagraphs().stream().filter(p -> p.isNumbered() && p.getParent() == null
                && p.getKind() == ParagraphKind.OPERATIVE).count();
        for (int k = (int) Math.max(1, ops / 3); k < ops; k++) {
            String spoilt = NumberingCorruption.corrupt(content, model, k, delta);
            if (spoilt != null && sameMeaning(model, spoilt, scratch)) {
                return spoilt;
            }
        }
        return null;
    }

    /** The first list of three or more letters that gives a well-defined case, from its middle item on. */
    private static String spoilLetters(String content, Resolution model, int delta, Path scratch) throws Exception {
        for (Paragraph list : model.getParagraphs()) {
            if (list.getKind() != ParagraphKind.OPERATIVE) {
                continue;
            }
            long items = model.getParagraphs().stream().filter(p -> p.getParent() == list).count();
            for (int j = (int) Math.max(1, items / 2); j < items; j++) {
                String spoilt = NumberingCorruption.corruptLetters(content, model, list, j, delta);
                if (spoilt != null && sameMeaning(model, spoilt, scratch)) {
                    return spoilt;
                }
            }
        }
        return null;
    }

    private static boolean sameMeaning(Resolution model, String spoilt, Path scratch) throws Exception {
        Files.writeString(scratch, spoilt, StandardCharsets.UTF_8);
        return NumberingCorruption.sameMeaning(model, new ResolutionParser().parse(Readers.read(scratch)));
    }

    private static long numberingAndReferenceErrors(Path file) {
        List<Finding> findings = TestEngine.check(file).findings();
        return findings.stream().filter(x -> x.severity() == Severity.ERROR
                && (x.rule().startsWith("numbering.") || x.rule().startsWith("reference."))).count();
    }
}
