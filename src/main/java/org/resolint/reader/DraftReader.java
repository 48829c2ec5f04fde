package org.resolint.reader;

import java.nio.file.Path;

/** Turns one file format into located lines of text. */
public interface DraftReader {
    SourceText read(Path file) throws InputException;
}
