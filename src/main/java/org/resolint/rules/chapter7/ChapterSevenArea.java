package org.resolint.rules.chapter7;

import java.nio.file.Path;
import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.engine.RuleArea;
import org.resolint.engine.RuleException;

/** The Chapter VII area's facts: found by the engine through ServiceLoader. */
public final class ChapterSevenArea implements RuleArea {
    @Override
    public FactProvider provider(List<Path> ruleDirs) throws RuleException {
        return new ChapterSevenFacts();
    }
}
