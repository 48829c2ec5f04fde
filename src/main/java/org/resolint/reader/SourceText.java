package org.resolint.reader;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reader hands the parser: the file's text as lines, each with its location, and
 * warnings about the file that are not findings (a .docx with unaccepted tracked changes).
 */
public record SourceText(Path path, String format, List<SourceLine> lines, List<String> warnings) {
    public SourceText {
        lines = List.copyOf(lines);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SourceText(Path path, String format, List<SourceLine> lines) {
        this(path, format, lines, List.of());
    }
}
