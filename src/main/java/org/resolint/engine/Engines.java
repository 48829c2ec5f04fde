package org.resolint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the engine the CLI and tests use: bundled rules, plus any folders the user adds. */
public final class Engines {
    private Engines() {
    }

    /** The fact providers of every area, in the order their facts are inserted. */
    public static List<FactProvider> providers() throws RuleException {
        return List.of(new org.resolint.style.StyleFacts(org.resolint.style.StyleLexicon.bundled()),
                new org.resolint.terms.TermFacts(org.resolint.terms.TermLexicon.bundled()));
    }

    public static RuleEngine standard(List<Path> extraRuleDirs) throws RuleException {
        List<RuleSource> sources = new ArrayList<>(RuleLoader.bundled());
        for (Path dir : extraRuleDirs) {
            sources.addAll(RuleLoader.folder(dir));
        }
        return RuleEngine.compile(sources, providers());
    }
}
