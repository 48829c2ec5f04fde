package org.resolint.report.docx;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.resolint.reader.docx.DocxBody;
import org.w3c.dom.Element;

/**
 * What frames every page of a document resolint writes: A4 paper, a header naming the draft,
 * a footer with "Page n of m" as Word fields (so they stay right when the reviewer edits), and
 * the document properties Word shows under File → Info.
 */
public final class PageFrame {
    /** A4 in twentieths of a point, and 2 cm margins. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN = 1134;
    private static final String GREY = "595959";

    private PageFrame() {
    }

    /** Sets the page of the document's last section to A4 portrait with 2 cm margins. */
    public static void a4(XWPFDocument doc) {
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        Element sectPr = DocxBody.child(body, "sectPr");
        if (sectPr == null) {
            sectPr = body.getOwnerDocument().createElementNS(DocxBody.W, "w:sectPr");
            body.appendChild(sectPr);
        }
        Element pgSz = replace(sectPr, "pgSz");
        pgSz.setAttributeNS(DocxBody.W, "w:w", "" + A4_WIDTH);
        pgSz.setAttributeNS(DocxBody.W, "w:h", "" + A4_HEIGHT);
        Element pgMar = replace(sectPr, "pgMar");
        for (String side : new String[] {"top", "right", "bottom", "left"}) {
            pgMar.setAttributeNS(DocxBody.W, "w:" + side, "" + MARGIN);
        }
        for (String edge : new String[] {"header", "footer"}) {
            pgMar.setAttributeNS(DocxBody.W, "w:" + edge, "567");
        }
        pgMar.setAttributeNS(DocxBody.W, "w:gutter", "0");
    }

    /** A header and footer half-way into the top and bottom margins, where a reference left them at the edge. */
    public static void roomForHeaderAndFooter(XWPFDocument doc) {
        Element sectPr = DocxBody.child((Element) doc.getDocument().getBody().getDomNode(), "sectPr");
        Element pgMar = DocxBody.child(sectPr, "pgMar");
        if (pgMar == null) {
            return;
        }
        for (String edge : new String[] {"header", "footer"}) {
            String v = pgMar.getAttributeNS(DocxBody.W, edge);
            if (v.isEmpty() || v.equals("0")) {
                pgMar.setAttributeNS(DocxBody.W, "w:" + edge, "567");
            }
        }
    }

    /** The existing child, or a new one put where the schema wants it (after the header/footer references). */
    private static Element replace(Element sectPr, String name) {
        Element e = DocxBody.child(sectPr, name);
        if (e != null) {
            return e;
        }
        e = sectPr.getOwnerDocument().createElementNS(DocxBody.W, "w:" + name);
        org.w3c.dom.Node after = null;
        for (org.w3c.dom.Node c = sectPr.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && (el.getLocalName().equals("headerReference")
                    || el.getLocalName().equals("footerReference") || el.getLocalName().equals("footnotePr")
                    || el.getLocalName().equals("endnotePr") || el.getLocalName().equals("type")
                    || (name.equals("pgMar") && el.getLocalName().equals("pgSz")))) {
                after = c;
            }
        }
        sectPr.insertBefore(e, after == null ? sectPr.getFirstChild() : after.getNextSibling());
        return e;
    }

    /** A header line: {@code left} and, at the right margin, {@code right}; a rule below. */
    public static void header(XWPFDocument doc, String left, String right) {
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        tabAtRightMargin(p);
        small(p.createRun(), left);
        if (right != null && !right.isEmpty()) {
            XWPFRun r = p.createRun();
            small(r, "");
            r.addTab();
            r.setText(right);
        }
    }

    /** A footer line: {@code text}, then "Page n of m" at the right margin. */
    public static void footer(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        tabAtRightMargin(p);
        small(p.createRun(), text);
        XWPFRun tab = p.createRun();
        small(tab, "");
        tab.addTab();
        small(p.createRun(), "Page ");
        field(p, "PAGE", "1");
        small(p.createRun(), " of ");
        field(p, "NUMPAGES", "1");
    }

    /** Title, subject, creator and keywords, as Word shows them in the document's properties. */
    public static void properties(XWPFDocument doc, String title, String subject, String keywords) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator("resolint");
        core.setLastModifiedByUser("resolint");
        if (keywords != null) {
            core.setKeywords(keywords);
        }
        doc.getProperties().getExtendedProperties().setApplication("resolint");
    }

    private static void small(XWPFRun r, String text) {
        r.setFontSize(9);
        r.setColor(GREY);
        // Headers and footers are not in the body WordLanguage walks: their runs are marked here.
        WordLanguage.run((Element) r.getCTR().getDomNode());
        if (!text.isEmpty()) {
            r.setText(text);
        }
    }

    private static void tabAtRightMargin(XWPFParagraph p) {
        Element para = (Element) p.getCTP().getDomNode();
        Element pPr = DocxBody.child(para, "pPr");
        if (pPr == null) {
            pPr = para.getOwnerDocument().createElementNS(DocxBody.W, "w:pPr");
            para.insertBefore(pPr, para.getFirstChild());
        }
        Element tabs = para.getOwnerDocument().createElementNS(DocxBody.W, "w:tabs");
        Element tab = para.getOwnerDocument().createElementNS(DocxBody.W, "w:tab");
        tab.setAttributeNS(DocxBody.W, "w:val", "right");
        tab.setAttributeNS(DocxBody.W, "w:pos", "" + (A4_WIDTH - 2 * MARGIN));
        tabs.appendChild(tab);
        // pBdr comes before tabs in the schema; the rest of pPr after.
        Element pBdr = DocxBody.child(pPr, "pBdr");
        pPr.insertBefore(tabs, pBdr != null ? pBdr.getNextSibling() : firstAfterTabs(pPr));
    }

    private static org.w3c.dom.Node firstAfterTabs(Element pPr) {
        for (org.w3c.dom.Node c = pPr.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && !java.util.List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore",
                    "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd").contains(e.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /** A simple field ({@code PAGE}, {@code NUMPAGES}) with its last computed value as placeholder. */
    static void field(XWPFParagraph p, String instr, String placeholder) {
        Element para = (Element) p.getCTP().getDomNode();
        Element fld = para.getOwnerDocument().createElementNS(DocxBody.W, "w:fldSimple");
        fld.setAttributeNS(DocxBody.W, "w:instr", " " + instr + " ");
        Element r = para.getOwnerDocument().createElementNS(DocxBody.W, "w:r");
        Element rPr = para.getOwnerDocument().createElementNS(DocxBody.W, "w:rPr");
        Element color = para.getOwnerDocument().createElementNS(DocxBody.W, "w:color");
        color.setAttributeNS(DocxBody.W, "w:val", GREY);
        Element sz = para.getOwnerDocument().createElementNS(DocxBody.W, "w:sz");
        sz.setAttributeNS(DocxBody.W, "w:val", "18");
        rPr.appendChild(color);
        rPr.appendChild(sz);
        Element lang = para.getOwnerDocument().createElementNS(DocxBody.W, "w:lang");
        lang.setAttributeNS(DocxBody.W, "w:val", WordLanguage.EN_GB);
        rPr.appendChild(lang);
        Element t = para.getOwnerDocument().createElementNS(DocxBody.W, "w:t");
        t.appendChild(para.getOwnerDocument().createTextNode(placeholder));
        r.appendChild(rPr);
        r.appendChild(t);
        fld.appendChild(r);
        para.appendChild(fld);
    }
}
