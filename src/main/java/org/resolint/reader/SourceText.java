package org.resolint.reader;

import java.nio.file.Path;
import java.util.List;

/** What a reader hands the parser: the file's text as lines, each with its location. */
public record SourceText(Path path, String format, List<SourceLine> lines) {
    public SourceText {
        lines = List.copyOf(lines);
    }
}
