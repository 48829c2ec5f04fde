package org.resolint.fix;

import org.resolint.model.Location;

/** Something the drafter should know about a fix: an ambiguous reference, an edit left out. */
public record Note(Location at, String message) {
}
