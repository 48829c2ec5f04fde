package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;

/** The part of a resolution a clause must stand in. */
public enum Where {
    PREAMBLE, OPERATIVE, EITHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Where of(String word) {
        for (Where w : values()) {
            if (w.id().equals(word)) {
                return w;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a place; allowed: preamble, operative, either");
    }

    /** The part a paragraph belongs to (a sub-paragraph belongs to its top-level paragraph's part), or null. */
    public static Where partOf(Paragraph p) {
        Paragraph top = p;
        while (top.getKind() == ParagraphKind.SUBPARAGRAPH && top.getParent() != null) {
            top = top.getParent();
        }
        return switch (top.getKind()) {
            case PREAMBULAR -> PREAMBLE;
            case OPERATIVE -> OPERATIVE;
            default -> null;
        };
    }

    public boolean admits(Where part) {
        return part != null && (this == EITHER || this == part);
    }
}
