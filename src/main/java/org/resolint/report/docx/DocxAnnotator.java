package org.resolint.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.reader.DocxReader;
import org.resolint.reader.InputException;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;
import org.resolint.reader.docx.DocxBody;
import org.resolint.reader.docx.DocxPackage;
import org.w3c.dom.Element;

/**
 * Writes a copy of the draft with one Word comment per finding, author {@code resolint}: the
 * original .docx for a .docx draft, a plain .docx with one paragraph per line for a text draft.
 * A comment covers the word the finding points at when its column falls inside the text of a
 * run, otherwise the whole paragraph. The text of the draft is never changed.
 */
public final class DocxAnnotator {
    public static final String AUTHOR = "resolint";

    /** Where the lines of the draft stand in the document: the paragraph and the prefix drawn before it. */
    private record Target(Element paragraph, int prefix) {
    }

    public void write(FileResult result, SourceText source, OutputStream out) throws IOException, InputException {
        try (XWPFDocument doc = "docx".equals(source.format())
                ? DocxPackage.open(source.path(), true) : new XWPFDocument()) {
            List<Target> targets = "docx".equals(source.format()) ? fromDocx(doc) : render(doc, source);
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            long id = nextId(comments);
            for (Finding f : result.findings().stream().sorted(Finding.BY_LOCATION).toList()) {
                Target t = target(targets, f.location().line());
                if (t == null) {
                    continue; // the engine never points outside the file; nothing to anchor on if it did
                }
                comment(comments, id, f);
                anchor(t, f.location().column() - 1 - t.prefix(), BigInteger.valueOf(id));
                id++;
            }
            doc.write(out);
        }
    }

    /** Line n of a .docx is body paragraph n; the automatic number is drawn, not typed. */
    private static List<Target> fromDocx(XWPFDocument doc) {
        List<Target> out = new ArrayList<>();
        for (DocxReader.Para p : DocxReader.paragraphs(doc)) {
            out.add(new Target(p.element(), p.number().length()));
        }
        return out;
    }

    /** One paragraph per line of a text draft (blank lines kept, so paragraph n is line n). */
    private static List<Target> render(XWPFDocument doc, SourceText source) {
        List<Target> out = new ArrayList<>();
        int next = 1;
        for (SourceLine line : source.lines()) {
            while (next < line.number()) {
                out.add(null);
                next++;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            if (!line.text().isEmpty()) {
                p.createRun().setText(line.text());
            }
            out.add(new Target((Element) p.getCTP().getDomNode(), line.column() - 1));
            next++;
        }
        return out;
    }

    private static Target target(List<Target> targets, int line) {
        if (line < 1 || line > targets.size()) {
            return null;
        }
        return targets.get(line - 1);
    }

    private static long nextId(XWPFComments comments) {
        long max = -1;
        for (XWPFComment c : comments.getComments()) {
            try {
                max = Math.max(max, Long.parseLong(c.getId()));
            } catch (NumberFormatException ignored) {
                // a foreign id: ours are numbers above every numeric one
            }
        }
        return max + 1;
    }

    private static void comment(XWPFComments comments, long id, Finding f) {
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(AUTHOR);
        c.setInitials("RL");
        c.setDate(Calendar.getInstance());
        c.createParagraph().createRun().setText(f.severity().id().toUpperCase(Locale.ROOT) + " [" + f.rule() + "] "
                + (f.paragraph() == null ? "" : "paragraph " + f.paragraph() + ": ") + f.message());
        if (f.suggestion() != null) {
            c.createParagraph().createRun().setText("Suggestion: " + f.suggestion());
        }
    }

    /** Marks the word at {@code offset} of the paragraph's text, or the whole paragraph. */
    private static void anchor(Target t, int offset, BigInteger id) {
        Element p = t.paragraph();
        Element word = offset > 0 ? isolateWord(p, offset) : null;
        Element start = marker(p, "commentRangeStart", id);
        Element end = marker(p, "commentRangeEnd", id);
        if (word != null) {
            p.insertBefore(start, word);
            p.insertBefore(end, word.getNextSibling());
        } else {
            Element pPr = DocxBody.child(p, "pPr");
            p.insertBefore(start, pPr == null ? p.getFirstChild() : pPr.getNextSibling());
            p.appendChild(end);
        }
        Element ref = p.getOwnerDocument().createElementNS(DocxBody.W, "w:r");
        ref.appendChild(marker(p, "commentReference", id));
        p.insertBefore(ref, end.getNextSibling());
    }

    private static Element marker(Element p, String name, BigInteger id) {
        Element e = p.getOwnerDocument().createElementNS(DocxBody.W, "w:" + name);
        e.setAttributeNS(DocxBody.W, "w:id", id.toString());
        return e;
    }

    /**
     * Splits the run holding {@code offset} so the word starting there is a run of its own, and
     * returns that run; null when the word is not inside a plain run directly in the paragraph.
     */
    private static Element isolateWord(Element p, int offset) {
        for (DocxBody.Segment s : DocxBody.segments(p)) {
            if (offset < s.start() || offset >= s.end()) {
                continue;
            }
            Element run = s.run();
            if (run == null || run.getParentNode() != p || !DocxBody.isW(s.source(), "t")
                    || DocxBody.segments(run).size() != 1) {
                return null;
            }
            String text = s.text();
            int a = offset - s.start();
            int b = a;
            while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (b > a + 1 && ",;:.)”’\"".indexOf(text.charAt(b - 1)) >= 0) {
                b--; // the word, not the punctuation after it
            }
            if (a > 0) {
                p.insertBefore(DocxBody.copyRun(run, text.substring(0, a)), run);
            }
            if (b < text.length()) {
                p.insertBefore(DocxBody.copyRun(run, text.substring(b)), run.getNextSibling());
            }
            DocxBody.setText(DocxBody.child(run, "t"), text.substring(a, b));
            return run;
        }
        return null;
    }
}
