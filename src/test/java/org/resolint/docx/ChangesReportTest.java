package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --report with --previous: the "Changes since the previous text" section, read back from the .docx XML. */
class ChangesReportTest {
    static final String OLD = "The Security Council,\n\nRecalling its resolutions on Tesaria,\n\n"
            + "1. Decides to extend the mandate of the Mission until 30 June 2026;\n\n"
            + "2. Requests the Mission to protect civilians under threat of physical violence;\n\n"
            + "3. Requests the Secretary-General to report every 90 days on the implementation of this resolution;\n\n"
            + "4. Decides to remain seized of the matter.\n";
    static final String NEW = "The Security Council,\n\nRecalling its resolutions on Tesaria,\n\n"
            + "1. Decides to extend the mandate of the Mission until 30 June 2027;\n\n"
            + "2. Condemns all attacks against peacekeepers in the strongest terms;\n\n"
            + "3. Requests the Mission to protect civilians under threat of physical violence;\n\n"
            + "4. Decides to remain seized of the matter.\n";

    @Test
    void aWordDraftsChangesGiveThePageNotTheBodyIndex(@TempDir Path tmp) throws Exception {
        Path old = org.resolint.testing.DocxDrafts.write(OLD, tmp.resolve("old.docx"), false);
        Path now = org.resolint.testing.DocxDrafts.write(NEW, tmp.resolve("new.docx"), false);
        Path out = tmp.resolve("report.docx");
        DocxOutputsTest.Result r = DocxOutputsTest.run("check", "--previous", old.toString(), "--report",
                out.toString(), now.toString());
        assertTrue(r.code() <= 1, r.err());
        try (XWPFDocument doc = DocxOutputsTest.open(out)) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Change")).findFirst().orElseThrow();
            assertEquals(List.of("Change", "Before", "Now", "Page", "Words"), cells(table.getRow(0)));
            assertEquals("", table.getRow(1).getCell(3).getText(), "no page recorded in the file: left blank");
        }
    }

    @Test
    void reportListsEachChangeWithWordLevelFormatting(@TempDir Path tmp) throws Exception {
        Path old = Files.writeString(tmp.resolve("old.txt"), OLD);
        Path now = Files.writeString(tmp.resolve("new.txt"), NEW);
        Path out = tmp.resolve("report.docx");
        DocxOutputsTest.Result r = DocxOutputsTest.run("check", "--previous", old.toString(), "--report",
                out.toString(), now.toString());
        assertTrue(r.code() <= 1, r.err());
        try (XWPFDocument doc = DocxOutputsTest.open(out)) {
            List<String> paras = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int at = paras.indexOf("Changes since the previous text");
            assertTrue(at > paras.indexOf("Findings") && paras.indexOf("Findings") > 0, paras.toString());
            assertEquals("Compared with " + old + ": 1 added, 1 deleted, 1 changed, 0 moved, 1 renumbered.",
                    paras.get(at + 1));
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Change")).findFirst().orElseThrow();
            assertEquals(List.of("Change", "Before", "Now", "Line", "Words"), cells(table.getRow(0)));
            assertEquals(List.of("changed", "1", "1", "5", "… Mission until 30 June 2026; 2027;"), cells(table.getRow(1)));
            assertEquals(List.of("added", "", "2", "7", "Condemns all attacks against peacekeepers in the strongest terms;"),
                    cells(table.getRow(2)));
            // a deleted paragraph sorts where it stood before
            assertEquals("deleted", table.getRow(3).getCell(0).getText());
            assertEquals("3", table.getRow(3).getCell(1).getText());
            assertEquals(List.of("renumbered", "2", "3", "9", ""), cells(table.getRow(4)));
            // the words: deletions struck through in red, insertions underlined in blue
            List<XWPFRun> runs = table.getRow(1).getCell(4).getParagraphs().get(0).getRuns();
            XWPFRun deleted = runs.stream().filter(x -> x.text().equals("2026;")).findFirst().orElseThrow();
            XWPFRun inserted = runs.stream().filter(x -> x.text().equals("2027;")).findFirst().orElseThrow();
            assertTrue(deleted.isStrikeThrough() && "C00000".equals(deleted.getColor()));
            assertTrue(inserted.getUnderline() == org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE
                    && "1F4E9A".equals(inserted.getColor()));
            XWPFRun plain = runs.stream().filter(x -> x.text().contains("Mission until")).findFirst().orElseThrow();
            assertTrue(!plain.isStrikeThrough() && plain.getUnderline() == org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
            XWPFRun whole = table.getRow(3).getCell(4).getParagraphs().get(0).getRuns().stream()
                    .filter(x -> x.text().startsWith("Requests the Secretary-General")).findFirst().orElseThrow();
            assertTrue(whole.isStrikeThrough(), "a deleted paragraph is struck through");
        }
        // the same in the package's XML, as Word and LibreOffice read it
        String xml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("<w:t>Changes since the previous text</w:t>"), "heading in document.xml");
        assertTrue(java.util.regex.Pattern.compile("<w:r><w:rPr>(?:(?!</w:r>).)*<w:strike(?: w:val=\"(?:true|1|on)\")?/>"
                + "(?:(?!</w:r>).)*<w:t>2026;</w:t></w:r>").matcher(xml).find(), "2026; struck through in document.xml");
        assertTrue(java.util.regex.Pattern.compile("<w:r><w:rPr>(?:(?!</w:r>).)*<w:u w:val=\"single\"/>"
                + "(?:(?!</w:r>).)*<w:t>2027;</w:t></w:r>").matcher(xml).find(), "2027; underlined in document.xml");
    }

    @Test
    void noSectionWithoutPrevious(@TempDir Path tmp) throws Exception {
        Path now = Files.writeString(tmp.resolve("new.txt"), NEW);
        Path out = tmp.resolve("report.docx");
        DocxOutputsTest.run("check", "--report", out.toString(), now.toString());
        try (XWPFDocument doc = DocxOutputsTest.open(out)) {
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().startsWith("Changes since")));
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
