package org.resolint.rules.citations;

import java.util.ArrayList;
import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.model.Resolution;

/** Inserts one {@link Citation} per cited resolution, statement or document, one {@link DateMention} per date and
 * one {@link MonthFirstDate} per date written month first. */
public final class CitationFacts implements FactProvider {
    private final DateExtractor dates = new DateExtractor();

    @Override
    public List<?> facts(Resolution resolution) {
        List<Object> facts = new ArrayList<>(new CitationExtractor(ResolutionTable.bundled()).extract(resolution));
        facts.addAll(dates.extract(resolution));
        facts.addAll(dates.monthFirst(resolution));
        return facts;
    }
}
