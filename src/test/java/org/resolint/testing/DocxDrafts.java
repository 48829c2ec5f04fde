package org.resolint.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Writes a plain-text draft (one paragraph per non-blank line) as a .docx, either with the
 * numbers typed as text or with Word automatic numbering: operative numbers ({@code 12.}) on
 * level 0 taken from a paragraph style through a {@code basedOn} chain, {@code (a)} on level 1
 * and {@code (i)} on level 2 as direct numbering; where a typed number does not follow from the
 * counters, a new list instance with a {@code startOverride} restarts it at that number (numbers
 * typed with a tab or several spaces after them stay typed).
 */
public final class DocxDrafts {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern OPERATIVE = Pattern.compile("^(\\d{1,3})\\. (\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^\\(([a-z])\\) (\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^\\(((?:x{0,3})(?:ix|iv|v?i{0,3}))\\) (\\S.*)$");

    private DocxDrafts() {
    }

    public static Path write(String text, Path out, boolean automatic) throws IOException {
        List<String> paras = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#!")) {
                paras.add(line.strip());
            }
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            Builder b = automatic ? new Builder(doc) : null;
            for (String para : paras) {
                XWPFParagraph p = doc.createParagraph();
                String body = b == null ? para : b.number(p, para);
                p.createRun().setText(body);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        } catch (XmlException e) {
            throw new IOException(e);
        }
        return out;
    }

    /** Keeps the list counters in step with the typed numbers it replaces. */
    private static final class Builder {
        private final XWPFNumbering numbering;
        private final int[] counter = new int[3];
        private int nextNumId = 2;
        private BigInteger numId = BigInteger.ONE;
        private char lastLetter = 0;

        Builder(XWPFDocument doc) throws XmlException {
            numbering = doc.createNumbering();
            numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(
                    "<xml-fragment xmlns:w='" + W + "' w:abstractNumId='7'>"
                    + lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "(%2)") + lvl(2, "lowerRoman", "(%3)")
                    + "</xml-fragment>")));
            numbering.addNum(new XWPFNum(CTNum.Factory.parse("<xml-fragment xmlns:w='" + W + "' w:numId='1'>"
                    + "<w:abstractNumId w:val='7'/></xml-fragment>"), numbering));
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment xmlns:w='" + W + "' w:type='paragraph'"
                    + " w:styleId='OperativeBase'><w:name w:val='Operative base'/><w:pPr><w:numPr><w:ilvl w:val='0'/>"
                    + "<w:numId w:val='1'/></w:numPr></w:pPr></xml-fragment>"), styles));
            styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment xmlns:w='" + W + "' w:type='paragraph'"
                    + " w:styleId='Operative'><w:name w:val='Operative'/><w:basedOn w:val='OperativeBase'/>"
                    + "</xml-fragment>"), styles));
        }

        private static String lvl(int ilvl, String fmt, String text) {
            return "<w:lvl w:ilvl='" + ilvl + "'><w:start w:val='1'/><w:numFmt w:val='" + fmt + "'/>"
                    + "<w:lvlText w:val='" + text + "'/><w:suff w:val='space'/></w:lvl>";
        }

        /** Sets the numbering of {@code p} for the typed marker of {@code para}; returns the text after it. */
        String number(XWPFParagraph p, String para) throws XmlException {
            Matcher m;
            if ((m = OPERATIVE.matcher(para)).matches()) {
                int value = Integer.parseInt(m.group(1));
                p.setStyle("Operative");
                if (value != counter[0] + 1) {
                    restart(0, value);
                }
                if (!numId.equals(BigInteger.ONE)) {
                    p.setNumID(numId); // the restarted list instance overrides the style's
                }
                advance(0, value);
                numId = BigInteger.ONE;
                lastLetter = 0;
                return m.group(2);
            }
            int level;
            int value;
            if ((m = ROMAN.matcher(para)).matches() && !m.group(1).isEmpty()
                    && !(m.group(1).equals("i") && lastLetter == 'h') && !(m.group(1).equals("v") && lastLetter == 'u')
                    && !(m.group(1).equals("x") && lastLetter == 'w') && counter[0] > 0) {
                level = 2;
                value = org.resolint.model.RomanNumerals.value(m.group(1));
            } else if ((m = LETTER.matcher(para)).matches() && counter[0] > 0) {
                level = 1;
                value = m.group(1).charAt(0) - 'a' + 1;
                lastLetter = m.group(1).charAt(0);
            } else {
                return para; // typed as it stands
            }
            if (value != counter[level] + 1) {
                restart(level, value);
            }
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
            advance(level, value);
            // A startOverride holds for every restart of its level in that list instance, as in
            // Word: only the restarted paragraph uses it; the next ones continue the shared list.
            numId = BigInteger.ONE;
            return m.group(2);
        }

        private void advance(int level, int value) {
            counter[level] = value;
            for (int i = level + 1; i < counter.length; i++) {
                counter[i] = 0;
            }
        }

        /** A new list instance of the same definition whose level starts again at {@code value}. */
        private void restart(int level, int value) throws XmlException {
            int id = nextNumId++;
            numbering.addNum(new XWPFNum(CTNum.Factory.parse("<xml-fragment xmlns:w='" + W + "' w:numId='" + id + "'>"
                    + "<w:abstractNumId w:val='7'/><w:lvlOverride w:ilvl='" + level + "'><w:startOverride w:val='"
                    + value + "'/></w:lvlOverride></xml-fragment>"), numbering));
            numId = BigInteger.valueOf(id);
        }
    }
}
