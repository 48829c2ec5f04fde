package org.resolint.rules.chapter7;

import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.model.Resolution;

/** Inserts the Chapter VII facts of a text: invocations, determinations, enforcement language, collocations. */
public final class ChapterSevenFacts implements FactProvider {
    private final ChapterSevenAnalyzer analyzer = new ChapterSevenAnalyzer();

    @Override
    public List<?> facts(Resolution resolution) {
        return analyzer.analyze(resolution);
    }
}
