package org.resolint.reader.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Computes the numbers Word draws in front of automatically numbered paragraphs, which POI
 * does not render: numbering definitions ({@code numbering.xml}), levels, formats and
 * {@code lvlText}, start values and {@code startOverride} restarts, numbering taken from the
 * paragraph style chain, and counters that run on across headings. Feed the paragraphs in
 * body order; one instance per document.
 */
public final class WordNumbering {
    private static final int LEVELS = 9;

    /** One level of an abstract numbering definition. */
    private record Level(int start, String format, String text, String style, boolean legal) {
    }

    private final Map<String, Level[]> abstracts = new HashMap<>();
    /** abstractNumId → the numbering style whose list it uses ({@code w:numStyleLink}). */
    private final Map<String, String> styleLinks = new HashMap<>();
    /** numId → abstractNumId. */
    private final Map<String, String> numAbstract = new HashMap<>();
    /** numId → per-level startOverride (null where none). */
    private final Map<String, Integer[]> overrides = new HashMap<>();
    private final Set<String> overridesApplied = new HashSet<>();
    /** abstractNumId → current counter per level (null: not started since its parent advanced). */
    private final Map<String, Integer[]> counters = new HashMap<>();
    private final XWPFStyles styles;

    public WordNumbering(XWPFDocument doc) {
        this.styles = doc.getStyles();
        XWPFNumbering numbering = doc.getNumbering();
        if (numbering == null) {
            return;
        }
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            Element e = (Element) a.getCTAbstractNum().getDomNode();
            String id = e.getAttributeNS(DocxBody.W, "abstractNumId");
            abstracts.put(id, levels(e));
            String link = DocxBody.val(e, "numStyleLink");
            if (link != null) {
                styleLinks.put(id, link);
            }
        }
        for (XWPFNum n : numbering.getNums()) {
            Element e = (Element) n.getCTNum().getDomNode();
            String id = e.getAttributeNS(DocxBody.W, "numId");
            numAbstract.put(id, DocxBody.val(e, "abstractNumId"));
            Integer[] starts = new Integer[LEVELS];
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element o && DocxBody.isW(o, "lvlOverride")) {
                    int ilvl = parse(o.getAttributeNS(DocxBody.W, "ilvl"), 0);
                    String start = DocxBody.val(o, "startOverride");
                    Element lvl = DocxBody.child(o, "lvl");
                    if (start == null && lvl != null) {
                        start = DocxBody.val(lvl, "start");
                    }
                    if (start != null && ilvl >= 0 && ilvl < LEVELS) {
                        starts[ilvl] = parse(start, 1);
                    }
                }
            }
            overrides.put(id, starts);
        }
    }

    private static Level[] levels(Element abstractNum) {
        Level[] out = new Level[LEVELS];
        for (Node c = abstractNum.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element lvl && DocxBody.isW(lvl, "lvl")) {
                int ilvl = parse(lvl.getAttributeNS(DocxBody.W, "ilvl"), -1);
                if (ilvl >= 0 && ilvl < LEVELS) {
                    String text = DocxBody.val(lvl, "lvlText");
                    Element lvlText = DocxBody.child(lvl, "lvlText");
                    if (text == null && lvlText != null) {
                        text = ""; // an empty lvlText draws no number
                    }
                    out[ilvl] = new Level(parse(DocxBody.val(lvl, "start"), 1), DocxBody.val(lvl, "numFmt"),
                            text == null ? "%" + (ilvl + 1) + "." : text, DocxBody.val(lvl, "pStyle"),
                            isOn(DocxBody.child(lvl, "isLgl")));
                }
            }
        }
        return out;
    }

    /**
     * The number Word shows for this paragraph followed by its separator ({@code "12. "},
     * {@code "(a) "}), or "" when the paragraph is not in a list. Advances the counters.
     */
    public String next(Element paragraph) {
        Element pPr = DocxBody.child(paragraph, "pPr");
        String numId = null;
        Integer ilvl = null;
        Element numPr = DocxBody.child(pPr, "numPr");
        if (numPr != null) {
            numId = DocxBody.val(numPr, "numId");
            String l = DocxBody.val(numPr, "ilvl");
            ilvl = l == null ? null : parse(l, 0);
        }
        String styleId = DocxBody.val(pPr, "pStyle");
        if (numId == null || ilvl == null) {
            String[] fromStyle = styleNumbering(styleId);
            if (numId == null) {
                numId = fromStyle[0];
            }
            if (ilvl == null && fromStyle[1] != null) {
                ilvl = parse(fromStyle[1], 0);
            }
        }
        if (numId == null || "0".equals(numId) || !numAbstract.containsKey(numId)) {
            return "";
        }
        String abstractId = linked(numAbstract.get(numId));
        Level[] levels = abstracts.get(abstractId);
        if (levels == null) {
            return "";
        }
        if (ilvl == null) {
            ilvl = levelOfStyle(levels, styleId);
        }
        int level = Math.max(0, Math.min(LEVELS - 1, ilvl));
        Integer[] count = counters.computeIfAbsent(abstractId, k -> new Integer[LEVELS]);
        Integer[] restart = overrides.get(numId);
        if (overridesApplied.add(numId)) {
            // A num with startOverride restarts its levels the first time it is used.
            for (int i = 0; i < LEVELS; i++) {
                if (restart[i] != null) {
                    count[i] = null;
                }
            }
        }
        count[level] = count[level] == null ? start(levels, restart, level) : count[level] + 1;
        for (int i = level + 1; i < LEVELS; i++) {
            count[i] = null; // deeper levels start again under a new parent
        }
        Level lvl = levels[level];
        if (lvl == null || "none".equals(lvl.format())) {
            return "";
        }
        String shown = render(lvl, levels, count, restart);
        if (shown.isBlank()) {
            return "";
        }
        // Tab and space suffixes show as a gap; even with suffix "nothing" the number is not part
        // of the typed text, so a space keeps "1." apart from the first word for the parser.
        return shown + " ";
    }

    private String render(Level lvl, Level[] levels, Integer[] count, Integer[] restart) {
        if ("bullet".equals(lvl.format())) {
            String t = lvl.text();
            // Symbol-font bullets sit in the private use area; show them as an ordinary bullet.
            return t.isEmpty() ? "" : t.codePoints().allMatch(cp -> cp >= 0xE000 && cp <= 0xF8FF) || t.isBlank() ? "•" : t;
        }
        StringBuilder b = new StringBuilder();
        String t = lvl.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '%' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                int k = t.charAt(++i) - '1';
                if (k >= 0 && k < LEVELS) {
                    Level ref = levels[k];
                    int n = count[k] != null ? count[k] : start(levels, restart, k);
                    // Legal numbering (isLgl) shows every level of the number in decimals: 2.1.3
                    String format = lvl.legal() || ref == null ? null : ref.format();
                    b.append(NumberFormat.render(format, n));
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int start(Level[] levels, Integer[] restart, int level) {
        if (restart != null && restart[level] != null) {
            return restart[level];
        }
        return levels[level] == null ? 1 : levels[level].start();
    }

    /**
     * A list defined through a numbering style ({@code numStyleLink}) takes its levels, and its
     * counters, from the list that style points to.
     */
    private String linked(String abstractId) {
        for (int hops = 0; hops < 5 && abstractId != null && styleLinks.containsKey(abstractId); hops++) {
            String numId = styleNumbering(styleLinks.get(abstractId))[0];
            String target = numId == null ? null : numAbstract.get(numId);
            if (target == null || target.equals(abstractId)) {
                break;
            }
            abstractId = target;
        }
        return abstractId;
    }

    private static boolean isOn(Element flag) {
        if (flag == null) {
            return false;
        }
        String v = flag.getAttributeNS(DocxBody.W, "val");
        return v.isEmpty() || v.equals("1") || v.equals("true") || v.equals("on");
    }

    private static int levelOfStyle(Level[] levels, String styleId) {
        for (int i = 0; styleId != null && i < LEVELS; i++) {
            if (levels[i] != null && styleId.equals(levels[i].style())) {
                return i;
            }
        }
        return 0;
    }

    /** {numId, ilvl} from the paragraph style or the styles it is based on. */
    private String[] styleNumbering(String styleId) {
        String numId = null;
        String ilvl = null;
        Set<String> seen = new HashSet<>();
        while (styles != null && styleId != null && seen.add(styleId) && (numId == null || ilvl == null)) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            Element e = (Element) style.getCTStyle().getDomNode();
            Element numPr = DocxBody.child(DocxBody.child(e, "pPr"), "numPr");
            if (numPr != null) {
                numId = numId != null ? numId : DocxBody.val(numPr, "numId");
                ilvl = ilvl != null ? ilvl : DocxBody.val(numPr, "ilvl");
            }
            styleId = DocxBody.val(e, "basedOn");
        }
        return new String[] {numId, ilvl};
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
