package org.resolint.report.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.resolint.check.FileResult;
import org.resolint.compare.ChangeSummary;
import org.resolint.engine.RuleInfo;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Finding;
import org.resolint.model.ReferenceIndex;
import org.resolint.model.Severity;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;

/**
 * The review report a legal reviewer signs off on: the draft's symbol and date, a verdict with
 * counts by severity and area, the findings paragraph by paragraph, the extension sections, and
 * the rules that ran. The body is written into a copy of the reference .docx, whose styles
 * (Title, Heading 1, Table Contents ...) decide how it looks.
 */
public final class DocxReviewReport {
    /** The bundled reference, built from templates/report/reference.docx. */
    public static final String REFERENCE_RESOURCE = "/templates/report/reference.docx";
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + " \\d{4})\\b");

    static final String NO_DATE = "not stated on the draft";
    private static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String version;
    private final List<RuleInfo> rules;
    private final Path reference;

    /** {@code reference} null: the bundled reference .docx. */
    public DocxReviewReport(String version, List<RuleInfo> rules, Path reference) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.reference = reference;
    }

    public void write(FileResult result, SourceText source, OutputStream out) throws IOException {
        write(result, source, null, out);
    }

    /** With {@code changes} (under --previous, else null): a "Changes since the previous text" section after the findings. */
    public void write(FileResult result, SourceText source, ChangeSummary changes, OutputStream out) throws IOException {
        try (XWPFDocument doc = base()) {
            WordWriter w = new WordWriter(doc);
            String symbol = result.model().getSymbol();
            String title = draftTitle(result);
            String date = draftDate(source);
            header(w, result, source, title, date);
            summary(w, result);
            legend(w, result, source);
            findings(w, result, source);
            if (changes != null) {
                boolean word = source != null && "docx".equals(source.format());
                ChangesSection.render(w, changes, word, word ? PageEstimate.of(source) : PageEstimate.NONE);
            }
            for (ReportSection s : ReportSections.extensions()) {
                if (s.hasData(result)) {
                    w.paragraph(WordWriter.HEADING_1, s.title());
                    s.render(w, result);
                }
            }
            rulesThatRan(w);
            String name = symbol != null ? symbol : fileName(result.path());
            PageFrame.roomForHeaderAndFooter(doc);
            PageFrame.header(doc, "Review report: " + name + (title == null ? "" : " \u2013 " + title),
                    date.equals(NO_DATE) ? "" : date);
            PageFrame.footer(doc, "Checked by resolint " + version + " on " + UN_DATE.format(LocalDate.now()));
            PageFrame.properties(doc, "Review report: " + name,
                    "Review of " + (title != null ? title : "draft resolution") + " (" + fileName(result.path()) + ")",
                    "resolint; review report; " + name);
            WordLanguage.apply(doc);
            doc.write(out);
        }
    }

    /** The reference document emptied of its sample body; its styles and page setup stay. */
    private XWPFDocument base() throws IOException {
        XWPFDocument doc;
        if (reference != null) {
            try (InputStream in = Files.newInputStream(reference)) {
                doc = new XWPFDocument(in);
            }
        } else {
            try (InputStream in = DocxReviewReport.class.getResourceAsStream(REFERENCE_RESOURCE)) {
                if (in == null) {
                    throw new IOException("the bundled report reference " + REFERENCE_RESOURCE + " is missing");
                }
                doc = new XWPFDocument(in);
            }
        }
        while (!doc.getBodyElements().isEmpty()) {
            doc.removeBodyElement(0);
        }
        return doc;
    }

    private void header(WordWriter w, FileResult r, SourceText source, String title, String date) {
        String symbol = r.model().getSymbol();
        w.paragraph(WordWriter.TITLE, "Review report" + (symbol == null ? "" : ": " + symbol));
        w.paragraph(WordWriter.SUBTITLE, (title != null ? title : "Draft resolution of the Security Council")
                + ", checked by resolint " + version);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Draft", symbol == null ? "no symbol in the text" : symbol});
        if (title != null) {
            fields.add(new String[] {"Title", title});
        }
        fields.add(new String[] {"Date of the draft", date});
        fields.add(new String[] {"File", r.path()});
        fields.add(new String[] {"Kind of text", r.model().getKind().name().toLowerCase(java.util.Locale.ROOT)});
        fields.add(new String[] {"Checked on", UN_DATE.format(LocalDate.now())});
        w.fields(WordWriter.BODY, fields);
    }

    private static void summary(WordWriter w, FileResult r) {
        w.paragraph(WordWriter.HEADING_1, "Summary");
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        w.paragraph(WordWriter.VERDICT, verdict(errors, warnings, infos));
        for (String warning : r.warnings()) {
            w.paragraph(WordWriter.NOTE, "Note: " + warning + ".");
        }
        if (r.findings().isEmpty()) {
            return;
        }
        XWPFTable t = w.table(List.of("Area", "Errors", "Warnings", "Information", "Total"),
                new double[] {6.5, 2.6, 2.6, 2.6, 2.6});
        Map<String, long[]> byArea = new TreeMap<>();
        for (Finding f : r.findings()) {
            byArea.computeIfAbsent(ReviewerNames.area(f.area()), k -> new long[3])[2 - f.severity().ordinal()]++;
        }
        for (Map.Entry<String, long[]> e : byArea.entrySet()) {
            long[] c = e.getValue();
            w.row(t, List.of(e.getKey(), count(c[0]), count(c[1]), count(c[2]), "" + (c[0] + c[1] + c[2])));
        }
        XWPFTableRow total = w.row(t, List.of("All areas", "" + errors, "" + warnings, "" + infos,
                "" + (errors + warnings + infos)));
        total.getTableCells().forEach(c -> c.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true)));
    }

    /** A zero reads as a dash, so the eye finds the counts that matter. */
    private static String count(long n) {
        return n == 0 ? "\u2013" : "" + n;
    }

    /** What the severities ask of the reviewer, and how a finding is laid out. */
    private static void legend(WordWriter w, FileResult r, SourceText source) {
        w.paragraph(WordWriter.HEADING_1, "How to read this report");
        XWPFTable t = w.table(List.of("Severity", "What it asks of you"), new double[] {3.5, 13.5});
        for (Severity s : FindingGroups.ORDER) {
            XWPFTableRow row = w.row(t, List.of(ReviewerNames.severityHeading(s), ReviewerNames.severityMeaning(s)));
            colour(row.getCell(0).getParagraphs().get(0), s);
        }
        boolean docx = source != null && "docx".equals(source.format());
        w.paragraph(WordWriter.NOTE, "Where: the paragraph as a reader cites it (preambular paragraph 3,"
                + " paragraph 4 (b)), then "
                + (docx ? "the page it starts on as Word last laid the document out, when the document records it."
                        : "the line of the draft file.")
                + " Quoted words: the words a finding is about in bold, with the words around them; \u2026 marks"
                + " words left out. A finding made in several places is listed once with the number of places."
                + " Rule: the rule's id, for 'resolint explain RULE'.");
    }

    private static void colour(XWPFParagraph p, Severity s) {
        p.getRuns().forEach(run -> {
            run.setBold(s == Severity.ERROR);
            run.setColor(switch (s) {
                case ERROR -> "C00000";
                case WARNING -> "9C5700";
                case INFO -> "2F5496";
            });
        });
    }

    static String verdict(long errors, long warnings, long infos) {
        if (errors > 0) {
            return "Not ready for circulation: " + plural(errors, "error") + " to correct"
                    + (warnings > 0 ? ", " + plural(warnings, "warning") + " to consider" : "") + ".";
        }
        if (warnings > 0) {
            return "Ready subject to review: no errors, " + plural(warnings, "warning") + " to consider.";
        }
        return "Ready: no errors or warnings" + (infos > 0 ? " (" + plural(infos, "note") + " for information)" : "")
                + ".";
    }

    private static void findings(WordWriter w, FileResult r, SourceText source) {
        w.paragraph(WordWriter.HEADING_1, "Findings");
        if (r.findings().isEmpty()) {
            w.paragraph(WordWriter.BODY, "The rules found nothing to report.");
            return;
        }
        PageEstimate pages = PageEstimate.of(source);
        boolean docx = source != null && "docx".equals(source.format());
        FindingGroups groups = FindingGroups.of(r.findings(), source, f -> where(f, docx, pages));
        ReferenceIndex cited = ReferenceIndex.of(ReferenceFacts.resolve(r.model()).targets());
        for (Severity s : FindingGroups.ORDER) {
            List<FindingGroups.Entry> entries = groups.entries(s);
            if (entries.isEmpty()) {
                continue;
            }
            long n = r.count(s);
            colour(w.paragraph(WordWriter.HEADING_2, ReviewerNames.severityHeading(s) + " (" + n + ")"), s);
            XWPFTable t = w.table(List.of("Where", "Finding", "Rule"), new double[] {3.4, 9.7, 3.9});
            for (FindingGroups.Entry e : entries) {
                entryRow(w, t, e, cited);
            }
        }
    }

    private static void entryRow(WordWriter w, XWPFTable t, FindingGroups.Entry e, ReferenceIndex cited) {
        XWPFTableRow row = w.row(t, List.of(e.occurrences().get(0).where(), "", e.rule()));
        XWPFTableCell whereCell = row.getCell(0);
        for (FindingGroups.Occurrence o : e.occurrences().subList(1, e.count())) {
            w.cellParagraph(whereCell, o.where());
        }
        // What else speaks of this paragraph: a reviewer who changes it sees which references follow.
        String label = e.occurrences().get(0).finding().paragraph();
        String citing = e.count() > 1 || label == null ? "" : cited.citedByLabels(label);
        if (!citing.isEmpty()) {
            XWPFRun line = whereCell.addParagraph().createRun();
            line.setText("Cited by: " + citing);
            line.setFontSize(8);
        }
        XWPFTableCell cell = row.getCell(1);
        XWPFParagraph message = cell.getParagraphs().get(0);
        if (e.count() > 1) {
            XWPFRun times = message.createRun();
            times.setBold(true);
            times.setText(e.count() + " places: ");
        }
        message.createRun().setText(e.message());
        for (FindingGroups.Occurrence o : e.occurrences()) {
            if (o.quote() != null) {
                quote(w.cellParagraph(cell, ""), o.quote(), e.count() > 1 ? o.where() : null);
            }
        }
        if (e.suggestion() != null && !e.suggestion().isBlank()) {
            XWPFParagraph p = w.cellParagraph(cell, "");
            XWPFRun label2 = p.createRun();
            label2.setBold(true);
            label2.setText("Suggestion: ");
            p.createRun().setText(e.suggestion());
        }
    }

    /** “… context |words| context …”: the context in italics, the words in bold. */
    private static void quote(XWPFParagraph p, Quote q, String where) {
        p.setIndentationLeft(284);
        if (where != null) {
            XWPFRun at = p.createRun();
            at.setText(where + ": ");
            at.setFontSize(8);
        }
        XWPFRun before = p.createRun();
        before.setItalic(true);
        before.setText("\u201c" + q.before());
        XWPFRun words = p.createRun();
        words.setBold(true);
        words.setText(q.words());
        XWPFRun after = p.createRun();
        after.setItalic(true);
        after.setText(q.after() + "\u201d");
    }

    /** The place of a finding as a reviewer finds it: the paragraph, then the line (text) or page (Word). */
    static String where(Finding f, boolean docx, PageEstimate pages) {
        String paragraph = ReviewerNames.paragraph(f.paragraph());
        if (f.paragraph() == null) {
            return paragraph;
        }
        if (!docx) {
            return paragraph + ", line " + f.location().line();
        }
        int page = pages.page(f.location().line());
        return page > 0 ? paragraph + ", page " + page : paragraph;
    }

    private void rulesThatRan(WordWriter w) {
        w.pageBreak();
        w.paragraph(WordWriter.HEADING_1, "Appendix: Rules that ran");
        w.paragraph(WordWriter.NOTE, rules.size() + " rules, listed by 'resolint rules'. The draft was held to"
                + " each of them; a rule not named under Findings found nothing.");
        XWPFTable t = w.table(List.of("Area", "Rule", "Severity", "What it checks"), new double[] {3.2, 4.2, 1.8, 7.8});
        for (RuleInfo r : rules) {
            w.row(t, List.of(ReviewerNames.area(areaOf(r.id())), r.id(), r.severity().id(), r.summary()));
        }
    }

    private static String areaOf(String rule) {
        int dot = rule.indexOf('.');
        return dot < 0 ? rule : rule.substring(0, dot);
    }

    /** The draft's own title on its cover ("Norway and Ghana: draft resolution"), or null. */
    static String draftTitle(FileResult r) {
        for (String line : r.model().getCover()) {
            String t = line.strip();
            if (t.toLowerCase(java.util.Locale.ROOT).contains("draft resolution") && t.length() < 160) {
                return t;
            }
        }
        return null;
    }

    private static String fileName(String path) {
        Path p = Path.of(path).getFileName();
        return p == null ? path : p.toString();
    }

    /** The date on the draft's cover (the first "14 April 2031" before the enacting formula). */
    static String draftDate(SourceText source) {
        if (source != null) {
            for (SourceLine line : source.lines()) {
                String t = line.text().strip();
                if (t.startsWith("The Security Council") || t.startsWith("“The Security Council")) {
                    break;
                }
                Matcher m = DATE.matcher(t);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return NO_DATE;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
