package org.resolint.testing;

import java.nio.file.Path;
import java.util.List;
import org.resolint.check.Checker;
import org.resolint.check.FileResult;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;

/** One engine with the bundled rules for the whole test run: compiling it costs about a second. */
public final class TestEngine {
    private static RuleEngine engine;

    private TestEngine() {
    }

    public static synchronized RuleEngine get() {
        if (engine == null) {
            try {
                engine = Engines.standard(List.of());
            } catch (RuleException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return engine;
    }

    public static Checker checker() {
        return new Checker(get());
    }

    public static FileResult check(Path file) {
        return checker().check(file);
    }

    /** Checks a draft with these rules switched on, as {@code check --enable RULE,…} does. */
    public static FileResult check(Path file, java.util.Set<String> enable) {
        return checker().switching(enable, java.util.Set.of()).check(file);
    }

    /** Checks a draft as {@code check --previous PREVIOUS} does: with the facts of {@code reference.stale}. */
    public static FileResult checkWithPrevious(Path file, Path previous) {
        try {
            Resolution before = new ResolutionParser().parse(org.resolint.reader.Readers.read(previous));
            return checker().with(new org.resolint.compare.StaleReferenceFacts(before)).check(file);
        } catch (org.resolint.reader.InputException e) {
            throw new IllegalStateException(previous + ": " + e.getMessage(), e);
        }
    }

    /** Parses text given inline, as if it were the file {@code name}. */
    public static Resolution parse(String name, String text) {
        List<SourceLine> lines = new java.util.ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        return new ResolutionParser().parse(new SourceText(Path.of(name), "text", lines));
    }

}
