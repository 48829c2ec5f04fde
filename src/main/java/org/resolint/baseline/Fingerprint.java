package org.resolint.baseline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.resolint.model.Finding;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;

/**
 * A finding's identity across runs, for SARIF {@code partialFingerprints} and baselines alike.
 * It hashes the rule id, the paragraph label, the paragraph's normalized text and the finding's
 * place inside that paragraph, never the line number, so edits elsewhere in the draft leave it
 * unchanged. A whole-text finding hashes its rule and its message with digits masked (messages
 * quote line numbers).
 */
public final class Fingerprint {
    /** The key under {@code partialFingerprints}; bump the suffix if the recipe ever changes. */
    public static final String KEY = "resolint/v1";

    private Fingerprint() {
    }

    public static String of(Finding finding, Resolution model) {
        Paragraph p = paragraphOf(finding, model);
        StringBuilder b = new StringBuilder(finding.rule()).append('\u0000');
        if (p == null) {
            b.append(finding.paragraph() == null ? "-" : finding.paragraph()).append('\u0000')
                    .append(normalize(finding.message()).replaceAll("\\d+", "#"));
        } else {
            b.append(p.getLabel()).append('\u0000').append(normalize(p.getText()))
                    .append('\u0000').append(offsetIn(p, finding.location()));
        }
        return sha256(b.toString()).substring(0, 32);
    }

    /** The paragraph a finding names: the one with its label that spans its line (labels can repeat). */
    static Paragraph paragraphOf(Finding finding, Resolution model) {
        if (finding.paragraph() == null || model == null) {
            return null;
        }
        Paragraph first = null;
        int line = finding.location() == null ? -1 : finding.location().line();
        for (Paragraph p : model.getParagraphs()) {
            if (!finding.paragraph().equals(p.getLabel())) {
                continue;
            }
            if (line >= p.getLine() && line <= Math.max(p.getLine(), p.getLastLine())) {
                return p;
            }
            if (first == null) {
                first = p;
            }
        }
        return first;
    }

    /** Where the finding stands relative to the paragraph's start: survives lines added above. */
    private static String offsetIn(Paragraph p, Location at) {
        if (at == null) {
            return "";
        }
        int lines = at.line() - p.getLine();
        return lines == 0 ? Integer.toString(at.column() - p.getColumn()) : lines + ":" + at.column();
    }

    static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ").strip();
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
