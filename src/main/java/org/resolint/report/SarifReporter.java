package org.resolint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resolint.check.ReportPaths;
import org.resolint.baseline.Fingerprint;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.cards.RuleCards;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.model.TextEdit;
import org.resolint.model.Location;
import org.resolint.model.Severity;

/**
 * SARIF 2.1.0 for code-scanning services (GitHub uploads it as is): every rule in
 * {@code tool.driver.rules}, one result per finding with a physical location relative to the
 * working directory and a {@link Fingerprint} under {@code partialFingerprints}. Files that
 * could not be read become tool execution notifications, and the invocation is marked failed.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the writer

    private final String version;
    private final List<RuleInfo> rules;
    private final RuleCards cards;

    public SarifReporter(String version, List<RuleInfo> rules) {
        this(version, rules, RuleCards.none());
    }

    /** With each rule's {@code help} written from its rule card (summary, rationale). */
    public SarifReporter(String version, List<RuleInfo> rules, RuleCards cards) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.cards = cards;
    }

    @Override
    public void write(CheckRun run, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode sarifRun = root.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "resolint");
        driver.put("version", version);
        driver.put("semanticVersion", version);
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleInfo r : rules) {
            ruleIndex.put(r.id(), ruleIndex.size());
            writeRule(ruleArray.addObject(), r);
        }
        ObjectNode invocation = sarifRun.putArray("invocations").addObject();
        invocation.put("executionSuccessful", !run.anyFailed());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        sarifRun.put("columnKind", "utf16CodeUnits");
        ArrayNode results = sarifRun.putArray("results");
        for (FileResult file : run.files()) {
            String uri = uri(ReportPaths.relative(file.path()));
            if (file.failed()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", file.error());
                n.putArray("locations").addObject().putObject("physicalLocation")
                        .putObject("artifactLocation").put("uri", uri);
                continue;
            }
            for (Finding f : file.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", f.rule());
                if (ruleIndex.containsKey(f.rule())) {
                    result.put("ruleIndex", ruleIndex.get(f.rule()));
                }
                result.put("level", level(f.severity()));
                result.putObject("message").put("text", message(f));
                ObjectNode loc = result.putArray("locations").addObject();
                ObjectNode region = physical(loc.putObject("physicalLocation"), uri, f.location());
                if (f.end() != null) {
                    region.put("endLine", f.end().line());
                    region.put("endColumn", f.end().column());
                }
                if (f.paragraph() != null) {
                    loc.putArray("logicalLocations").addObject()
                            .put("name", f.paragraph()).put("kind", "paragraph");
                }
                if (!f.related().isEmpty()) {
                    ArrayNode related = result.putArray("relatedLocations");
                    int id = 1;
                    for (Location l : f.related()) {
                        ObjectNode r = related.addObject();
                        r.put("id", id++);
                        physical(r.putObject("physicalLocation"), uri, l);
                    }
                }
                result.putObject("partialFingerprints").put(Fingerprint.KEY, Fingerprint.of(f, file.model()));
                if (f.suggestion() != null) {
                    result.putObject("properties").put("suggestion", f.suggestion());
                }
                writeFixes(result, uri, f);
            }
        }
        JSON.writeValue(out, root);
        out.write("\n");
        out.flush();
    }

    private void writeRule(ObjectNode node, RuleInfo r) {
        node.put("id", r.id());
        node.put("name", name(r.id()));
        String summary = cards.summary(r);
        node.putObject("shortDescription").put("text", summary);
        node.putObject("fullDescription").put("text", summary + " (" + r.severity().id()
                + ", area " + r.area() + ", defined in " + r.file() + ")");
        String rationale = cards.rationale(r.id());
        String baseline = "To accept a finding of " + r.id() + " with a reason, record it in a baseline: "
                + "`resolint baseline DRAFTS --output .resolint-baseline.json`, then "
                + "`resolint check --baseline .resolint-baseline.json`.";
        String text = summary + ". " + (rationale == null ? "" : rationale + " ")
                + "`resolint explain " + r.id() + "` shows examples. " + baseline;
        String markdown = "**" + summary + "**\n\n" + (rationale == null ? "" : rationale + "\n\n")
                + "`resolint explain " + r.id() + "` shows examples where it fires and where it stays quiet.\n\n" + baseline;
        node.putObject("help").put("text", text).put("markdown", markdown);
        node.putObject("defaultConfiguration").put("level", level(r.severity()));
        node.putObject("properties").putArray("tags").add("resolint").add(r.area());
    }

    private static ObjectNode physical(ObjectNode node, String uri, Location at) {
        node.putObject("artifactLocation").put("uri", uri);
        Location l = at == null ? Location.START : at;
        ObjectNode region = node.putObject("region");
        region.put("startLine", Math.max(1, l.line()));
        region.put("startColumn", Math.max(1, l.column()));
        return region;
    }

    /** SARIF 2.1.0 §3.55: a fix is a description and the replacements it makes in one artifact. */
    private static void writeFixes(ObjectNode result, String uri, Finding f) {
        if (f.fixes().isEmpty()) {
            return;
        }
        ArrayNode fixes = result.putArray("fixes");
        for (Fix fix : f.fixes()) {
            ObjectNode node = fixes.addObject();
            node.putObject("description").put("text", fix.title() + " (" + fix.applicability().id() + ")");
            ObjectNode change = node.putArray("artifactChanges").addObject();
            change.putObject("artifactLocation").put("uri", uri);
            ArrayNode replacements = change.putArray("replacements");
            for (TextEdit e : fix.edits()) {
                ObjectNode r = replacements.addObject();
                ObjectNode deleted = r.putObject("deletedRegion");
                deleted.put("startLine", e.start().line());
                deleted.put("startColumn", e.start().column());
                deleted.put("endLine", e.end().line());
                deleted.put("endColumn", e.end().column());
                r.putObject("insertedContent").put("text", e.replacement());
            }
        }
    }

    private static String message(Finding f) {
        String where = Where.prefix(f);
        String hint = f.suggestion() == null ? "" : " (suggestion: " + f.suggestion() + ")";
        return where + f.message() + hint;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code numbering.duplicate} → {@code NumberingDuplicate}: SARIF wants a readable identifier. */
    static String name(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[.\\-]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** A relative URI reference: unreserved characters and '/' kept, everything else percent-encoded. */
    static String uri(String relativePath) {
        StringBuilder b = new StringBuilder();
        for (byte x : relativePath.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }
}
