package org.resolint.engine;

import java.util.List;
import java.util.Map;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;

/**
 * A rule written in Java, for a scoring check that is not relational (the drift of references,
 * which weighs every break point; the stale references of a previous text). It has what a DRL
 * rule declares in its metadata, and reports to the same {@link FindingSink}: pass the rule itself
 * where a DRL consequence passes {@code drools}. An area lists its Java rules in
 * {@link RuleArea#javaRules()}; they run after the DRL rules of each draft, over the same facts.
 */
public interface JavaRule {
    /** {@code area.name}, as a DRL rule's {@code @id}. */
    String id();

    Severity severity();

    /** One line saying what it checks, as a DRL rule's {@code @summary}. */
    String summary();

    /** The other metadata a DRL rule may declare ({@code rationale}, {@code example}, {@code group}, {@code enabled}). */
    default Map<String, Object> traits() {
        return Map.of();
    }

    /** Looks at the draft and the facts every area derived for it; reports through {@code findings}. */
    void check(Resolution resolution, List<?> facts, FindingSink findings);
}
