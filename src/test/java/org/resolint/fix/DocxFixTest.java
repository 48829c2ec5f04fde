package org.resolint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.model.Finding;
import org.resolint.testing.DocxDrafts;
import org.resolint.testing.FodtMaker;
import org.resolint.testing.TestEngine;

/**
 * {@code fix} on .docx drafts: every change is a tracked change by resolint (w:del of the old
 * characters, w:ins of the new), Word's automatic numbers are left to Word, and LibreOffice opens
 * the result (where it is installed).
 */
class DocxFixTest {
    private static final Path DIR = Path.of("src/test/resources/fix");
    private static final Pattern CHANGE = Pattern.compile("<w:(ins|del) [^>]*w:author=\"resolint\"[^>]*w:date=\"[^\"]+\"");

    @TempDir
    Path tmp;

    @Test
    void typedNumbersAndReferencesBecomeTrackedChanges() throws Exception {
        Path draft = DocxDrafts.write(unwrapped("duplicate-and-gap.txt"), tmp.resolve("draft.docx"), false);
        FixResult r = new Fixer().fix(draft, null, Set.of(), "draft.docx");
        assertEquals("renumbered 6 paragraphs, rewrote 6 references; 3 notes", r.summary());
        Path out = tmp.resolve("fixed.docx");
        Files.write(out, r.fixed());
        String xml = documentXml(out);
        // one deletion and one insertion per edit: 6 markers and 7 numbers in 6 references
        assertEquals(13, count(xml, "del"), xml);
        assertEquals(13, count(xml, "ins"), xml);
        assertTrue(xml.contains("<w:delText xml:space=\"preserve\">10</w:delText>"), xml);
        // Accepting every change gives the fixed text: no numbering or reference error is left.
        assertTrue(numberingAndReferences(draft).size() >= 3); // duplicate, sub-level and range (the gaps are the duplicate's story)
        assertEquals(List.of(), numberingAndReferences(out));
        assertTrue(r.diff().contains("+9. Decides to remain actively seized of the matter."), r.diff().toString());
    }

    /** Word numbers the paragraphs itself: their numbers are not touched, a stale reference still is. */
    @Test
    void automaticNumbersAreLeftToWordButReferencesAreRewritten() throws Exception {
        Path draft = DocxDrafts.write(Files.readString(DIR.resolve("after-insertion.txt")), tmp.resolve("auto.docx"), true);
        Path previous = DIR.resolve("previous.txt");
        FixResult r = new Fixer().fix(draft, previous, Set.of(), "auto.docx");
        assertEquals("renumbered 0 paragraphs, rewrote 1 reference; 1 note", r.summary());
        Path out = tmp.resolve("auto-fixed.docx");
        Files.write(out, r.fixed());
        String xml = documentXml(out);
        assertEquals(1, count(xml, "del"));
        assertTrue(xml.contains("<w:delText xml:space=\"preserve\">2</w:delText>"), xml);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("word/numbering.xml") != null, "the automatic numbering stays");
        }
    }

    /** --fix reference.drift in Word: the four references the drift lists become tracked changes. */
    @Test
    void driftFixBecomesTrackedChanges() throws Exception {
        Path draft = DocxDrafts.write(Files.readString(DIR.resolve("drift.txt")), tmp.resolve("drift.docx"), true);
        FixResult r = new Fixer().fix(draft, null, Set.of("reference.drift"), "drift.docx");
        assertEquals("renumbered 0 paragraphs, rewrote 4 references", r.summary());
        Path out = tmp.resolve("drift-fixed.docx");
        Files.write(out, r.fixed());
        String xml = documentXml(out);
        assertEquals(4, count(xml, "del"));
        assertEquals(4, count(xml, "ins"));
        assertEquals(List.of(), numberingAndReferences(out));
    }

    @Test
    void libreOfficeOpensTheTrackedChanges() throws Exception {
        Path draft = DocxDrafts.write(unwrapped("duplicate-and-gap.txt"), tmp.resolve("lo.docx"), false);
        Path out = tmp.resolve("lo-fixed.docx");
        Files.write(out, new Fixer().fix(draft, null, Set.of(), "lo.docx").fixed());
        boolean printed = FodtMaker.print(List.of(out), tmp.resolve("lo-profile"));
        Assumptions.assumeTrue(printed || Files.exists(tmp.resolve("lo-fixed.pdf")),
                "skipped: soffice (LibreOffice) is not installed; install libreoffice-writer-nogui to run it");
        Path pdf = tmp.resolve("lo-fixed.pdf");
        assertTrue(Files.size(pdf) > 1000, "LibreOffice converted the fixed .docx to PDF");
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF");
    }

    /** One Word paragraph per paragraph of the text: hard-wrapped lines joined. */
    private static String unwrapped(String name) throws Exception {
        return Files.readString(DIR.resolve(name)).replaceAll("(?<=\\S)\n(?=\\S)", " ");
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String xml, String kind) {
        Matcher m = CHANGE.matcher(xml);
        int n = 0;
        while (m.find()) {
            n += m.group(1).equals(kind) ? 1 : 0;
        }
        return n;
    }

    private static List<String> numberingAndReferences(Path file) {
        return TestEngine.check(file).findings().stream()
                .filter(f -> f.rule().startsWith("numbering.") || f.rule().startsWith("reference."))
                .map(Finding::toString).toList();
    }
}
