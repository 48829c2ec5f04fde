package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * The Akoma Ntoso files of the corpus read as their text conversions do: for every Security
 * Council file whose resolution also lies in unsc/ (or the not-adopted drafts), the same cover
 * data, the same paragraphs (kind and label, in order) and the same findings (rule and paragraph).
 */
class AkomaNtosoCorpusTest {

    private static List<Path> aknFiles() throws IOException {
        try (Stream<Path> files = Files.list(Corpus.require("corpus/akn"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** The text version of an AKN file: S-RES-2719-2023.xml → unsc/S-RES-2719-2023.txt. */
    private static Path textVersion(Path xml) {
        String name = xml.getFileName().toString().replace(".xml", "");
        if (name.endsWith("-draft-not-adopted")) {
            return Corpus.shared().resolve("corpus/unsc-drafts-not-adopted/"
                    + name.replace("-draft-not-adopted", "") + ".txt");
        }
        return Corpus.shared().resolve("corpus/unsc/" + name + ".txt");
    }

    @Test
    void everyAknFileChecksWithoutFailure() throws IOException {
        List<Path> files = aknFiles();
        assertEquals(29, files.size(), "the corpus should hold 29 Akoma Ntoso files");
        List<String> failed = new ArrayList<>();
        for (Path f : files) {
            FileResult r = TestEngine.check(f);
            if (r.failed()) {
                failed.add(r.error());
            } else if (r.model().count(ParagraphKind.OPERATIVE) == 0) {
                failed.add(f + ": no operative paragraph read");
            }
        }
        assertTrue(failed.isEmpty(), () -> String.join("\n", failed));
    }

    @Test
    void securityCouncilFilesReadAsTheirTextVersions() throws IOException {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Path xml : aknFiles()) {
            Path txt = textVersion(xml);
            if (!xml.getFileName().toString().startsWith("S-") || !Files.exists(txt)) {
                continue;
            }
            compared++;
            FileResult a = TestEngine.check(xml);
            FileResult t = TestEngine.check(txt);
            assertTrue(!a.failed() && !t.failed(), () -> a.error() + " / " + t.error());
            compare(xml, "kind/symbol", header(a.model()), header(t.model()), differences);
            compare(xml, "operative numbering", operative(a.model()), operative(t.model()), differences);
            compare(xml, "paragraphs", paragraphs(a.model(), null), paragraphs(t.model(), firstFootnote(a.model())),
                    differences);
            compare(xml, "findings", findings(a), findings(t), differences);
        }
        assertEquals(22, compared, "22 Security Council AKN files (21 resolutions, 1 draft) have a text version");
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    private static void compare(Path file, String what, List<String> akn, List<String> text, List<String> out) {
        if (!akn.equals(text)) {
            int i = 0;
            while (i < Math.min(akn.size(), text.size()) && akn.get(i).equals(text.get(i))) {
                i++;
            }
            out.add(file.getFileName() + ": " + what + " differ at item " + i + ": AKN "
                    + (i < akn.size() ? akn.get(i) : "(end)") + ", text " + (i < text.size() ? text.get(i) : "(end)"));
        }
    }

    private static List<String> header(Resolution r) {
        return List.of(r.getKind() + " " + r.getSymbol() + " " + r.getNumber() + " " + r.getYear()
                + " formula " + r.isEnactingFormulaPresent());
    }

    private static List<String> operative(Resolution r) {
        return r.getParagraphs().stream().filter(p -> p.getKind() == ParagraphKind.OPERATIVE)
                .map(Paragraph::getLabel).toList();
    }

    /**
     * Footnotes aside: the text versions write them on consecutive lines, which the parser joins
     * into one block (an annex paragraph when the text has an annex); the AKN reader keeps each apart.
     */
    private static List<String> paragraphs(Resolution r, String footnoteBlock) {
        return r.getParagraphs().stream().filter(p -> p.getKind() != ParagraphKind.FOOTNOTE)
                .filter(p -> footnoteBlock == null || !p.getText().startsWith(footnoteBlock))
                .map(p -> p.getKind() + " " + p.getLabel()).toList();
    }

    private static String firstFootnote(Resolution r) {
        return r.getParagraphs().stream().filter(p -> p.getKind() == ParagraphKind.FOOTNOTE)
                .map(Paragraph::getText).findFirst().orElse(null);
    }

    private static List<String> findings(FileResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.paragraph()).sorted()
                .collect(Collectors.toList());
    }

    /** Guards the comparison itself: the AKN reader's findings are located in the XML file. */
    @Test
    void findingsOnAknPointIntoTheXml() {
        Path xml = Corpus.require("corpus/akn/S-RES-2719-2023.xml");
        FileResult r = TestEngine.check(xml);
        Paragraph first = r.model().getParagraphs().stream()
                .filter(p -> p.getKind() == ParagraphKind.OPERATIVE).findFirst().orElseThrow();
        // <num>1.</num> of para_20 stands on line 239 of the file.
        assertEquals(239, first.getLine());
        assertEquals("1", first.getLabel());
        // 2719 (2023) is clean on structure; its British spellings ("organisations") are style findings.
        List<Finding> none = r.findings().stream().filter(f -> !f.area().equals("style") && !f.area().equals("term")).toList();
        assertTrue(none.isEmpty(), () -> none.toString());
        assertTrue(r.findings().stream().filter(f -> f.area().equals("style")).allMatch(f -> f.location().line() > 100),
                "style findings point into the XML body");
    }
}
