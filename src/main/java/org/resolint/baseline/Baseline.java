package org.resolint.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.check.ReportPaths;

/**
 * Findings a team has accepted, each with a reason: Word drafts cannot carry suppression
 * comments, so acceptance lives beside them in {@code .resolint-baseline.json}. A finding
 * matches an entry with the same path (relative to the working directory) and
 * {@link Fingerprint}; each entry accepts one finding, so a second occurrence is still new.
 */
public final class Baseline {
    public static final String DEFAULT_FILE = ".resolint-baseline.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    /** The file's shape: {@code fingerprint} names the recipe ({@link Fingerprint#KEY}). */
    public record Document(String tool, String version, String fingerprint, List<BaselineEntry> findings) {
        public Document {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    private final Document document;

    private Baseline(Document document) {
        this.document = document;
    }

    public List<BaselineEntry> entries() {
        return document.findings();
    }

    public static Baseline load(Path file) throws BaselineException {
        Document doc;
        try {
            doc = JSON.readValue(Files.readAllBytes(file), Document.class);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such baseline file (record one with 'resolint baseline')", e);
        } catch (IOException e) {
            throw new BaselineException(file + ": not a resolint baseline: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        if (doc == null || doc.fingerprint() != null && !Fingerprint.KEY.equals(doc.fingerprint())) {
            throw new BaselineException(file + ": baseline made with fingerprint " + (doc == null ? "none"
                    : doc.fingerprint()) + ", this resolint uses " + Fingerprint.KEY + "; record it again", null);
        }
        return new Baseline(doc);
    }

    /**
     * Records every finding of a run. Reasons already given in {@code previous} (may be null) are
     * kept for the findings that still match, so re-recording never loses a team's words.
     */
    public static Baseline record(CheckRun run, String version, Baseline previous) {
        Map<String, Deque<String>> reasons = new HashMap<>();
        if (previous != null) {
            for (BaselineEntry e : previous.entries()) {
                reasons.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e.reason() == null ? "" : e.reason());
            }
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (FileResult file : run.files()) {
            String path = ReportPaths.relative(file.path());
            for (Finding f : file.findings()) {
                String fp = Fingerprint.of(f, file.model());
                Deque<String> kept = reasons.get(BaselineEntry.key(path, fp));
                String reason = kept == null || kept.isEmpty() ? "" : kept.poll();
                entries.add(new BaselineEntry(path, f.rule(), f.paragraph(), fp, f.message(), reason));
            }
        }
        return new Baseline(new Document("resolint", version, Fingerprint.KEY, entries));
    }

    public void write(Writer out) throws IOException {
        JSON.writeValue(out, document);
        out.write("\n");
        out.flush();
    }

    /** The run without the findings this baseline accepts, and how many it accepted. */
    public CheckRun apply(CheckRun run) {
        Map<String, Integer> left = new HashMap<>();
        for (BaselineEntry e : entries()) {
            left.merge(e.key(), 1, Integer::sum);
        }
        // Each entry accepts one finding: two identical findings need two entries.
        return run.without((path, file, f) -> {
            String key = BaselineEntry.key(path, Fingerprint.of(f, file.model()));
            Integer n = left.get(key);
            if (n == null || n == 0) {
                return false;
            }
            left.put(key, n - 1);
            return true;
        });
    }
}
