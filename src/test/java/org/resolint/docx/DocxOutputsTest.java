package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.FileResult;
import org.resolint.cli.Main;
import org.resolint.model.Finding;
import org.resolint.model.Location;
import org.resolint.model.Severity;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;
import org.resolint.report.docx.DocxAnnotator;
import org.resolint.testing.TestEngine;

/** --report and --annotate: re-read with POI, one comment per finding, the draft's text unchanged. */
class DocxOutputsTest {
    static final Path VESTMARK = Path.of("src/test/resources/docx/vestmark-sanctions.docx");
    static final Path TEXT_DRAFT = Path.of("drafts/mandate-with-errors.txt");

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    static XWPFDocument open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> text(Path draft) throws Exception {
        return Readers.read(draft).lines().stream().map(SourceLine::text).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void annotatedWordDraftHasOneCommentPerFindingAndTheSameText() throws Exception {
        Path out = tmp.resolve("annotated.docx");
        Result r = run("check", "--annotate", out.toString(), VESTMARK.toString());
        assertEquals(1, r.code(), r.err());
        FileResult checked = TestEngine.check(VESTMARK);
        try (XWPFDocument doc = open(out)) {
            XWPFComment[] comments = doc.getComments();
            // One comment per paragraph with findings, each finding in one of them.
            assertEquals(checked.findings().stream().map(f -> f.location().line()).distinct().count(), comments.length);
            for (Finding f : checked.findings()) {
                assertTrue(java.util.Arrays.stream(comments).anyMatch(c -> c.getText().contains("[" + f.rule() + "]")), f.rule());
            }
            for (XWPFComment c : comments) {
                assertEquals("resolint", c.getAuthor());
            }
            assertTrue(java.util.Arrays.stream(comments).anyMatch(c -> c.getText().contains("[numbering.gap] Operative paragraph 6 follows")),
                    "a comment carries the gap finding");
            String body = doc.getDocument().xmlText();
            for (XWPFComment c : comments) {
                assertTrue(body.contains("commentRangeStart w:id=\"" + c.getId() + "\""), c.getId());
                assertTrue(body.contains("commentReference w:id=\"" + c.getId() + "\""), c.getId());
            }
        }
        assertEquals(text(VESTMARK), text(out), "the draft's text, numbers included, is unchanged");
        assertEquals(checked.findings().stream().map(Finding::rule).toList(),
                TestEngine.check(out).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void annotatedTextDraftIsACleanWordRendering() throws Exception {
        Path out = tmp.resolve("annotated.docx");
        Result r = run("check", "--annotate", out.toString(), TEXT_DRAFT.toString());
        assertEquals(1, r.code(), r.err());
        try (XWPFDocument doc = open(out)) {
            List<Finding> findings = TestEngine.check(TEXT_DRAFT).findings();
            assertEquals(findings.stream().map(f -> f.location().line()).distinct().count(), doc.getComments().length,
                    "the findings on one paragraph share a comment");
            assertTrue(doc.getComments().length >= 5);
        }
        assertEquals(text(TEXT_DRAFT), text(out));
    }

    @Test
    void aFindingInsideARunIsAnchoredOnItsWord() throws Exception {
        SourceText source = Readers.read(VESTMARK);
        SourceLine line = source.lines().stream().filter(l -> l.text().startsWith("4. Welcoming")).findFirst().orElseThrow();
        int column = line.text().indexOf("Panel") + 1;
        Finding f = new Finding("term.example", Severity.INFO, "4", new Location(line.number(), column),
                "An example finding on a word", null, List.of());
        FileResult result = FileResult.checked(VESTMARK.toString(), TestEngine.check(VESTMARK).model(), List.of(f));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DocxAnnotator().write(result, source, bytes);
        Path out = Files.write(tmp.resolve("word.docx"), bytes.toByteArray());
        try (XWPFDocument doc = open(out)) {
            String xml = doc.getDocument().xmlText();
            String anchored = xml.substring(xml.indexOf("commentRangeStart"), xml.indexOf("commentRangeEnd"));
            assertTrue(anchored.contains(">Panel<"), anchored);
            assertFalse(anchored.contains("Experts"), anchored);
        }
        assertEquals(text(VESTMARK), text(out));
    }

    @Test
    void reportHasSymbolDateVerdictFindingsAndRules() throws Exception {
        Path out = tmp.resolve("report.docx");
        Result r = run("check", "--report", out.toString(), VESTMARK.toString());
        assertEquals(1, r.code(), r.err());
        try (XWPFDocument doc = open(out)) {
            List<String> paras = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("Review report: S/2031/305", paras.get(0));
            assertTrue(paras.stream().anyMatch(p -> p.contains("Date of the draft: 2 June 2031")), paras.toString());
            assertTrue(paras.contains("Not ready for circulation: 2 errors to correct, 1 warning to consider."), paras.toString());
            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Findings")).findFirst().orElseThrow();
            assertEquals("Heading 1", doc.getStyles().getStyle(heading.getStyle()).getName(),
                    "styles come from the reference .docx");
            List<XWPFTable> tables = doc.getTables();
            assertEquals(6, tables.size(), "summary, legend, errors, warnings, information, rules");
            assertEquals("All areas", tables.get(0).getRow(tables.get(0).getNumberOfRows() - 1).getCell(0).getText());
            // errors in paragraph order: the numbering gap of paragraph 6 follows chapter7.missing on 3
            List<String> finding = rowText(tables.get(2), tables.get(2).getNumberOfRows() - 1);
            assertEquals(List.of("Paragraph 6", "numbering.gap"), List.of(finding.get(0), finding.get(2)),
                    "a Word draft: the paragraph, not its index in the body");
            assertTrue(finding.get(1).endsWith("Suggestion: 5"), finding.get(1));
            List<String> ruleIds = new ArrayList<>();
            for (int i = 1; i < tables.get(5).getNumberOfRows(); i++) {
                ruleIds.add(tables.get(5).getRow(i).getCell(1).getText());
            }
            assertEquals(TestEngine.get().rules().stream().map(x -> x.id()).collect(Collectors.toList()), ruleIds);
        }
    }

    private static List<String> rowText(XWPFTable t, int row) {
        return t.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void wordOutputsNeedExactlyOneDraftAndNeverOverwriteAnInput() throws Exception {
        Path copy = Files.copy(VESTMARK, tmp.resolve("draft.docx"));
        byte[] before = Files.readAllBytes(copy);
        Result same = run("check", "--annotate", copy.toString(), copy.toString());
        assertEquals(2, same.code());
        assertTrue(same.err().contains("the output file is one of the inputs"), same.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)));

        Result two = run("check", "--report", tmp.resolve("r.docx").toString(), copy.toString(), TEXT_DRAFT.toString());
        assertEquals(2, two.code());
        assertTrue(two.err().contains("give exactly one draft file (2 found)"), two.err());

        Result notDocx = run("check", "--report", tmp.resolve("r.pdf").toString(), copy.toString());
        assertEquals(2, notDocx.code());
        assertTrue(notDocx.err().contains("must be a .docx"), notDocx.err());
    }

    @Test
    void aFailedReadLeavesNoReport() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.docx"), "not a zip");
        Path out = tmp.resolve("report.docx");
        Result r = run("check", "--report", out.toString(), bad.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(out));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("bad.docx"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void trackedChangesAreAnnouncedOnStandardError() throws Exception {
        Path docx = tmp.resolve("tracked.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("The Security Council,");
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse(
                    "<w:p xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
                    + "<w:ins w:id='2' w:author='A'><w:r><w:t>Decides to remain seized of the matter.</w:t></w:r></w:ins></w:p>"));
            try (var os = Files.newOutputStream(docx)) {
                doc.write(os);
            }
        }
        Result r = run("check", docx.toString());
        assertTrue(r.err().startsWith("resolint: warning: " + docx + ": the draft has unaccepted tracked changes"),
                r.err());
    }

    @Test
    void aRestyledReferenceGivesTheReportItsStyles() throws Exception {
        // A legal office's reference: the bundled one with Heading 1 renamed in colour only.
        Path style = tmp.resolve("office.docx");
        try (XWPFDocument ref = open(Path.of("templates/report/reference.docx"))) {
            ref.getStyles().getStyleWithName("Heading 1").getCTStyle().getRPr().getColorArray(0).setVal("00AA00");
            try (var os = Files.newOutputStream(style)) {
                ref.write(os);
            }
        }
        Path out = tmp.resolve("report.docx");
        assertEquals(1, run("check", "--report", out.toString(), "--report-style", style.toString(),
                VESTMARK.toString()).code());
        try (XWPFDocument doc = open(out)) {
            assertEquals("00AA00", doc.getStyles().getStyleWithName("Heading 1").getCTStyle().getRPr()
                    .getColorArray(0).xgetVal().getStringValue());
        }
        Result missing = run("check", "--report", out.toString(), "--report-style", tmp.resolve("none.docx").toString(),
                VESTMARK.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such report style file"), missing.err());
    }
}
