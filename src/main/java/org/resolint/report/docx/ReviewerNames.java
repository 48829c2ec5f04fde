package org.resolint.report.docx;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.resolint.model.Severity;

/** The words a reviewer reads in place of ids: areas, severities, paragraph labels. */
public final class ReviewerNames {
    private static final Map<String, String> AREAS = Map.of(
            "numbering", "Paragraph numbering",
            "chapter7", "Chapter VII",
            "citation", "Citations of other resolutions",
            "clause", "Required clauses",
            "reference", "Internal references",
            "structure", "Structure of the text",
            "style", "Style and spelling",
            "term", "Terms and acronyms");
    private static final Pattern PREAMBULAR = Pattern.compile("PP(\\d+)");
    /** An operative paragraph without a number, by its position ("OP5"). */
    private static final Pattern UNNUMBERED = Pattern.compile("OP(\\d+)");

    private ReviewerNames() {
    }

    /** "Paragraph numbering" for {@code numbering}; an unknown area reads as its id, capitalised. */
    public static String area(String id) {
        String name = AREAS.get(id);
        if (name != null) {
            return name;
        }
        return id.isEmpty() ? id : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    /** "Errors", "Warnings", "For information". */
    public static String severityHeading(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "For information";
        };
    }

    /** What a severity asks of the reviewer (the legend). */
    public static String severityMeaning(Severity s) {
        return switch (s) {
            case ERROR -> "A mistake the text cannot be circulated with: correct it.";
            case WARNING -> "Probably a mistake, or a departure from Security Council practice: check it"
                    + " and correct it or keep it on purpose.";
            case INFO -> "A point for information: no change is needed unless it was unintended.";
        };
    }

    /** "Preambular paragraph 3" for PP3, "Paragraph 3 (d)" for 3 (d), "Whole draft" for none. */
    public static String paragraph(String label) {
        if (label == null || label.isEmpty()) {
            return "Whole draft";
        }
        var m = PREAMBULAR.matcher(label);
        if (m.matches()) {
            return "Preambular paragraph " + m.group(1);
        }
        var u = UNNUMBERED.matcher(label);
        if (u.matches()) {
            return "Operative paragraph " + u.group(1) + " (unnumbered)";
        }
        if (label.startsWith("Annex")) {
            return label;
        }
        return "Paragraph " + label;
    }
}
