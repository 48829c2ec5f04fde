package org.resolint.parse;

import org.resolint.model.TextKind;

/** What the cover lines say about the text: its symbol, and number and year if adopted. */
record Masthead(String symbol, Integer number, Integer year, TextKind kind) {
}
