package org.resolint.web;

/**
 * The JSON of {@code GET /api/rules} and {@code GET /api/profiles}: written by the command line's own
 * writers ({@code resolint rules/profiles --format json}) and handed in, so the web package does not
 * reach back into the command line (no cli ↔ web cycle).
 */
public record Catalogs(String rulesJson, String profilesJson) {
}
