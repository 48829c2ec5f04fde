package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.resolint.reader.DocxReader;
import org.resolint.reader.docx.DocxPackage;

/** Number formats and the ways a paragraph gets its list: direct, style, heading level, numbering style. */
class WordNumberingTest {
    static final String NS = "<xml-fragment xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'";

    @TempDir
    Path tmp;

    static String lvl(int ilvl, String fmt, String text, int start, String extra) {
        return "<w:lvl w:ilvl='" + ilvl + "'><w:start w:val='" + start + "'/><w:numFmt w:val='" + fmt + "'/>"
                + extra + "<w:lvlText w:val='" + text + "'/></w:lvl>";
    }

    @Test
    void formatsLevelsStylesAndRestarts() throws Exception {
        Path file = tmp.resolve("numbering.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering n = doc.createNumbering();
            n.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(NS + " w:abstractNumId='1'>"
                    + lvl(0, "upperRoman", "%1.", 1, "") + lvl(1, "upperLetter", "%2)", 26, "")
                    + lvl(2, "decimal", "%1.%2.%3", 1, "<w:isLgl/>") + lvl(3, "bullet", "\uF0B7", 1, "")
                    + lvl(4, "decimalZero", "%5", 1, "") + "</xml-fragment>")));
            n.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(NS + " w:abstractNumId='2'>"
                    + lvl(0, "upperLetter", "Part %1", 1, "<w:pStyle w:val='Heading1'/>")
                    + lvl(1, "decimal", "%1.%2", 1, "<w:pStyle w:val='Heading2'/>") + "</xml-fragment>")));
            n.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(NS + " w:abstractNumId='3'>"
                    + "<w:numStyleLink w:val='LegalList'/></xml-fragment>")));
            for (String[] num : new String[][] {{"1", "1", ""}, {"2", "2", ""}, {"3", "3", ""},
                    {"4", "1", "<w:lvlOverride w:ilvl='0'><w:startOverride w:val='10'/></w:lvlOverride>"}}) {
                n.addNum(new XWPFNum(CTNum.Factory.parse(NS + " w:numId='" + num[0] + "'><w:abstractNumId w:val='"
                        + num[1] + "'/>" + num[2] + "</xml-fragment>"), n));
            }
            XWPFStyles styles = doc.createStyles();
            for (String[] st : new String[][] {{"paragraph", "Heading1", "2"}, {"paragraph", "Heading2", "2"},
                    {"numbering", "LegalList", "1"}, {"paragraph", "Listed", "1"}}) {
                styles.addStyle(new XWPFStyle(CTStyle.Factory.parse(NS + " w:type='" + st[0] + "' w:styleId='"
                        + st[1] + "'><w:name w:val='" + st[1] + "'/><w:pPr><w:numPr><w:numId w:val='" + st[2]
                        + "'/></w:numPr></w:pPr></xml-fragment>"), styles));
            }
            Object[][] paras = {
                {1, 0, null}, {1, 1, null}, {1, 1, null}, {1, 2, null}, {1, 3, null}, {1, 4, null}, {1, 0, null},
                {0, null, "Listed"}, {null, null, "Heading1"}, {null, null, "Heading2"}, {null, null, "Heading2"},
                {null, null, "Heading1"}, {null, null, "Heading2"}, {3, 0, null}, {4, 0, null}, {4, 0, null},
            };
            for (Object[] para : paras) {
                XWPFParagraph p = doc.createParagraph();
                if (para[2] != null) {
                    p.setStyle((String) para[2]);
                }
                if (para[0] != null) {
                    p.setNumID(BigInteger.valueOf((Integer) para[0]));
                }
                if (para[1] != null) {
                    p.setNumILvl(BigInteger.valueOf((Integer) para[1]));
                }
                p.createRun().setText("text");
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                doc.write(os);
            }
        }
        try (XWPFDocument doc = DocxPackage.open(file)) {
            List<String> numbers = DocxReader.paragraphs(doc).stream().map(DocxReader.Para::number).toList();
            assertEquals(List.of("I. ", "Z) ", "AA) ", "1.27.1 ", "• ", "01 ", "II. ",
                    "", "Part A ", "A.1 ", "A.2 ", "Part B ", "B.1 ", "III. ", "X. ", "XI. "), numbers);
        }
    }

    /** Word's lowerLetter "%2." and lowerRoman "%3)" write a. and i): read as the levels of (a) and (i). */
    @Test
    void lowerLetterAndRomanWithDotOrParenthesisAreSubParagraphLevels() throws Exception {
        Path file = tmp.resolve("letters.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering n = doc.createNumbering();
            n.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(NS + " w:abstractNumId='1'>"
                    + lvl(0, "decimal", "%1.", 1, "") + lvl(1, "lowerLetter", "%2.", 1, "")
                    + lvl(2, "lowerRoman", "%3)", 1, "") + "</xml-fragment>")));
            n.addNum(new XWPFNum(CTNum.Factory.parse(NS + " w:numId='1'><w:abstractNumId w:val='1'/></xml-fragment>"), n));
            Object[][] paras = {
                {null, "The Security Council,"}, {null, "Recalling its resolution 2719 (2023),"},
                {0, "Requests the Mission to carry out the following tasks:"},
                {1, "To protect civilians;"}, {1, "To support the political process, in particular:"},
                {2, "The electoral calendar;"}, {2, "The return of refugees;"},
                {0, "Decides to remain seized of the matter."},
            };
            for (Object[] para : paras) {
                XWPFParagraph p = doc.createParagraph();
                if (para[0] != null) {
                    p.setNumID(BigInteger.ONE);
                    p.setNumILvl(BigInteger.valueOf((Integer) para[0]));
                }
                p.createRun().setText((String) para[1]);
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                doc.write(os);
            }
        }
        org.resolint.model.Resolution r = new org.resolint.parse.ResolutionParser().parse(org.resolint.reader.Readers.read(file));
        assertEquals(List.of("PP1", "1", "1 (a)", "1 (b)", "1 (b) (i)", "1 (b) (ii)", "2"),
                r.getParagraphs().stream().map(org.resolint.model.Paragraph::getLabel).toList());
        assertEquals(List.of("", "1.", "a.", "b.", "i)", "ii)", "2."),
                r.getParagraphs().stream().map(org.resolint.model.Paragraph::getMarker).toList());
    }
}
