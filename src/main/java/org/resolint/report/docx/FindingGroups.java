package org.resolint.report.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.resolint.model.Finding;
import org.resolint.model.Severity;
import org.resolint.reader.SourceText;

/**
 * The findings as the report lists them: errors, then warnings, then information; within each,
 * in the order of the paragraphs they are about; the same finding made on several places (the
 * same rule, message and suggestion once the paragraph's own label is left out) one entry with
 * a count and every place.
 */
public final class FindingGroups {
    /** Severities in the order a reviewer works through them. */
    public static final List<Severity> ORDER = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    /** One place a finding was made: where a reviewer finds it, and the words quoted. */
    public record Occurrence(Finding finding, String where, Quote quote) {
    }

    /** One finding, or one repeated finding with all its places (first place first). */
    public record Entry(String rule, Severity severity, String message, String suggestion,
                        List<Occurrence> occurrences) {
        public int count() {
            return occurrences.size();
        }
    }

    private final Map<Severity, List<Entry>> bySeverity;

    private FindingGroups(Map<Severity, List<Entry>> bySeverity) {
        this.bySeverity = bySeverity;
    }

    /** {@code where}: the place of a finding as the report names it ("Paragraph 3 (d), line 27"). */
    public static FindingGroups of(List<Finding> findings, SourceText source, Function<Finding, String> where) {
        Map<Severity, Map<String, List<Occurrence>>> groups = new EnumMap<>(Severity.class);
        Map<String, String> messages = new LinkedHashMap<>();
        for (Finding f : findings.stream().sorted(Finding.BY_LOCATION).toList()) {
            String message = withoutOwnLabel(f);
            String key = f.rule() + "\u0000" + message + "\u0000" + Objects.toString(f.suggestion(), "");
            messages.putIfAbsent(key, message);
            Quote quote = source == null ? null : Quote.of(FindingSpan.of(f, source), source);
            groups.computeIfAbsent(f.severity(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Occurrence(f, where.apply(f), quote));
        }
        Map<Severity, List<Entry>> out = new EnumMap<>(Severity.class);
        for (Severity s : ORDER) {
            List<Entry> entries = new ArrayList<>();
            for (Map.Entry<String, List<Occurrence>> g : groups.getOrDefault(s, Map.of()).entrySet()) {
                Finding first = g.getValue().get(0).finding();
                String message = plainLabels(messages.get(g.getKey()));
                entries.add(new Entry(first.rule(), s, message, first.suggestion(), List.copyOf(g.getValue())));
            }
            out.put(s, List.copyOf(entries));
        }
        return new FindingGroups(out);
    }

    public List<Entry> entries(Severity s) {
        return bySeverity.getOrDefault(s, List.of());
    }

    /** "Preambular paragraph PP2 opens …" reads "Preambular paragraph 2 opens …"; a bare "PP2" reads "preambular paragraph 2". */
    static String plainLabels(String message) {
        return message.replaceAll("([Pp]reambular paragraph )PP(\\d+)\\b", "$1$2")
                .replaceAll("\\bPP(\\d+)\\b", "preambular paragraph $1");
    }

    /**
     * The message without its opening "Preambular paragraph PP4: " (the report says where each
     * place is), so the same finding on two paragraphs reads the same.
     */
    static String withoutOwnLabel(Finding f) {
        String label = f.paragraph();
        if (label == null || label.isEmpty()) {
            return f.message();
        }
        String stripped = f.message().replaceFirst(
                "^(?:[A-Z][a-z-]+ )?(?:[Pp]aragraph |[Ss]ub-paragraph )?" + Pattern.quote(label) + ": ", "");
        if (stripped.isEmpty()) {
            return f.message();
        }
        return Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
    }
}
