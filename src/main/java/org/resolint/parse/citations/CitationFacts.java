package org.resolint.parse.citations;

import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.model.Resolution;

/** Inserts one {@link Citation} per cited resolution, statement or document. */
public final class CitationFacts implements FactProvider {
    @Override
    public List<?> facts(Resolution resolution) {
        return new CitationExtractor(ResolutionTable.bundled()).extract(resolution);
    }
}
