package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resolint.check.CheckRun;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * The adopted texts are the false-positive test: every numbering and structure finding on them
 * must be a real defect of that text, listed here with the reason.
 */
class CorpusStructureTest {

    /** file → "rule line" of each true defect, with why it is one. */
    static final Map<String, String> KNOWN = new TreeMap<>(Map.ofEntries(
            Map.entry("S-RES-2573-2021.txt structure.enacting-formula 9",
                    "the source XML has no enacting formula (SOURCES.md lists it)"),
            Map.entry("S-RES-781-1992.txt structure.enacting-formula 6",
                    "the CR-UNSC text lacks the enacting formula (SOURCES.md lists it)"),
            Map.entry("S-RES-2147-2014.txt structure.misplaced 181",
                    "operative paragraph 19 opens 'Expressing concern' and never reaches an operative verb"),
            Map.entry("S-RES-2787-2025.txt numbering.single 13",
                    "the only operative paragraph carries the number 1"),
            Map.entry("S-RES-2677-2023.txt numbering.sublevel 101",
                    "3 (a) (v) is written 'v)' without its opening parenthesis"),
            Map.entry("S-RES-242-1967.txt numbering.sublevel 23",
                    "OCR: '(1)' for '(i)' (SOURCES.md names it)"),
            Map.entry("S-RES-713-1991.txt numbering.gap 101",
                    "OCR: paragraph 5 is printed 'S.' so 6 follows 4"),
            Map.entry("S-RES-748-1992.txt numbering.sublevel 71", "OCR: '(6)' for '(b)' in paragraph 4"),
            Map.entry("S-RES-748-1992.txt numbering.sublevel 99", "OCR: '(2)' for '(a)' in paragraph 6"),
            Map.entry("S-RES-814-1993.txt numbering.sublevel 156", "OCR: '(ad)' for '(d)' in paragraph 4"),
            Map.entry("S-RES-864-1993.txt numbering.sublevel 195", "OCR: '(a)' for '(d)' in paragraph 22"),
            Map.entry("S-RES-883-1993.txt numbering.sublevel 60", "OCR: '(6)' for '(b)' in paragraph 3")));

    @Test
    void adoptedTextsHaveNoNumberingOrStructureFindingsButTheirRealDefects() {
        Path adopted = Corpus.adopted();
        CheckRun run = TestEngine.checker().checkAll(DraftFinder.expand(List.of(adopted)));
        assertEquals(407, run.files().size(), "the corpus should hold 407 adopted texts");
        List<String> failed = run.files().stream().filter(FileResult::failed).map(FileResult::error).toList();
        assertTrue(failed.isEmpty(), "could not check: " + failed);
        Map<String, String> found = new TreeMap<>();
        for (FileResult file : run.files()) {
            for (Finding f : file.findings()) {
                if (f.area().equals("numbering") || f.area().equals("structure")) {
                    String name = Path.of(file.path()).getFileName().toString();
                    found.put(name + " " + f.rule() + " " + f.location().line(), f.message());
                }
            }
        }
        assertEquals(String.join("\n", KNOWN.keySet()), String.join("\n", found.keySet()),
                () -> "numbering/structure findings on adopted texts changed:\n" + found.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }

    @Test
    void everyCorpusTextChecksInOneRunWithoutFailure() {
        CheckRun run = TestEngine.checker().checkAll(DraftFinder.expand(List.of(Corpus.adopted(), Corpus.drafts())));
        assertEquals(426, run.files().size());
        assertTrue(run.files().stream().noneMatch(FileResult::failed),
                () -> run.files().stream().filter(FileResult::failed).map(FileResult::error)
                        .collect(Collectors.joining("\n")));
        // Every adopted text has an operative part and its enacting formula found where it stands.
        long withOperative = run.files().stream()
                .filter(f -> f.model().count(org.resolint.model.ParagraphKind.OPERATIVE) > 0).count();
        assertEquals(426, withOperative);
    }
}
