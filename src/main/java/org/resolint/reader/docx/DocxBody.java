package org.resolint.reader.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body paragraphs of a document in reading order (table cells and content controls
 * included, text boxes not), and the visible text of each. Works on the live DOM of the
 * document part, so the reader and the annotator agree on paragraph indexes and offsets.
 */
public final class DocxBody {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxBody() {
    }

    /** Every {@code w:p} of the body in order; index + 1 is the paragraph's {@code line}. */
    public static List<Element> paragraphs(XWPFDocument doc) {
        List<Element> out = new ArrayList<>();
        collect(doc.getDocument().getBody().getDomNode(), out);
        return out;
    }

    private static void collect(Node node, List<Element> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (isW(e, "p")) {
                out.add(e);
            } else if (!isW(e, "sectPr") && !isW(e, "del") && !isW(e, "moveFrom")) {
                collect(e, out); // tbl, tr, tc, sdt, sdtContent, customXml, ins ...
            }
        }
    }

    /** A stretch of the paragraph's text and the element it comes from ({@code w:t}, tab, break). */
    public record Segment(Element source, int start, String text) {
        public int end() {
            return start + text.length();
        }

        /** The {@code w:r} run that holds this text. */
        public Element run() {
            Node n = source.getParentNode();
            return n instanceof Element e && isW(e, "r") ? e : null;
        }
    }

    /** The text as Word shows it with changes accepted: insertions kept, deletions dropped. */
    public static List<Segment> segments(Element paragraph) {
        List<Segment> out = new ArrayList<>();
        walk(paragraph, out, new int[] {0});
        return out;
    }

    public static String text(Element paragraph) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments(paragraph)) {
            b.append(s.text());
        }
        return b.toString();
    }

    private static void walk(Node node, List<Segment> out, int[] offset) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String name = W.equals(e.getNamespaceURI()) ? e.getLocalName() : "";
            String text = switch (name) {
                case "t" -> textOf(e);
                case "tab", "ptab" -> "\t";
                case "br", "cr" -> " ";
                case "noBreakHyphen" -> "\u2011";
                case "softHyphen" -> "";
                default -> null;
            };
            if (text != null) {
                if (!text.isEmpty()) {
                    out.add(new Segment(e, offset[0], text));
                    offset[0] += text.length();
                }
            } else if (!skipped(e, name)) {
                walk(e, out, offset);
            }
        }
    }

    /** Deleted text, properties, field codes, text boxes, notes and alternate content fallbacks. */
    private static boolean skipped(Element e, String name) {
        return switch (name) {
            case "del", "moveFrom", "pPr", "rPr", "instrText", "delInstrText", "txbxContent",
                    "footnoteReference", "endnoteReference", "commentReference", "fldData" -> true;
            default -> "Fallback".equals(e.getLocalName()) || "pict".equals(name);
        };
    }

    /** Whether the paragraph holds unaccepted insertions or deletions: {@code [inserted, deleted]}. */
    public static int[] changes(Element paragraph) {
        return new int[] {
            paragraph.getElementsByTagNameNS(W, "ins").getLength()
                    + paragraph.getElementsByTagNameNS(W, "moveTo").getLength(),
            paragraph.getElementsByTagNameNS(W, "del").getLength()
                    + paragraph.getElementsByTagNameNS(W, "moveFrom").getLength()};
    }

    /** The character data of an element (XMLBeans' DOM has no Level 3 getTextContent). */
    public static String textOf(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            }
        }
        return b.toString();
    }

    public static boolean isW(Element e, String local) {
        return W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    /** The first child element {@code w:local} of {@code parent}, or null. */
    public static Element child(Element parent, String local) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && isW(e, local)) {
                return e;
            }
        }
        return null;
    }

    /** {@code w:val} of the child {@code w:local}, or null. */
    public static String val(Element parent, String local) {
        Element c = child(parent, local);
        if (c == null) {
            return null;
        }
        String v = c.getAttributeNS(W, "val");
        return v.isEmpty() ? null : v;
    }

    /** A copy of a run (its formatting kept) holding {@code text}: runs are split this way to mark part of one. */
    public static Element copyRun(Element run, String text) {
        Element c = (Element) run.cloneNode(true);
        setText(child(c, "t"), text);
        return c;
    }

    /** Replaces the text of a {@code w:t}, keeping its spaces (Word trims them otherwise). */
    public static void setText(Element t, String text) {
        while (t.getFirstChild() != null) {
            t.removeChild(t.getFirstChild());
        }
        t.appendChild(t.getOwnerDocument().createTextNode(text));
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    }
}
