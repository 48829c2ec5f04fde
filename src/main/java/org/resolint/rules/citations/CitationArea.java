package org.resolint.rules.citations;

import java.nio.file.Path;
import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.engine.RuleArea;
import org.resolint.engine.RuleException;

/** The citation area's facts: found by the engine through ServiceLoader. */
public final class CitationArea implements RuleArea {
    @Override
    public FactProvider provider(List<Path> ruleDirs) throws RuleException {
        return new CitationFacts();
    }
}
