package org.resolint.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.resolint.reader.docx.DocxBody;
import org.resolint.reader.docx.DocxPackage;
import org.resolint.reader.docx.WordNumbering;
import org.w3c.dom.Element;

/**
 * Reads .docx drafts: one line per body paragraph (table cells included), numbered by its
 * 1-based paragraph index, with Word's automatic number written in front of the text as Word
 * shows it. Tracked insertions count and deletions do not; comments are ignored.
 */
public class DocxReader implements DraftReader {

    /** One body paragraph: its element, the automatic number drawn before it ("" if none), its text. */
    public record Para(Element element, String number, String text) {
        /** The line as the parser sees it. */
        public String line() {
            return number + text;
        }
    }

    @Override
    public SourceText read(Path file) throws InputException {
        try (XWPFDocument doc = DocxPackage.open(file)) {
            List<Para> paras = paragraphs(doc);
            List<SourceLine> lines = new ArrayList<>(paras.size() * 2);
            int inserted = 0;
            int deleted = 0;
            for (int i = 0; i < paras.size(); i++) {
                lines.add(new SourceLine(i + 1, paras.get(i).line()));
                // Each Word paragraph is a paragraph of the draft: a blank line keeps them apart.
                lines.add(new SourceLine(i + 1, ""));
                int[] changes = DocxBody.changes(paras.get(i).element());
                inserted += changes[0];
                deleted += changes[1];
            }
            if (paras.stream().allMatch(p -> p.line().isBlank())) {
                throw new InputException(file, "the document has no text");
            }
            List<String> warnings = new ArrayList<>();
            if (inserted + deleted > 0) {
                warnings.add("the draft has unaccepted tracked changes (" + inserted + " insertions, " + deleted
                        + " deletions); checked as if all were accepted");
            }
            return new SourceText(file, "docx", lines, warnings);
        } catch (IOException e) {
            throw new InputException(file, "cannot read the .docx (" + e.getMessage() + ")", e);
        }
    }

    /** The body paragraphs with their automatic numbers, in order: index + 1 is the {@code line}. */
    public static List<Para> paragraphs(XWPFDocument doc) {
        WordNumbering numbering = new WordNumbering(doc);
        List<Para> out = new ArrayList<>();
        for (Element p : DocxBody.paragraphs(doc)) {
            out.add(new Para(p, numbering.next(p), DocxBody.text(p)));
        }
        return out;
    }
}
