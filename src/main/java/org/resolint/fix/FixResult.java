package org.resolint.fix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code fix} made of a draft: the fixed file's bytes, a unified diff, notes for the
 * drafter, and the edits that were made.
 */
public record FixResult(byte[] fixed, List<String> diff, List<Note> notes, List<Edit> applied,
                        List<Uncarried> uncarried) {

    public FixResult {
        uncarried = uncarried == null ? List.of() : List.copyOf(uncarried);
    }

    public long renumbered() {
        return applied.stream().filter(e -> e.kind() == Edit.Kind.MARKER).count();
    }

    public long references() {
        return applied.stream().filter(e -> e.kind() == Edit.Kind.REFERENCE).mapToInt(Edit::group).distinct().count();
    }

    /** Rule id → fixes made. */
    public Map<String, Integer> ruleFixes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        // by rule id, whatever order the edits stand in
        applied.stream().filter(e -> e.kind() == Edit.Kind.RULE).sorted(java.util.Comparator.comparing(Edit::what))
                .forEach(e -> out.merge(e.what(), 1, Integer::sum));
        return out;
    }

    /** References that could not be carried: {@code fix} exits 1 and names them. */
    public boolean failed() {
        return !uncarried.isEmpty();
    }

    /** "renumbered 4 paragraphs, rewrote 6 references, 2 spelling fixes". */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("renumbered ").append(plural(renumbered(), "paragraph"));
        b.append(", rewrote ").append(plural(references(), "reference"));
        ruleFixes().forEach((rule, n) -> b.append(", ").append(n).append(' ')
                .append(rule.substring(rule.indexOf('.') + 1)).append(n == 1 ? " fix" : " fixes"));
        if (!notes.isEmpty()) {
            b.append("; ").append(plural(notes.size(), "note"));
        }
        if (!uncarried.isEmpty()) {
            b.append("; ").append(plural(uncarried.size(), "reference")).append(" left flagged");
        }
        return b.toString();
    }

    public boolean changed() {
        return !applied.isEmpty();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
