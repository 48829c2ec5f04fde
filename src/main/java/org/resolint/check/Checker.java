package org.resolint.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;

/** reader → parser → engine for each file: the flow of DESIGN.md, one draft at a time. */
public final class Checker {
    private final RuleEngine engine;
    private final ResolutionParser parser = new ResolutionParser();

    public Checker(RuleEngine engine) {
        this.engine = engine;
    }

    public FileResult check(Path file) {
        String shown = file.toString();
        try {
            SourceText source = Readers.read(file);
            Resolution model = parser.parse(source);
            return FileResult.checked(shown, model, engine.check(model)).withWarnings(source.warnings());
        } catch (InputException e) {
            return FileResult.failed(shown, e.getMessage());
        } catch (RuleException e) {
            return FileResult.failed(shown, e.getMessage());
        }
    }

    public CheckRun checkAll(List<Path> files) {
        List<FileResult> results = new ArrayList<>(files.size());
        for (Path f : files) {
            results.add(check(f));
        }
        return new CheckRun(results);
    }
}
