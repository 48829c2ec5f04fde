package org.resolint.report.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.resolint.compare.Change;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Paragraph;

/**
 * "Changes since the previous text" (with {@code --previous}): the counts of paragraphs added,
 * deleted, moved, changed and renumbered, then one row per change with the labels before and now
 * and the changed words as Word shows edits: insertions underlined in blue, deletions struck
 * through in red.
 */
final class ChangesSection {
    static final String TITLE = "Changes since the previous text";
    static final String INSERTED_COLOUR = "1F4E9A";
    static final String DELETED_COLOUR = "C00000";
    /** Words of an added or deleted paragraph shown in full before eliding. */
    private static final int WHOLE_WORDS = 40;
    private static final Pattern EDIT = Pattern.compile("\\[-(.*?)-\\]|\\{\\+(.*?)\\+\\}");

    private ChangesSection() {
    }

    static void render(WordWriter w, ChangeSummary changes) {
        render(w, changes, false, PageEstimate.NONE);
    }

    /**
     * {@code word}: the draft is a .docx, whose "line" is a body-paragraph index no reviewer can
     * find; the column gives the page Word last laid the paragraph on instead (blank when unknown).
     */
    static void render(WordWriter w, ChangeSummary changes, boolean word, PageEstimate pages) {
        w.paragraph(WordWriter.HEADING_1, TITLE);
        w.paragraph(WordWriter.BODY, "Compared with " + changes.previousPath() + ": " + counts(changes) + ".");
        if (changes.changes().isEmpty()) {
            w.paragraph(WordWriter.BODY, "The draft has the same paragraphs, in the same order, with the same words.");
            return;
        }
        w.paragraph(WordWriter.NOTE, "Paragraphs are paired by their words, not their numbers. Before and Now: the"
                + " paragraph's label in the previous text and in the draft. Words: inserted words underlined,"
                + " deleted words struck through; … stands for unchanged words left out.");
        XWPFTable t = w.table(List.of("Change", "Before", "Now", word ? "Page" : "Line", "Words"),
                new double[] {2.2, 1.8, 1.8, 1.2, 10});
        for (Change c : changes.changes()) {
            XWPFTableRow row = w.row(t, List.of(c.type().id(), label(c.before()), label(c.after()),
                    c.after() == null ? "" : place(c.after().getLine(), word, pages), ""));
            XWPFParagraph words = row.getCell(4).getParagraphs().get(0);
            switch (c.type()) {
                case ADDED -> run(words, opening(c.after()), Edit.INSERTED);
                case DELETED -> run(words, opening(c.before()), Edit.DELETED);
                default -> diff(words, c.diff());
            }
        }
    }

    private static String place(int line, boolean word, PageEstimate pages) {
        if (!word) {
            return "" + line;
        }
        int page = pages.page(line);
        return page > 0 ? "" + page : "";
    }

    static String counts(ChangeSummary changes) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Change.Type, Integer> e : changes.counts().entrySet()) {
            parts.add(e.getValue() + " " + e.getKey().id());
        }
        return String.join(", ", parts);
    }

    private enum Edit { SAME, INSERTED, DELETED }

    /** "… until 30 June [-2026;-] {+2027;+}" as runs: plain, struck through, underlined. */
    static void diff(XWPFParagraph p, String diff) {
        Matcher m = EDIT.matcher(diff);
        int at = 0;
        while (m.find()) {
            run(p, diff.substring(at, m.start()), Edit.SAME);
            if (m.group(1) != null) {
                run(p, m.group(1), Edit.DELETED);
            } else {
                run(p, m.group(2), Edit.INSERTED);
            }
            at = m.end();
        }
        run(p, diff.substring(at), Edit.SAME);
    }

    private static void run(XWPFParagraph p, String text, Edit edit) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun r = p.createRun();
        r.setText(text);
        switch (edit) {
            case INSERTED -> {
                r.setUnderline(UnderlinePatterns.SINGLE);
                r.setColor(INSERTED_COLOUR);
            }
            case DELETED -> {
                r.setStrikeThrough(true);
                r.setColor(DELETED_COLOUR);
            }
            default -> {
            }
        }
    }

    private static String label(Paragraph p) {
        return p == null ? "" : p.getLabel();
    }

    private static String opening(Paragraph p) {
        String[] words = p.getText().trim().split("\\s+");
        if (words.length <= WHOLE_WORDS) {
            return p.getText().trim();
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, WHOLE_WORDS)) + " …";
    }
}
