package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.resolint.report.docx.PageEstimate;

/** The page a paragraph of a Word draft starts on, from the page breaks Word recorded when it saved. */
class PageEstimateTest {
    private static void renderedBreak(XWPFRun r) {
        r.getCTR().addNewLastRenderedPageBreak();
    }

    @Test
    void pagesFollowTheBreaksWordRendered() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("first");
            XWPFRun opening = doc.createParagraph().createRun();
            renderedBreak(opening); // the page turns before the paragraph's first word
            opening.setText("second");
            var third = doc.createParagraph();
            third.createRun().setText("third, the start");
            renderedBreak(third.createRun()); // the page turns inside the paragraph
            third.createRun().setText("and the rest");
            doc.createParagraph().createRun().setText("fourth");
            PageEstimate pages = PageEstimate.of(doc);
            assertEquals(1, pages.page(1));
            assertEquals(2, pages.page(2));
            assertEquals(2, pages.page(3), "a paragraph is found on the page it starts on");
            assertEquals(3, pages.page(4));
            assertEquals(0, pages.page(5), "no such paragraph");
        }
    }

    @Test
    void aDocumentWithoutRenderedBreaksGivesNoPage() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("first");
            doc.createParagraph().createRun().setText("second");
            assertEquals(0, PageEstimate.of(doc).page(2));
        }
    }
}
