package org.resolint.rules.style;

import java.util.Locale;
import org.resolint.model.Paragraph;

/** Small wording helpers the style rules call for their messages and suggestions. */
public final class Wording {
    private Wording() {
    }

    /** "Underscores" → "Underscoring", "Decides" → "Deciding", "Notes" → "Noting". */
    public static String participle(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.endsWith("ies")) {
            v = v.substring(0, v.length() - 3) + "y";
        } else if (v.endsWith("sses") || v.endsWith("shes") || v.endsWith("ches") || v.endsWith("xes")) {
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            v = v.substring(0, v.length() - 1);
        }
        String ing = v + "ing";
        return Character.toUpperCase(ing.charAt(0)) + ing.substring(1);
    }

    /** How a paragraph is named in a message: "preambular paragraph PP3", "paragraph 12 (b)". */
    public static String name(Paragraph p) {
        return switch (p.getKind()) {
            case PREAMBULAR -> "Preambular paragraph " + p.getLabel();
            case OPERATIVE, SUBPARAGRAPH -> "Paragraph " + p.getLabel();
            default -> p.getKind().name().charAt(0) + p.getKind().name().substring(1).toLowerCase(Locale.ROOT)
                    + " " + p.getLabel();
        };
    }

    /** The name inside a sentence: "preambular paragraph PP3", "paragraph 12". */
    public static String inText(Paragraph p) {
        String n = name(p);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** Offset of the last visible character of the paragraph's text, where its end punctuation stands. */
    public static int end(Paragraph p) {
        return Math.max(0, p.getText().stripTrailing().length() - 1);
    }

    /** "a comma", "a semicolon", "no punctuation" for a terminal mark. */
    public static String mark(String m) {
        return switch (m) {
            case "," -> "a comma";
            case ";" -> "a semicolon";
            case "." -> "a full stop";
            case ":" -> "a colon";
            default -> "no punctuation mark";
        };
    }

    /**
     * Why a spelling is not the UN's, one story for every form (-ise for -ize, a US form, a
     * compound written apart), so that a draft's spelling slips are one finding with all their
     * places: the drafter fixes them in one pass, and a draft written with a US or a British
     * spell-checker does not get one line per word.
     */
    public static String spellingRule(String word, String suggestion) {
        return "UN spelling is Oxford spelling (organization, programme, centre, labour, Secretary-General)";
    }

    /** Whether a sub-paragraph belongs to an operative paragraph (its top-level ancestor is one). */
    public static boolean inOperative(Paragraph p) {
        Paragraph top = p;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getKind() == org.resolint.model.ParagraphKind.OPERATIVE;
    }
}
