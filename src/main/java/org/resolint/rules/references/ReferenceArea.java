package org.resolint.rules.references;

import java.nio.file.Path;
import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.engine.JavaRule;
import org.resolint.engine.RuleArea;
import org.resolint.engine.RuleException;

/** The reference area's facts and Java rules: found by the engine through ServiceLoader. */
public final class ReferenceArea implements RuleArea {
    @Override
    public FactProvider provider(List<Path> ruleDirs) throws RuleException {
        return new ReferenceFacts();
    }

    @Override
    public List<JavaRule> javaRules() {
        return List.of(new DriftRule(), new StaleReferenceRule());
    }
}
