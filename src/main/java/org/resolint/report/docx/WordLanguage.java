package org.resolint.report.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.resolint.reader.docx.DocxBody;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Marks text as British English (en-GB), the spelling of United Nations documents, so Word's
 * proofing does not underline "defence" or "programme". Set on the document defaults, every
 * style and every run written, because a run or style without a language falls back to the
 * reader's own default language in Word.
 */
public final class WordLanguage {
    public static final String EN_GB = "en-GB";
    /** The run properties that come after w:lang in the schema's order. */
    private static final List<String> AFTER_LANG = List.of("eastAsianLayout", "specVanish", "oMath");

    private WordLanguage() {
    }

    /** Styles, body, headers and footers of a document resolint writes itself. */
    public static void apply(XWPFDocument doc) {
        styles(doc);
        runs(doc.getDocument().getBody().getDomNode());
        // A header's paragraphs are written from their own XML objects: mark each one's runs.
        for (XWPFHeader h : doc.getHeaderList()) {
            h.getParagraphs().forEach(p -> runs(p.getCTP().getDomNode()));
        }
        for (XWPFFooter f : doc.getFooterList()) {
            f.getParagraphs().forEach(p -> runs(p.getCTP().getDomNode()));
        }
    }

    /** The default language and the language of each style. */
    public static void styles(XWPFDocument doc) {
        if (doc.getStyles() == null) {
            return;
        }
        doc.getStyles().setSpellingLanguage(EN_GB);
        for (XWPFStyle s : doc.getStyles().getStyles()) {
            if ("paragraph".equals(s.getType().toString()) || "character".equals(s.getType().toString())) {
                Element style = (Element) s.getCTStyle().getDomNode();
                Element rPr = DocxBody.child(style, "rPr");
                if (rPr == null) {
                    rPr = style.getOwnerDocument().createElementNS(DocxBody.W, "w:rPr");
                    style.appendChild(rPr);
                }
                lang(rPr);
            }
        }
    }

    /** Every {@code w:r} below {@code root}. */
    public static void runs(Node root) {
        NodeList runs = ((Element) root).getElementsByTagNameNS(DocxBody.W, "r");
        for (int i = 0; i < runs.getLength(); i++) {
            run((Element) runs.item(i));
        }
    }

    public static void run(Element r) {
        Element rPr = DocxBody.child(r, "rPr");
        if (rPr == null) {
            rPr = r.getOwnerDocument().createElementNS(DocxBody.W, "w:rPr");
            r.insertBefore(rPr, r.getFirstChild());
        }
        lang(rPr);
    }

    private static void lang(Element rPr) {
        Element lang = DocxBody.child(rPr, "lang");
        if (lang == null) {
            lang = rPr.getOwnerDocument().createElementNS(DocxBody.W, "w:lang");
            Node before = null;
            for (Node c = rPr.getFirstChild(); c != null && before == null; c = c.getNextSibling()) {
                if (c instanceof Element e && AFTER_LANG.contains(e.getLocalName())) {
                    before = e;
                }
            }
            rPr.insertBefore(lang, before);
        }
        lang.setAttributeNS(DocxBody.W, "w:val", EN_GB);
    }
}
