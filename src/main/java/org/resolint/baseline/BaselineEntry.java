package org.resolint.baseline;

/**
 * One accepted finding: where it is, its {@link Fingerprint}, what it said when it was recorded
 * (for the reader of the file), and the reason a team gives for accepting it.
 */
public record BaselineEntry(String path, String rule, String paragraph, String fingerprint,
                            String message, String reason) {
    String key() {
        return key(path, fingerprint);
    }

    static String key(String path, String fingerprint) {
        return path + "\u0000" + fingerprint;
    }
}
