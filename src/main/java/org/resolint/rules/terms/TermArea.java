package org.resolint.rules.terms;

import java.nio.file.Path;
import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.engine.RuleArea;
import org.resolint.engine.RuleException;

/** The term area's facts, with the word lists of the user's rule folders: found by the engine through ServiceLoader. */
public final class TermArea implements RuleArea {
    @Override
    public FactProvider provider(List<Path> ruleDirs) throws RuleException {
        return new TermFacts(TermLexicon.withFolders(ruleDirs));
    }
}
