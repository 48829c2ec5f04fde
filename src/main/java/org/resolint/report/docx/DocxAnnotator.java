package org.resolint.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.reader.DocxReader;
import org.resolint.reader.InputException;
import org.resolint.reader.SourceText;
import org.resolint.reader.docx.DocxBody;
import org.resolint.reader.docx.DocxPackage;
import org.w3c.dom.Element;

/**
 * Writes a copy of the draft with Word comments by {@code resolint}: the original .docx for a
 * .docx draft, an A4 document in the layout of Council drafts ({@link TextDraftDocument}) for a
 * text draft. Each comment covers exactly the words its finding is about ({@link FindingSpan},
 * the same span the review report quotes); the findings on one paragraph share one comment,
 * which then covers the words of all of them. The text of the draft is never changed.
 */
public final class DocxAnnotator {
    public static final String AUTHOR = "resolint";

    /** A paragraph of the document and the length of the automatic number drawn before its text. */
    record Target(Element paragraph, int prefix) {
        int length() {
            return DocxBody.text(paragraph).length();
        }
    }

    /** Where one comment goes: from a paragraph offset to another, and the findings it speaks for. */
    private static final class Group {
        final List<Finding> findings = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        Target startTarget;
        int start = Integer.MAX_VALUE;
        Target endTarget;
        int end = -1;
        int endLine = -1;
    }

    public void write(FileResult result, SourceText source, OutputStream out) throws IOException, InputException {
        boolean docx = "docx".equals(source.format());
        try (XWPFDocument doc = docx ? DocxPackage.open(source.path(), true) : new XWPFDocument()) {
            List<Target> targets = docx ? fromDocx(doc) : TextDraftDocument.render(doc, source, result.model());
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            long id = nextId(comments);
            for (Group g : groups(result.findings(), source, targets).values()) {
                comment(comments, id, g);
                CommentAnchor.anchor(g.startTarget.paragraph(), g.start, g.endTarget.paragraph(), g.end,
                        BigInteger.valueOf(id));
                id++;
            }
            if (!docx) {
                // A new document: it says what it is. A Word draft keeps its own properties.
                String symbol = result.model() == null ? null : result.model().getSymbol();
                String name = symbol != null ? symbol : String.valueOf(source.path().getFileName());
                PageFrame.properties(doc, name + " with resolint comments",
                        "Copy of " + source.path().getFileName() + " with a comment on each finding", null);
                WordLanguage.apply(doc);
            }
            doc.write(out);
        }
    }

    /** One group per paragraph, in the draft's order; each widened to the words of all its findings. */
    private static Map<Element, Group> groups(List<Finding> findings, SourceText source, List<Target> targets) {
        Map<Element, Group> groups = new LinkedHashMap<>();
        for (Finding f : findings.stream().sorted(Finding.BY_LOCATION).toList()) {
            FindingSpan span = FindingSpan.of(f, source);
            int line = span != null ? span.startLine() : f.location().line();
            Target start = target(targets, line);
            if (start == null) {
                continue; // the engine never points outside the file; nothing to anchor on if it did
            }
            Target end = span == null ? start : target(targets, span.endLine());
            if (end == null) {
                end = start;
            }
            Group g = groups.computeIfAbsent(start.paragraph(), k -> new Group());
            g.findings.add(f);
            g.words.add(span == null ? "" : span.words(source));
            int a = span == null ? 0 : Math.max(0, span.startIndex() - start.prefix());
            int b = span == null ? Integer.MAX_VALUE : span.endIndex() - end.prefix();
            if (span != null && end == start && b <= a) {
                // The span lies on a number Word draws itself: the paragraph's first word stands for it.
                b = FindingSpan.wordEnd(DocxBody.text(start.paragraph()), a);
                if (b <= a) {
                    b = Integer.MAX_VALUE;
                }
            }
            if (g.startTarget == null || a < g.start) {
                g.startTarget = start;
                g.start = a;
            }
            int endLine = span == null ? line : span.endLine();
            if (g.endTarget == null || endLine > g.endLine || (endLine == g.endLine && b > g.end)) {
                g.endTarget = end;
                g.end = b;
                g.endLine = endLine;
            }
        }
        for (Group g : groups.values()) {
            g.end = Math.min(g.end, g.endTarget.length());
        }
        return groups;
    }

    /** Line n of a .docx is body paragraph n; the automatic number is drawn, not typed. */
    private static List<Target> fromDocx(XWPFDocument doc) {
        List<Target> out = new ArrayList<>();
        for (DocxReader.Para p : DocxReader.paragraphs(doc)) {
            out.add(new Target(p.element(), p.number().length()));
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

    /** One paragraph per finding ("ERROR [rule] paragraph 4: message"), its words when merged, its suggestion. */
    private static void comment(XWPFComments comments, long id, Group g) {
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(AUTHOR);
        c.setInitials("RL");
        c.setDate(Calendar.getInstance());
        boolean merged = g.findings.size() > 1;
        for (int i = 0; i < g.findings.size(); i++) {
            Finding f = g.findings.get(i);
            XWPFParagraph p = c.createParagraph();
            if (merged && i > 0) {
                p.setSpacingBefore(120);
            }
            XWPFRun head = p.createRun();
            head.setBold(true);
            head.setText(f.severity().id().toUpperCase(Locale.ROOT) + " [" + f.rule() + "]");
            p.createRun().setText(" " + (org.resolint.report.Where.prefix(f).isEmpty() ? "" : "paragraph " + f.paragraph() + ": ")
                    + f.message());
            String words = g.words.get(i);
            if (merged && !words.isEmpty()) {
                c.createParagraph().createRun().setText("On: \u201c" + words + "\u201d");
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                c.createParagraph().createRun().setText("Suggestion: " + f.suggestion());
            }
        }
        for (XWPFParagraph p : c.getParagraphs()) {
            p.getRuns().forEach(r -> WordLanguage.run((Element) r.getCTR().getDomNode()));
        }
    }
}
