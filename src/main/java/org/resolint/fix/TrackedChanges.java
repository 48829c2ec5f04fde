package org.resolint.fix;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.resolint.reader.docx.DocxBody;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes one change into a Word paragraph as a tracked change by {@code resolint}: the old
 * characters are cut out of their runs into a {@code w:del}, the new ones follow in a
 * {@code w:ins} run with the formatting of the first old run, so Word and LibreOffice show
 * each change for a reviewer to accept or reject.
 */
final class TrackedChanges {
    static final String AUTHOR = "resolint";

    private final String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private int nextId;

    TrackedChanges(int firstId) {
        this.nextId = firstId;
    }

    /**
     * Replaces characters {@code from..to} of the paragraph's visible text with {@code replacement};
     * false (nothing changed) when they do not lie in plain text runs.
     */
    boolean replace(Element p, int from, int to, String replacement) {
        List<DocxBody.Segment> hit = new ArrayList<>();
        for (DocxBody.Segment s : DocxBody.segments(p)) {
            if (s.end() > from && s.start() < to) {
                Element run = s.run();
                Node parent = run == null ? null : run.getParentNode();
                if (run == null || !DocxBody.isW(s.source(), "t") || DocxBody.segments(run).size() != 1
                        || !(parent instanceof Element pe) || !(pe == p || DocxBody.isW(pe, "hyperlink")
                        || DocxBody.isW(pe, "smartTag"))) {
                    return false; // inside a field, an earlier tracked change or a run of mixed content
                }
                hit.add(s);
            }
        }
        if (hit.isEmpty()) {
            return false;
        }
        Element style = (Element) hit.get(0).run().cloneNode(true);
        Element lastDel = null;
        for (DocxBody.Segment s : hit) {
            Element run = s.run();
            String text = s.text();
            int a = Math.max(from, s.start()) - s.start();
            int b = Math.min(to, s.end()) - s.start();
            Node parent = run.getParentNode();
            if (a > 0) {
                parent.insertBefore(DocxBody.copyRun(run, text.substring(0, a)), run);
            }
            if (b < text.length()) {
                parent.insertBefore(DocxBody.copyRun(run, text.substring(b)), run.getNextSibling());
            }
            Element t = DocxBody.child(run, "t");
            Element deleted = run.getOwnerDocument().createElementNS(DocxBody.W, "w:delText");
            DocxBody.setText(deleted, text.substring(a, b));
            run.replaceChild(deleted, t);
            Element del = change("w:del", run);
            parent.insertBefore(del, run);
            del.appendChild(run);
            lastDel = del;
        }
        if (!replacement.isEmpty()) {
            Element ins = change("w:ins", lastDel);
            ins.appendChild(DocxBody.copyRun(style, replacement));
            lastDel.getParentNode().insertBefore(ins, lastDel.getNextSibling());
        }
        return true;
    }

    private Element change(String name, Node near) {
        Element e = near.getOwnerDocument().createElementNS(DocxBody.W, name);
        e.setAttributeNS(DocxBody.W, "w:id", String.valueOf(nextId++));
        e.setAttributeNS(DocxBody.W, "w:author", AUTHOR);
        e.setAttributeNS(DocxBody.W, "w:date", date);
        return e;
    }
}
