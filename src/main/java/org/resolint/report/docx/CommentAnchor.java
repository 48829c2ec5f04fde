package org.resolint.report.docx;

import java.math.BigInteger;
import org.resolint.reader.docx.DocxBody;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts a comment's range around exact characters of Word paragraphs: {@code commentRangeStart}
 * before the first, {@code commentRangeEnd} and the reference mark after the last. A plain run is
 * split at the edges (its text and formatting unchanged); an edge inside a hyperlink, a tracked
 * insertion or a run mixing text and tabs widens to that whole element.
 */
final class CommentAnchor {
    private CommentAnchor() {
    }

    /** Offsets into each paragraph's text as Word shows it; {@code end} exclusive. */
    static void anchor(Element startParagraph, int start, Element endParagraph, int end, BigInteger id) {
        // The end first: splitting there leaves the start's offsets as they were.
        Node afterEnd = boundary(endParagraph, end, true);
        Element rangeEnd = marker(endParagraph, "commentRangeEnd", id);
        endParagraph.insertBefore(rangeEnd, afterEnd);
        Element ref = endParagraph.getOwnerDocument().createElementNS(DocxBody.W, "w:r");
        ref.appendChild(marker(endParagraph, "commentReference", id));
        endParagraph.insertBefore(ref, rangeEnd.getNextSibling());
        Node atStart = boundary(startParagraph, start, false);
        startParagraph.insertBefore(marker(startParagraph, "commentRangeStart", id), atStart);
    }

    private static Element marker(Element p, String name, BigInteger id) {
        Element e = p.getOwnerDocument().createElementNS(DocxBody.W, "w:" + name);
        e.setAttributeNS(DocxBody.W, "w:id", id.toString());
        return e;
    }

    /** The node before which a marker at {@code offset} goes (null: at the end of the paragraph). */
    private static Node boundary(Element p, int offset, boolean end) {
        if (offset <= 0) {
            Element pPr = DocxBody.child(p, "pPr");
            return pPr == null ? p.getFirstChild() : pPr.getNextSibling();
        }
        for (DocxBody.Segment s : DocxBody.segments(p)) {
            if (offset < s.start() || offset >= s.end()) {
                continue;
            }
            Element run = s.run();
            boolean plain = run != null && run.getParentNode() == p && DocxBody.isW(s.source(), "t")
                    && DocxBody.segments(run).size() == 1;
            if (!plain) {
                Node top = s.source();
                while (top.getParentNode() != p) {
                    top = top.getParentNode();
                }
                return end ? top.getNextSibling() : top;
            }
            int at = offset - s.start();
            if (at > 0) {
                p.insertBefore(DocxBody.copyRun(run, s.text().substring(0, at)), run);
                DocxBody.setText(DocxBody.child(run, "t"), s.text().substring(at));
            }
            return run;
        }
        return null;
    }
}
