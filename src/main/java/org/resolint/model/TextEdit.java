package org.resolint.model;

/**
 * Replace the characters from {@code start} up to {@code end} (exclusive; same line) with
 * {@code replacement}. Positions are in the file's coordinates, as in {@link Finding#location()}.
 * {@code old} is the text being replaced, so an edit can be checked against the file before it is applied.
 */
public record TextEdit(Location start, Location end, String old, String replacement) {
}
