package org.resolint.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.resolint.Version;
import org.resolint.check.FileResult;
import org.resolint.compare.ChangeSummary;
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.report.JsonReporter;

/**
 * What the page shows for one checked draft: the DESIGN.md JSON document as the API returns it,
 * plus the draft paragraph by paragraph (label, kind, text) and, for each finding, where its words
 * stand in that text and the rule's rationale. The page renders this; it computes nothing itself.
 */
final class PageView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Explanations explanations;

    PageView(Explanations explanations) {
        this.explanations = explanations;
    }

    /** The DESIGN.md document, written by the same reporter as {@code check --format json}. */
    static String document(DraftChecks.Checked checked) throws IOException {
        StringWriter w = new StringWriter();
        new JsonReporter(Version.get()).write(checked.run(), w);
        return w.toString();
    }

    String render(DraftChecks.Checked checked) throws IOException {
        FileResult file = checked.file();
        ObjectNode root = JSON.createObjectNode();
        root.set("document", JSON.readTree(document(checked)));
        ObjectNode draft = root.putObject("draft");
        draft.put("name", file.path());
        draft.put("format", checked.format());
        draft.put("profile", file.profile() == null ? null : file.profile().name());
        draft.put("profileReason", file.profile() == null ? null : file.profile().reason());
        if (file.model().isEnactingFormulaPresent()) {
            draft.put("enactingFormulaLine", file.model().getEnactingFormula().line());
        }
        ArrayNode cover = draft.putArray("cover");
        file.model().getCover().forEach(cover::add);
        ArrayNode warnings = draft.putArray("warnings");
        file.warnings().forEach(warnings::add);
        List<Paragraph> paragraphs = file.model().getParagraphs();
        ArrayNode ps = root.putArray("paragraphs");
        for (Paragraph p : paragraphs) {
            ObjectNode n = ps.addObject();
            n.put("label", p.getLabel());
            n.put("marker", p.getMarker());
            n.put("kind", p.getKind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("depth", p.getDepth());
            n.put("line", p.getLine());
            n.put("text", p.getText());
        }
        ArrayNode fs = root.putArray("findings");
        int i = 0;
        for (Finding f : file.findings()) {
            WordSpans.Span span = WordSpans.of(paragraphs, f);
            ObjectNode n = fs.addObject();
            n.put("id", "f" + i++);
            n.put("rule", f.rule());
            n.put("area", f.area());
            n.put("severity", f.severity().id());
            n.put("paragraph", f.paragraph());
            n.put("line", f.location().line());
            n.put("column", f.location().column());
            n.put("message", f.message());
            n.put("suggestion", f.suggestion());
            n.put("explain", explanations.of(f.rule()));
            n.put("at", span.paragraph());
            n.put("start", span.start());
            n.put("end", span.end());
            n.put("onLabel", span.onLabel());
        }
        ChangeSummary changes = checked.run().changes().get(file.path());
        if (changes != null) {
            ObjectNode c = root.putObject("changes");
            c.put("previous", changes.previousPath());
            ObjectNode counts = c.putObject("counts");
            changes.counts().forEach((type, count) -> counts.put(type.id(), count));
        }
        return JSON.writeValueAsString(root);
    }
}
