package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;
import org.resolint.testing.Corpus;
import org.resolint.testing.DocxDrafts;
import org.resolint.testing.TestEngine;

/** The .docx reader: Word's automatic numbering rendered as Word shows it, tracked changes, tables. */
class DocxReaderTest {
    static final String DRAFT = """
            S/2031/77
            Security Council
            Draft resolution
            The Security Council,
            Recalling its resolution 2990 (2030) on the situation in Norlandia,
            Welcoming the report of the Secretary-General (S/2031/12),
            1. Decides to extend the mandate of the Mission until 31 March 2032;
            2. Requests the Mission to:
            (a) Support the political process;
            (b) Protect civilians, including by:
            (i) Patrolling the border areas;
            (ii) Supporting local police;
            (c) Report on violations;
            I. Sanctions
            3. Decides that all States shall freeze the funds of the persons listed;
            5. Decides to remain seized of the matter.
            """;

    @TempDir
    Path tmp;

    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#!")).toList();
    }

    static List<String> docxLines(SourceText s) {
        return s.lines().stream().map(SourceLine::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void typedNumbersPassThrough() throws Exception {
        Path docx = DocxDrafts.write(DRAFT, tmp.resolve("typed.docx"), false);
        SourceText s = Readers.read(docx);
        assertEquals(paragraphs(DRAFT), docxLines(s));
        assertEquals("docx", s.format());
        assertTrue(s.warnings().isEmpty());
    }

    @Test
    void automaticNumberingIsRenderedAsWordShowsIt() throws Exception {
        Path docx = DocxDrafts.write(DRAFT, tmp.resolve("auto.docx"), true);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertFalse(doc.getParagraphs().get(6).getText().startsWith("1."), "POI itself does not render numbers");
        }
        SourceText s = Readers.read(docx);
        // (i)/(ii) on level 2 restart under (b); 3 continues across the heading; 5 is a restart.
        assertSameLines(paragraphs(DRAFT), docxLines(s), "auto.docx");
        SourceLine fifth = s.lines().stream().filter(l -> l.text().startsWith("5.")).findFirst().orElseThrow();
        assertEquals(16, fifth.number(), "line is the 1-based body-paragraph index");
    }

    @Test
    void sameFindingsAsThePlainTextDraft() throws Exception {
        Path txt = tmp.resolve("draft.txt");
        Files.writeString(txt, DRAFT.replace("\n", "\n\n"));
        Path docx = DocxDrafts.write(DRAFT, tmp.resolve("draft.docx"), true);
        List<String> fromText = keys(TestEngine.check(txt));
        assertTrue(fromText.contains("numbering.gap 5"), fromText.toString());
        assertEquals(fromText, keys(TestEngine.check(docx)));
    }

    @Test
    void corpusTextsAsWordDocumentsGiveTheSameFindings() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpus.adopted())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int compared = 0;
        for (int i = 0; i < files.size(); i += 20) {
            Path txt = files.get(i);
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            Path docx = DocxDrafts.write(text, tmp.resolve(txt.getFileName() + ".docx"), true);
            assertSameLines(paragraphs(text), docxLines(Readers.read(docx)), txt.toString());
            // Hard-wrapped old texts become one Word paragraph per line in the generator, which style
            // rules (terminal punctuation of each "paragraph") see; structure must match regardless.
            assertEquals(keys(TestEngine.check(txt)).stream().filter(k -> !k.startsWith("style.")).toList(),
                    keys(TestEngine.check(docx)).stream().filter(k -> !k.startsWith("style.")).toList(), txt.toString());
            compared++;
        }
        assertTrue(compared >= 20, "compared " + compared);
    }

    @Test
    void trackedInsertionsCountAndDeletionsDoNot() throws Exception {
        Path docx = tmp.resolve("tracked.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("The Security Council,");
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().set(CTP.Factory.parse("<w:p xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
                    + "<w:r><w:t xml:space='preserve'>1. Decides to </w:t></w:r>"
                    + "<w:del w:id='1' w:author='A'><w:r><w:delText>terminate</w:delText></w:r></w:del>"
                    + "<w:ins w:id='2' w:author='A'><w:r><w:t>extend</w:t></w:r></w:ins>"
                    + "<w:r><w:t xml:space='preserve'> the mandate;</w:t></w:r>"
                    + "<w:commentRangeStart w:id='5'/><w:r><w:commentReference w:id='5'/></w:r></w:p>"));
            XWPFTable t = doc.createTable(1, 1);
            t.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("2. Decides to remain seized.");
            try (OutputStream os = Files.newOutputStream(docx)) {
                doc.write(os);
            }
        }
        SourceText s = Readers.read(docx);
        assertEquals(List.of("The Security Council,", "1. Decides to extend the mandate;",
                "2. Decides to remain seized."), docxLines(s));
        assertEquals(List.of("the draft has unaccepted tracked changes (1 insertions, 1 deletions);"
                + " checked as if all were accepted"), s.warnings());
    }

    /** Names the first line that differs instead of printing two whole texts. */
    static void assertSameLines(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": paragraph " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), what + ": number of paragraphs");
    }

    private static List<String> keys(FileResult r) {
        assertFalse(r.failed(), r.error());
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.rule() + " " + f.paragraph());
        }
        return out.stream().sorted().collect(Collectors.toList());
    }
}
