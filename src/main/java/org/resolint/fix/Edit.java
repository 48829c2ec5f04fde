package org.resolint.fix;

import org.resolint.model.Location;

/**
 * One change to the draft, in the file's coordinates: the characters {@code old} that stand at
 * {@code at} become {@code replacement}. Edits never cross a line (a .docx paragraph), so a text
 * keeps its line ends and wrap, and every edit can be shown, accepted or rejected on its own.
 *
 * @param kind  what made it: a paragraph's number, a reference, or a rule's fix
 * @param what  the rule id for a rule's fix, the reference as written for a reference
 * @param group edits with the same group belong to one reference (counted once)
 */
public record Edit(Location at, String old, String replacement, Kind kind, String what, int group) {

    public enum Kind { MARKER, REFERENCE, RULE }
}
