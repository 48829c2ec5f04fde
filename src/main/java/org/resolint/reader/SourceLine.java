package org.resolint.reader;

/**
 * One line of source text with its 1-based number in the file, and the 1-based column at
 * which {@code text} starts (readers that strip markup such as Markdown heading marks move it).
 */
public record SourceLine(int number, int column, String text) {
    public SourceLine(int number, String text) {
        this(number, 1, text);
    }
}
