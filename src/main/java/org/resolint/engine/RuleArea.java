package org.resolint.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One area of the rule set as the engine sees it: the provider of its facts and its Java rules
 * (its DRL rules live in {@code rules/<area>/}). Areas are found
 * through {@link java.util.ServiceLoader} (META-INF/services/org.resolint.engine.RuleArea, in the
 * order their facts are inserted), so the engine imports none of them.
 */
public interface RuleArea {
    /** The area's fact provider; {@code ruleDirs} are the user's rule folders, whose word lists add to the bundled ones. */
    FactProvider provider(List<Path> ruleDirs) throws RuleException;

    /** The area's rules written in Java (scoring checks that are not relational); most areas have none. */
    default List<JavaRule> javaRules() {
        return List.of();
    }
}
