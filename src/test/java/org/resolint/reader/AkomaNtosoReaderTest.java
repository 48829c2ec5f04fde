package org.resolint.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.testing.TestEngine;

class AkomaNtosoReaderTest {
    private static final Path SECTIONED = Path.of("src/test/resources/akn/sectioned-draft.xml");

    @TempDir
    Path dir;

    private static String labels(Resolution r, ParagraphKind kind) {
        return String.join(" | ", r.getParagraphs().stream().filter(p -> p.getKind() == kind)
                .map(Paragraph::getLabel).toList());
    }

    private static Paragraph paragraph(Resolution r, String label) {
        return r.getParagraphs().stream().filter(p -> p.getLabel().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void readsCoverPreambleSectionsListsAnnexAndFootnotes() throws InputException {
        SourceText text = Readers.read(SECTIONED);
        assertEquals("akoma-ntoso", text.format());
        List<String> lines = text.lines().stream().map(SourceLine::text).filter(t -> !t.isEmpty()).toList();
        assertEquals(List.of("United Nations", "S/2026/140", "Security Council", "3 March 2026",
                "Freedonia and Sylvania: draft resolution", "The Security Council,"), lines.subList(0, 6));
        assertTrue(lines.contains("I"), "section number on its own line");
        // The number goes before the point's first block, even a subheading written before it.
        assertTrue(lines.contains("(a) Ceasefire"));
        assertTrue(lines.contains("Annex"), "an annex that does not say so gets an Annex line");
        assertTrue(lines.contains("Monitoring\t30 June 2026"), "table cells are joined by a tab");
        assertEquals("1 See also S/2025/17.", lines.get(lines.size() - 1), "footnotes come last");

        Resolution r = TestEngine.checker().check(SECTIONED).model();
        assertEquals("S/2026/140", r.getSymbol());
        assertEquals(18, r.getEnactingFormula().line());
        assertEquals("I.1 | I.2 | II.1 | II.2", labels(r, ParagraphKind.OPERATIVE));
        assertEquals("II", paragraph(r, "II.1").getSection());
        assertEquals(1, r.count(ParagraphKind.FOOTNOTE));
        assertEquals(4, r.count(ParagraphKind.ANNEX));
    }

    @Test
    void linesAreTheLinesOfTheXmlElements() {
        Resolution r = TestEngine.checker().check(SECTIONED).model();
        assertEquals(21, paragraph(r, "PP1").getLine(), "<p> of the preambular paragraph");
        assertEquals(29, paragraph(r, "I.1").getLine(), "<num>1.</num> of the first paragraph");
        assertEquals(40, paragraph(r, "I.2 (a)").getLine(), "<num>(a)</num>");
        assertEquals(54, paragraph(r, "II.1").getLine());
    }

    @Test
    void numberingThatRestartsPerSectionIsNoError() {
        FileResult r = TestEngine.check(SECTIONED);
        assertFalse(r.failed(), r.error());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void xmlThatIsNotAkomaNtosoIsRefusedInOneLine() throws IOException {
        Path pom = dir.resolve("other.xml");
        Files.writeString(pom, "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><a/></project>");
        InputException e = assertThrows(InputException.class, () -> Readers.read(pom));
        assertTrue(e.getMessage().startsWith(pom + ": not an Akoma Ntoso document"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<akomaNtoso xmlns=\"" + AkomaNtosoReader.NAMESPACE + "\">\n<statement>\n<p>open\n</statement>");
        InputException e = assertThrows(InputException.class, () -> Readers.read(bad));
        assertTrue(e.getMessage().matches(".*malformed XML at line 4, column \\d+ .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<akomaNtoso xmlns=\"" + AkomaNtosoReader.NAMESPACE + "\"><statement><preamble><p>&x;</p>"
                + "</preamble></statement></akomaNtoso>");
        InputException e = assertThrows(InputException.class, () -> Readers.read(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP SECRET"));
    }

    @Test
    void folderWalkTakesOnlyAkomaNtosoXml() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.copy(SECTIONED, dir.resolve("draft.xml"));
        assertEquals(List.of(dir.resolve("draft.xml")), DraftFinder.expand(List.of(dir)));
    }
}
