package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.testing.DocxDrafts;

/**
 * The review report and the annotated copy, read back from their Word XML: findings grouped by
 * severity then paragraph with repeats counted, quoted words, header/footer with page fields,
 * en-GB everywhere, A4, document properties, comments on exactly the words (.txt and .docx alike),
 * findings on one paragraph merged into one comment.
 */
class WordReviewTest {
    /** Two "defense" (one repeated warning), a gap (error) and a doubled "the" (warning) on paragraph 3. */
    static final String DRAFT = """
            United Nations
            S/2031/77
            Security Council
            Distr.: General
            3 March 2031

            Ruritania: draft resolution

            The Security Council,

            Recalling its resolutions on the defense of civilians in Ruritania,

            Expressing concern at the growing defense budget of the parties,

            1. Decides to extend the mandate of the Mission until 30 June 2032;

            3. Requests the Secretary-General to report on the the situation every 90 days;

            4. Decides to remain seized of the matter.
            """;

    @TempDir
    Path tmp;
    Path txt;

    @BeforeEach
    void draft() throws Exception {
        txt = Files.writeString(tmp.resolve("draft.txt"), DRAFT);
    }

    static String part(Path docx, String name) throws Exception {
        try (ZipFile z = new ZipFile(docx.toFile())) {
            var e = z.getEntry(name);
            return e == null ? "" : new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static String parts(Path docx, String prefix) throws Exception {
        StringBuilder b = new StringBuilder();
        try (ZipFile z = new ZipFile(docx.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (e.getName().startsWith(prefix)) {
                    b.append(new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return b.toString();
    }

    private Path report(Path draft) {
        Path out = tmp.resolve(draft.getFileName() + "-report.docx");
        DocxOutputsTest.Result r = DocxOutputsTest.run("check", "--report", out.toString(), draft.toString());
        assertEquals(1, r.code(), r.err());
        return out;
    }

    private Path annotate(Path draft) {
        Path out = tmp.resolve(draft.getFileName() + "-annotated.docx");
        DocxOutputsTest.Result r = DocxOutputsTest.run("check", "--annotate", out.toString(), draft.toString());
        assertEquals(1, r.code(), r.err());
        return out;
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void findingsComeErrorsFirstThenByParagraphWithRepeatsCounted() throws Exception {
        try (XWPFDocument doc = DocxOutputsTest.open(report(txt))) {
            List<String> paras = texts(doc);
            int summary = paras.indexOf("Summary");
            int legend = paras.indexOf("How to read this report");
            int errors = paras.indexOf("Errors (1)");
            int warnings = paras.indexOf("Warnings (2)");
            int rules = paras.indexOf("Appendix: Rules that ran");
            assertTrue(0 < summary && summary < legend && legend < errors && errors < warnings && warnings < rules,
                    paras.toString());
            assertFalse(paras.stream().anyMatch(p -> p.startsWith("For information")), "no empty severity");
            XWPFTable areas = doc.getTables().get(0);
            assertEquals("Paragraph numbering", areas.getRow(1).getCell(0).getText(), "areas in plain words");
            assertEquals("Style and spelling", areas.getRow(2).getCell(0).getText());
            XWPFTable severities = doc.getTables().get(1);
            assertEquals(List.of("Errors", "Warnings", "For information"),
                    List.of(severities.getRow(1).getCell(0).getText(), severities.getRow(2).getCell(0).getText(),
                            severities.getRow(3).getCell(0).getText()));
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertTrue(appendix.getRows().stream().anyMatch(row -> row.getCell(0).getText().equals("Chapter VII")
                    && row.getCell(1).getText().startsWith("chapter7.")), "rules by area in the appendix");
            List<XWPFTable> findingTables = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Where")).toList();
            assertEquals(2, findingTables.size(), "one table per severity present");
            XWPFTable errorTable = findingTables.get(0);
            assertEquals("Paragraph 3, line 17", errorTable.getRow(1).getCell(0).getText());
            assertEquals("numbering.gap", errorTable.getRow(1).getCell(2).getText());
            XWPFTable warningTable = findingTables.get(1);
            assertEquals(3, warningTable.getNumberOfRows(), "header, the repeated spelling, the doubled word");
            XWPFTableRow spelling = warningTable.getRow(1);
            // the check already grouped the two "defense" into one finding that names both lines
            assertEquals(List.of("Preambular paragraph 1, line 11"),
                    spelling.getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            String finding = spelling.getCell(1).getParagraphs().get(0).getText();
            assertTrue(finding.toLowerCase().startsWith("\"defense\" is written \"defence\""), finding);
            assertTrue(finding.endsWith("(2 times: lines 11, 13)"), finding);
            assertEquals("Paragraph 3, line 17", warningTable.getRow(2).getCell(0).getText());
            assertTrue(spelling.getCell(1).getText().contains("Suggestion: defence"));
        }
    }

    @Test
    void eachFindingQuotesItsWordsInContext() throws Exception {
        try (XWPFDocument doc = DocxOutputsTest.open(report(txt))) {
            XWPFTable warnings = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Where")).toList().get(1);
            List<XWPFParagraph> cell = warnings.getRow(1).getCell(1).getParagraphs();
            XWPFParagraph quote = cell.get(1);
            assertEquals("“Recalling its resolutions on the defense of civilians in Ruritania,”", quote.getText());
            List<XWPFRun> bold = quote.getRuns().stream().filter(XWPFRun::isBold).toList();
            assertEquals(1, bold.size());
            assertEquals("defense", bold.get(0).text());
            XWPFParagraph doubled = warnings.getRow(2).getCell(1).getParagraphs().get(1);
            assertEquals("the the", doubled.getRuns().stream().filter(XWPFRun::isBold).findFirst().orElseThrow().text());
            assertTrue(doubled.getText().startsWith("“… Requests the Secretary-General to report on the the"), doubled.getText());
            assertTrue(doubled.getText().endsWith(" situation every 90 days;”"), doubled.getText());
        }
    }

    @Test
    void headerFooterPageNumbersPropertiesLanguageAndFonts() throws Exception {
        Path out = report(txt);
        String header = parts(out, "word/header");
        assertTrue(header.contains("Review report: S/2031/77 – Ruritania: draft resolution"), header);
        assertTrue(header.contains("3 March 2031"), header);
        String footer = parts(out, "word/footer");
        assertTrue(footer.contains("w:instr=\" PAGE \""), footer);
        assertTrue(footer.contains("w:instr=\" NUMPAGES \""), footer);
        assertTrue(footer.contains("Checked by resolint"), footer);
        String document = part(out, "word/document.xml");
        assertTrue(document.contains("<w:headerReference") && document.contains("<w:footerReference"));
        assertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""), "A4");
        assertEveryRunIsBritish(document);
        assertEveryRunIsBritish(header + footer);
        String styles = part(out, "word/styles.xml");
        assertFalse(styles.contains("en-US"));
        Matcher style = Pattern.compile("<w:style w:type=\"paragraph\".*?</w:style>", Pattern.DOTALL).matcher(styles);
        int n = 0;
        while (style.find()) {
            assertTrue(style.group().contains("<w:lang w:val=\"en-GB\""), style.group());
            n++;
        }
        assertTrue(n > 5);
        assertTrue(styles.contains("w:ascii=\"Times New Roman\""), "body font");
        assertFalse(styles.contains("Liberation"), "fonts an office machine has");
        assertTrue(part(out, "word/fontTable.xml").contains("<w:altName w:val=\"Liberation Serif\"/>"), "fallback");
        String core = part(out, "docProps/core.xml");
        assertTrue(core.contains("<dc:title>Review report: S/2031/77</dc:title>"), core);
        assertTrue(core.contains("<dc:creator>resolint</dc:creator>"), core);
        assertTrue(core.contains("<dc:subject>Review of Ruritania: draft resolution (draft.txt)</dc:subject>"), core);
        assertTrue(document.indexOf("Appendix: Rules that ran") > document.indexOf("w:type=\"page\""),
                "the rules start on a page of their own");
    }

    static void assertEveryRunIsBritish(String xml) {
        Matcher run = Pattern.compile("<w:r>.*?</w:r>|<w:r .*?</w:r>", Pattern.DOTALL).matcher(xml);
        int n = 0;
        while (run.find()) {
            if (run.group().contains("<w:t")) {
                assertTrue(run.group().contains("<w:lang w:val=\"en-GB\"/>"), run.group());
                n++;
            }
        }
        assertTrue(n > 0);
        assertFalse(xml.contains("en-US"));
    }

    @Test
    void aWordDraftIsLocatedByParagraphNotByBodyIndex() throws Exception {
        Path docx = DocxDrafts.write(DRAFT, tmp.resolve("draft.docx"), false);
        try (XWPFDocument doc = DocxOutputsTest.open(report(docx))) {
            XWPFTable errors = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Where")).findFirst().orElseThrow();
            assertEquals("Paragraph 3", errors.getRow(1).getCell(0).getText(), "no page recorded: the label alone");
        }
    }

    /** The text of each comment's range, by comment id, read from document.xml. */
    static List<String> anchored(Path docx) throws Exception {
        String xml = part(docx, "word/document.xml");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<w:commentRangeStart w:id=\"(\\d+)\"/>(.*?)<w:commentRangeEnd w:id=\"\\1\"/>",
                Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            Matcher t = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(m.group(2));
            while (t.find()) {
                b.append(t.group(1));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void commentsSitOnTheExactWordsTheSameForTextAndWord() throws Exception {
        Path fromText = annotate(txt);
        List<String> expected = List.of("defense", "3. Requests the Secretary-General to report on the the");
        assertEquals(expected, anchored(fromText));
        Path docx = DocxDrafts.write(DRAFT, tmp.resolve("typed.docx"), false);
        assertEquals(expected, anchored(annotate(docx)), "the same words in a Word draft");
        try (XWPFDocument doc = DocxOutputsTest.open(fromText)) {
            // the two "defense" are one grouped finding (its message names both lines): one comment
            assertEquals(2, doc.getComments().length, "three findings, two paragraphs");
            String merged = doc.getComments()[1].getText();
            assertTrue(merged.contains("ERROR [numbering.gap] Operative paragraph 3 follows") && merged.contains("[style.repeated-words]"),
                    merged);
            assertTrue(merged.contains("On: “the the”"), merged);
        }
    }

    @Test
    void aCommentOnAnAutomaticNumberSitsOnTheFirstWord() throws Exception {
        Path docx = DocxDrafts.write(DRAFT, tmp.resolve("automatic.docx"), true);
        List<String> anchors = anchored(annotate(docx));
        assertEquals("Requests the Secretary-General to report on the the", anchors.get(1), anchors.toString());
    }

    @Test
    void aCopyOfATextDraftIsA4WithTheDraftsLayout() throws Exception {
        Path out = annotate(txt);
        String document = part(out, "word/document.xml");
        assertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
        assertEveryRunIsBritish(document);
        assertEveryRunIsBritish(part(out, "word/comments.xml"));
        String styles = part(out, "word/styles.xml");
        assertTrue(styles.contains("w:ascii=\"Times New Roman\"") && styles.contains("<w:sz w:val=\"24\"/>"),
                "Times New Roman 12");
        try (XWPFDocument doc = DocxOutputsTest.open(out)) {
            XWPFParagraph recalling = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Recalling")).findFirst().orElseThrow();
            assertEquals("Preambular Paragraph", doc.getStyles().getStyle(recalling.getStyle()).getName());
            assertTrue(recalling.getRuns().get(0).isItalic());
            assertEquals("Recalling", recalling.getRuns().get(0).text());
            XWPFParagraph decides = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("1. Decides")).findFirst().orElseThrow();
            assertEquals("Operative Paragraph", doc.getStyles().getStyle(decides.getStyle()).getName());
            assertEquals("Decides", decides.getRuns().stream().filter(XWPFRun::isItalic).findFirst().orElseThrow().text());
            assertTrue(styles.contains("<w:jc w:val=\"both\"/>"), "justified");
        }
        assertEquals(DocxOutputsTest.text(txt), DocxOutputsTest.text(out), "the text unchanged");
        String core = part(out, "docProps/core.xml");
        assertTrue(core.contains("<dc:title>S/2031/77 with resolint comments</dc:title>"), core);
        assertTrue(core.contains("<dc:creator>resolint</dc:creator>"), core);
    }
}
