package org.resolint.report.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.resolint.check.FileResult;
import org.resolint.compare.ChangeSummary;
import org.resolint.engine.RuleInfo;
import org.resolint.facts.ReferenceFacts;
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
            header(w, result, source);
            summary(w, result);
            findings(w, result);
            if (changes != null) {
                ChangesSection.render(w, changes);
            }
            for (ReportSection s : ReportSections.extensions()) {
                if (s.hasData(result)) {
                    w.paragraph(WordWriter.HEADING_1, s.title());
                    s.render(w, result);
                }
            }
            rulesThatRan(w);
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

    private void header(WordWriter w, FileResult r, SourceText source) {
        String symbol = r.model().getSymbol();
        w.paragraph(WordWriter.TITLE, "Review report" + (symbol == null ? "" : ": " + symbol));
        w.paragraph(WordWriter.SUBTITLE, "Draft resolution of the Security Council, checked by resolint " + version);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Draft", symbol == null ? "no symbol in the text" : symbol});
        fields.add(new String[] {"Date of the draft", draftDate(source)});
        fields.add(new String[] {"File", r.path()});
        fields.add(new String[] {"Kind of text", r.model().getKind().name().toLowerCase(java.util.Locale.ROOT)});
        fields.add(new String[] {"Checked on", LocalDate.now().toString()});
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
        XWPFTable t = w.table(List.of("Area", "Errors", "Warnings", "Infos", "Total"), new double[] {5, 2.5, 2.5, 2.5, 2.5});
        Map<String, long[]> byArea = new TreeMap<>();
        for (Finding f : r.findings()) {
            byArea.computeIfAbsent(f.area(), k -> new long[3])[2 - f.severity().ordinal()]++;
        }
        for (Map.Entry<String, long[]> e : byArea.entrySet()) {
            long[] c = e.getValue();
            w.row(t, List.of(e.getKey(), "" + c[0], "" + c[1], "" + c[2], "" + (c[0] + c[1] + c[2])));
        }
        XWPFTableRow total = w.row(t, List.of("All areas", "" + errors, "" + warnings, "" + infos,
                "" + (errors + warnings + infos)));
        total.getTableCells().forEach(c -> c.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true)));
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

    private static void findings(WordWriter w, FileResult r) {
        w.paragraph(WordWriter.HEADING_1, "Findings by paragraph");
        if (r.findings().isEmpty()) {
            w.paragraph(WordWriter.BODY, "The rules found nothing to report.");
            return;
        }
        boolean docx = r.path().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
        w.paragraph(WordWriter.NOTE, "Paragraph: the label as a reader cites it (PP3 for the third preambular"
                + " paragraph). " + (docx ? "Line: the paragraph's position in the Word document."
                : "Line: the line in the draft file."));
        XWPFTable t = w.table(List.of("Paragraph", "Line", "Rule", "Severity", "Finding", "Suggestion"),
                new double[] {2.2, 1.1, 3.4, 1.8, 5.5, 3.0});
        ReferenceIndex cited = ReferenceIndex.of(ReferenceFacts.resolve(r.model()).targets());
        for (Finding f : r.findings().stream().sorted(Finding.BY_LOCATION).toList()) {
            XWPFTableRow row = w.row(t, List.of(f.paragraph() == null ? "whole text" : f.paragraph(),
                    "" + f.location().line(), f.rule(), f.severity().id(), f.message(),
                    f.suggestion() == null ? "" : f.suggestion()));
            // What else speaks of this paragraph: a reviewer who changes it sees which references follow.
            String citing = f.paragraph() == null ? "" : cited.citedByLabels(f.paragraph());
            if (!citing.isEmpty()) {
                var line = row.getCell(0).addParagraph().createRun();
                line.setText("Cited by: " + citing);
                line.setFontSize(8);
            }
            row.getCell(3).getParagraphs().get(0).getRuns().forEach(run -> {
                run.setBold(f.severity() == Severity.ERROR);
                run.setColor(switch (f.severity()) {
                    case ERROR -> "C00000";
                    case WARNING -> "9C5700";
                    case INFO -> "2F5496";
                });
            });
        }
    }

    private void rulesThatRan(WordWriter w) {
        w.paragraph(WordWriter.HEADING_1, "Rules that ran");
        w.paragraph(WordWriter.NOTE, rules.size() + " rules, listed by 'resolint rules'.");
        XWPFTable t = w.table(List.of("Rule", "Severity", "What it checks"), new double[] {4.5, 2, 10.5});
        for (RuleInfo r : rules) {
            w.row(t, List.of(r.id(), r.severity().id(), r.summary()));
        }
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
        return "not stated on the draft";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
