package org.resolint.report.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes styled paragraphs and tables into a document whose styles come from the reference
 * .docx. Styles are found by their display name ("Heading 1", "Table Contents"), so a restyled
 * reference only has to keep the names; a missing style falls back to the default paragraph.
 */
public final class WordWriter {
    public static final String TITLE = "Title";
    public static final String SUBTITLE = "Subtitle";
    public static final String HEADING_1 = "Heading 1";
    public static final String HEADING_2 = "Heading 2";
    public static final String BODY = "Normal";
    public static final String VERDICT = "Verdict";
    public static final String NOTE = "Report Note";
    public static final String TABLE_HEADING = "Table Heading";
    public static final String TABLE_CONTENTS = "Table Contents";

    private static final int TWIPS_PER_CM = 567;
    private final XWPFDocument doc;

    public WordWriter(XWPFDocument doc) {
        this.doc = doc;
    }

    public XWPFDocument document() {
        return doc;
    }

    public XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        style(p, style);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** A paragraph of label/value pairs: the labels in bold. */
    public XWPFParagraph fields(String style, List<String[]> pairs) {
        XWPFParagraph p = paragraph(style, null);
        for (int i = 0; i < pairs.size(); i++) {
            XWPFRun label = p.createRun();
            label.setBold(true);
            label.setText(pairs.get(i)[0] + ": ");
            XWPFRun value = p.createRun();
            value.setText(pairs.get(i)[1]);
            if (i + 1 < pairs.size()) {
                value.addBreak();
            }
        }
        return p;
    }

    /** A bordered table with a repeated header row; widths in centimetres. */
    public XWPFTable table(List<String> headings, double[] widthsCm) {
        XWPFTable t = doc.createTable(1, headings.size());
        t.setTableAlignment(TableRowAlign.LEFT);
        t.setWidth(Integer.toString((int) (java.util.Arrays.stream(widthsCm).sum() * TWIPS_PER_CM)));
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < headings.size(); i++) {
            XWPFTableCell c = header.getCell(i);
            c.setWidth(Integer.toString((int) (widthsCm[i] * TWIPS_PER_CM)));
            c.setColor("D9E2F3");
            cellText(c, TABLE_HEADING, headings.get(i));
        }
        return t;
    }

    /** Adds a row of plain cells; returns it so a caller can colour a cell. */
    public XWPFTableRow row(XWPFTable t, List<String> cells) {
        XWPFTableRow r = t.createRow();
        r.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell c = r.getCell(i);
            c.setWidth(t.getRow(0).getCell(i).getWidth() + "");
            cellText(c, TABLE_CONTENTS, cells.get(i));
        }
        return r;
    }

    /** Another paragraph in a table cell, styled as the cell's contents. */
    public XWPFParagraph cellParagraph(XWPFTableCell cell, String text) {
        XWPFParagraph p = cell.addParagraph();
        style(p, TABLE_CONTENTS);
        p.setSpacingAfter(0);
        p.setSpacingBefore(40);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** Starts a new page (before an appendix). */
    public void pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    public void cellText(XWPFTableCell cell, String style, String text) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        style(p, style);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setText(text == null ? "" : text);
    }

    private void style(XWPFParagraph p, String name) {
        if (doc.getStyles() == null) {
            return;
        }
        XWPFStyle s = doc.getStyles().getStyleWithName(name);
        if (s != null) {
            p.setStyle(s.getStyleId());
        }
    }
}
