package org.resolint.rules.chapter7;

import org.resolint.model.Paragraph;

/** One number for "where in the text": paragraph order first, then the offset inside it. */
final class Positions {
    private Positions() {
    }

    static long of(Paragraph p, int offset) {
        return p.getOrdinal() * 1_000_000L + offset;
    }
}
