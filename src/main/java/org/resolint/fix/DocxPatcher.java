package org.resolint.fix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.resolint.reader.DocxReader;
import org.resolint.reader.InputException;
import org.resolint.reader.docx.DocxBody;
import org.resolint.reader.docx.DocxPackage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes the edits into a copy of a .docx as tracked changes. Line n of the model is body
 * paragraph n; a column inside the number Word draws itself (automatic numbering) is Word's
 * business and is never edited.
 */
final class DocxPatcher {

    /** The document's bytes with the changes tracked, the paragraphs before and after, the edits made. */
    record Patched(byte[] bytes, List<String> before, List<String> after, List<Edit> applied) {
    }

    static Patched patch(Path draft, List<Edit> edits, List<Note> notes) throws InputException {
        try (XWPFDocument doc = DocxPackage.open(draft, true)) {
            List<DocxReader.Para> paras = DocxReader.paragraphs(doc);
            List<String> before = paras.stream().map(DocxReader.Para::line).toList();
            TrackedChanges changes = new TrackedChanges(maxId(doc) + 1);
            List<Edit> applied = new ArrayList<>();
            List<Edit> ordered = new ArrayList<>(edits);
            // Right to left within a paragraph, so the offsets of the edits still to come hold.
            ordered.sort(Comparator.comparingInt((Edit e) -> e.at().line())
                    .thenComparing(Comparator.comparingInt((Edit e) -> e.at().column()).reversed()));
            int lastLine = -1;
            int lastStart = Integer.MAX_VALUE;
            for (Edit e : ordered) {
                int line = e.at().line();
                if (line < 1 || line > paras.size()) {
                    notes.add(new Note(e.at(), "\"" + e.old() + "\" not found; left as written"));
                    continue;
                }
                DocxReader.Para para = paras.get(line - 1);
                int expected = e.at().column() - 1 - para.number().length();
                if (expected < 0) {
                    continue; // Word's automatic number: Word renumbers it
                }
                String text = DocxBody.text(para.element());
                int at = Placement.find(text, expected, e.old());
                if (line != lastLine) {
                    lastLine = line;
                    lastStart = Integer.MAX_VALUE;
                }
                if (at < 0 || at + e.old().length() > lastStart) {
                    notes.add(new Note(e.at(), "\"" + e.old() + "\" not found at " + e.at() + "; left as written"));
                    continue;
                }
                if (!changes.replace(para.element(), at, at + e.old().length(), e.replacement())) {
                    notes.add(new Note(e.at(), "\"" + e.old() + "\" is inside a field or an earlier tracked change;"
                            + " left as written"));
                    continue;
                }
                lastStart = at;
                applied.add(e);
            }
            List<String> after = paras.stream().map(p -> p.number() + DocxBody.text(p.element())).toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return new Patched(out.toByteArray(), before, after, applied);
        } catch (IOException e) {
            throw new InputException(draft, "cannot write the fixed .docx (" + e.getMessage() + ")", e);
        }
    }

    /** The highest {@code w:id} of the body, so the tracked changes take new ones. */
    private static int maxId(XWPFDocument doc) {
        int max = 0;
        NodeList all = ((Element) doc.getDocument().getBody().getDomNode()).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttributeNS(DocxBody.W, "id");
            if (id.matches("\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(id));
            }
        }
        return max;
    }
}
