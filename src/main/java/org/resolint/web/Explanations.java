package org.resolint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.resolint.engine.RuleEngine;

/** A rule's rationale, as {@code resolint explain RULE} prints it under "Why:" (else its summary), read once per rule. */
final class Explanations {
    private final RuleEngine engine;
    private final Map<String, String> byRule = new ConcurrentHashMap<>();

    Explanations(RuleEngine engine) {
        this.engine = engine;
    }

    String of(String rule) {
        return byRule.computeIfAbsent(rule, this::read);
    }

    private String read(String rule) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> meta : engine.metadata(rule)) {
            Object r = meta.get("rationale");
            if (r != null && !r.toString().isBlank() && !parts.contains(r.toString())) {
                parts.add(r.toString());
            }
        }
        if (parts.isEmpty()) {
            // Most rules record no rationale yet: their summary is what explain has to say.
            engine.rules().stream().filter(r -> r.id().equals(rule)).findFirst().ifPresent(r -> parts.add(r.summary()));
        }
        return String.join(" ", parts);
    }
}
