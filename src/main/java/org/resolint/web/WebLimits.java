package org.resolint.web;

/**
 * What one server accepts: the largest request body, how long one check may run, and how many
 * checks run at once (others wait {@code queueSeconds} for a place, then get 503).
 */
public record WebLimits(long maxUploadBytes, int timeoutSeconds, int maxConcurrent, int queueSeconds) {
    /** 16 MB as the readers' own limit, 30 s, one check per core. */
    public static WebLimits standard() {
        return new WebLimits(16L * 1024 * 1024, 30, Math.max(1, Runtime.getRuntime().availableProcessors()), 10);
    }

    public WebLimits {
        if (maxUploadBytes <= 0 || timeoutSeconds <= 0 || maxConcurrent <= 0 || queueSeconds < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
