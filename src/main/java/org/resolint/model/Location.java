package org.resolint.model;

/** 1-based line and column in the file as given (for .docx: body-paragraph index and column). */
public record Location(int line, int column) implements Comparable<Location> {
    public static final Location START = new Location(1, 1);

    @Override
    public int compareTo(Location o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
