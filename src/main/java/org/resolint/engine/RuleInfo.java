package org.resolint.engine;

import org.resolint.model.Severity;

/** A rule's identity as its DRL metadata declares it: {@code @id}, {@code @severity}, {@code @summary}. */
public record RuleInfo(String id, Severity severity, String summary, String file) {
    public String area() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
