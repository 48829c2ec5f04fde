package org.resolint.report.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;
import org.w3c.dom.Element;

/**
 * A text draft as a Word document laid out as the Council's drafts are: A4, Times New Roman 12,
 * justified, the cover flush left, preambular and operative paragraphs indented on their first
 * line, sub-paragraphs further in, and each paragraph's opening words ("Recalling", "Decides")
 * in italics. One Word paragraph per line of the file, so paragraph n is line n and a finding's
 * line and column find their words; the text is the file's, character for character.
 */
final class TextDraftDocument {
    private TextDraftDocument() {
    }

    static List<DocxAnnotator.Target> render(XWPFDocument doc, SourceText source, Resolution model) throws IOException {
        UnDraftStyles.apply(doc);
        PageFrame.a4(doc);
        Map<Integer, Paragraph> starts = new HashMap<>();
        if (model != null) {
            for (Paragraph p : model.getParagraphs()) {
                starts.putIfAbsent(p.getLine(), p);
            }
        }
        int enacting = model != null && model.getEnactingFormula() != null ? model.getEnactingFormula().line() : 0;
        List<DocxAnnotator.Target> out = new ArrayList<>();
        int next = 1;
        for (SourceLine line : source.lines()) {
            while (next < line.number()) {
                out.add(null);
                next++;
            }
            XWPFParagraph p = doc.createParagraph();
            Paragraph para = starts.get(line.number());
            p.setStyle(style(line.number(), enacting, para));
            if (para != null && para.getDepth() > 1) {
                p.setIndentationLeft(720 * para.getDepth());
            }
            if (line.text().isBlank()) {
                // The blank line between paragraphs: half a line, as the drafts' spacing is.
                p.setSpacingAfter(0);
                p.createRun().setFontSize(6);
            }
            write(p, line.text(), para);
            out.add(new DocxAnnotator.Target((Element) p.getCTP().getDomNode(), 0));
            next++;
        }
        return out;
    }

    private static String style(int line, int enacting, Paragraph para) {
        if (enacting > 0 && line < enacting) {
            return UnDraftStyles.COVER;
        }
        if (line == enacting) {
            return UnDraftStyles.PREAMBULAR;
        }
        if (para == null) {
            return "Normal";
        }
        return switch (para.getKind()) {
            case PREAMBULAR -> UnDraftStyles.PREAMBULAR;
            case OPERATIVE -> UnDraftStyles.OPERATIVE;
            case SUBPARAGRAPH -> UnDraftStyles.SUBPARAGRAPH;
            case HEADING -> UnDraftStyles.HEADING;
            default -> "Normal";
        };
    }

    /** The line's text in runs: the opening words of a preambular or operative paragraph in italics. */
    private static void write(XWPFParagraph p, String text, Paragraph para) {
        if (text.isEmpty()) {
            return;
        }
        int at = openerAt(text, para);
        if (at < 0) {
            p.createRun().setText(text);
            return;
        }
        int end = at + para.getOpener().length();
        if (at > 0) {
            p.createRun().setText(text.substring(0, at));
        }
        XWPFRun opener = p.createRun();
        opener.setItalic(true);
        opener.setText(text.substring(at, end));
        if (end < text.length()) {
            p.createRun().setText(text.substring(end));
        }
    }

    /** Where the opener stands in the line: after the number and spaces only, or -1. */
    private static int openerAt(String text, Paragraph para) {
        if (para == null || para.getOpener().isEmpty()) {
            return -1;
        }
        switch (para.getKind()) {
            case PREAMBULAR, OPERATIVE -> {
            }
            default -> {
                return -1;
            }
        }
        int at = text.indexOf(para.getOpener());
        if (at < 0) {
            return -1;
        }
        for (int i = 0; i < at; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return -1; // the opener's words appear later than the paragraph's start
            }
        }
        return at;
    }
}
