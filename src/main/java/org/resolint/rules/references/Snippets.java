package org.resolint.rules.references;

import org.resolint.model.Paragraph;

/** Wording for reference findings, kept out of the DRL so the rules stay readable. */
public final class Snippets {
    private Snippets() {
    }

    /** The first words of a paragraph, to show what it is about. */
    public static String opening(Paragraph p) {
        String[] w = p.getText().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(8, w.length); i++) {
            b.append(i == 0 ? "" : " ").append(w[i]);
        }
        return w.length > 8 ? b + " …" : b.toString();
    }
}
