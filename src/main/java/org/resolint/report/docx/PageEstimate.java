package org.resolint.report.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.resolint.reader.DocxReader;
import org.resolint.reader.InputException;
import org.resolint.reader.SourceText;
import org.resolint.reader.docx.DocxBody;
import org.resolint.reader.docx.DocxPackage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page each body paragraph of a .docx draft starts on, as Word last laid it out: Word marks
 * each page it rendered with {@code w:lastRenderedPageBreak} when it saves. A document without
 * those marks (written by LibreOffice or a program) gives no estimate, and the report names
 * the paragraph by its label alone rather than guess.
 */
public final class PageEstimate {
    private final List<Integer> pages;

    private PageEstimate(List<Integer> pages) {
        this.pages = pages;
    }

    /** No estimate: every page is unknown. */
    public static final PageEstimate NONE = new PageEstimate(List.of());

    /** The estimate for a .docx draft, {@link #NONE} for another format or an unreadable file. */
    public static PageEstimate of(SourceText source) {
        if (source == null || !"docx".equals(source.format())) {
            return NONE;
        }
        try (XWPFDocument doc = DocxPackage.open(source.path())) {
            return of(doc);
        } catch (IOException | InputException | RuntimeException e) {
            return NONE; // the draft was read once already; a page number is a nicety, not a reason to fail
        }
    }

    public static PageEstimate of(XWPFDocument doc) {
        List<Integer> pages = new ArrayList<>();
        int page = 1;
        boolean rendered = false;
        for (DocxReader.Para para : DocxReader.paragraphs(doc)) {
            Element p = para.element();
            Element pPr = DocxBody.child(p, "pPr");
            if (!pages.isEmpty() && DocxBody.child(pPr, "pageBreakBefore") != null) {
                page++;
            }
            NodeList marks = p.getElementsByTagNameNS(DocxBody.W, "lastRenderedPageBreak");
            // A rendered break at the very start of the paragraph means the paragraph opens the page.
            int before = startsWithBreak(p) ? 1 : 0;
            page += before;
            pages.add(page);
            rendered |= marks.getLength() > 0;
            page += marks.getLength() - before;
        }
        return rendered ? new PageEstimate(List.copyOf(pages)) : NONE;
    }

    /** Whether a rendered page break comes before any text of the paragraph. */
    private static boolean startsWithBreak(Element p) {
        return firstMark(p) == Boolean.TRUE;
    }

    /** TRUE: a break first; FALSE: text first; null: neither below {@code n}. */
    private static Boolean firstMark(org.w3c.dom.Node n) {
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (DocxBody.isW(e, "lastRenderedPageBreak")) {
                return Boolean.TRUE;
            }
            if (DocxBody.isW(e, "t") && !DocxBody.textOf(e).isEmpty()) {
                return Boolean.FALSE;
            }
            if (DocxBody.isW(e, "del") || DocxBody.isW(e, "pPr")) {
                continue;
            }
            Boolean inner = firstMark(e);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** The page body paragraph {@code line} (1-based) starts on, or 0 when unknown. */
    public int page(int line) {
        return line >= 1 && line <= pages.size() ? pages.get(line - 1) : 0;
    }
}
