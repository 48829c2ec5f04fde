package org.resolint.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.model.Location;
import org.resolint.model.TextEdit;

/**
 * One finding per problem: the findings of a rule that name the same word (or the same slip) in
 * one draft become one, at the first place, with a count and every other place in
 * {@code related}: {@code … (3 times: lines 12, 40, 77)}. Which rules group, and on what, each
 * rule declares once in its DRL metadata ({@code @group}); the rules themselves stay simple.
 */
public final class FindingGroups {
    /** What makes two findings of one rule the same problem. */
    public enum Key {
        /** The first quoted word or phrase of the message ("UN", "SFOR", "Decides"), in any case. */
        WORD,
        /** The same suggestion. */
        SUGGESTION,
        /** The same message once its quoted words, numbers and paragraph label are set aside (the same slip). */
        SHAPE
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”");

    private final Map<String, Key> keys;

    public FindingGroups(Map<String, Key> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The findings (sorted by place) with each group of repeats made one finding, still sorted by place. */
    public List<Finding> apply(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        int single = 0;
        for (Finding f : findings) {
            Key key = keys.get(f.rule());
            String k = key == null ? "#" + single++ : f.rule() + "\u0000" + keyOf(f, key);
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>(groups.size());
        for (List<Finding> g : groups.values()) {
            out.add(g.size() == 1 ? g.get(0) : merge(g));
        }
        out.sort(Finding.BY_LOCATION);
        return out;
    }

    static String keyOf(Finding f, Key key) {
        return switch (key) {
            case WORD -> {
                String w = firstQuoted(f.message());
                yield w == null ? shape(f) : w.toLowerCase(Locale.ROOT);
            }
            case SUGGESTION -> String.valueOf(f.suggestion());
            case SHAPE -> shape(f);
        };
    }

    /** The message with quoted words, numbers and sub-paragraph letters ("2 (b)", "PP3") masked. */
    static String shape(Finding f) {
        return QUOTED.matcher(f.message()).replaceAll("\"…\"").replaceAll("\\([a-z]{1,5}\\)", "(…)")
                .replaceAll("\\d+", "#");
    }

    private static String firstQuoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** The first finding, told how many times and where; the others' places (and their own related) in related. */
    private static Finding merge(List<Finding> g) {
        Finding first = g.get(0);
        Set<Location> related = new LinkedHashSet<>(first.related());
        Set<Integer> lines = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        String firstWord = firstQuoted(first.message());
        var severity = first.severity();
        for (Finding f : g) {
            if (f != first) {
                related.add(f.location());
                related.addAll(f.related());
            }
            if (f.severity().compareTo(severity) > 0) {
                severity = f.severity();
            }
            lines.add(f.location().line());
            String w = firstQuoted(f.message());
            if (w != null && !w.equals(firstWord)) {
                words.add("\"" + w + "\"");
            }
        }
        related.remove(first.location());
        String also = words.isEmpty() ? "" : "; also " + String.join(", ", words);
        String message = first.message() + " (" + g.size() + " times: " + (lines.size() == 1 ? "line " : "lines ")
                + String.join(", ", lines.stream().map(String::valueOf).toList()) + also + ")";
        // the first place keeps its span and help; the others are listed in related, their fixes join its own
        return first.withSeverity(severity).withMessage(message).withRelated(new ArrayList<>(related))
                .withFixes(fixes(g));
    }

    /** The group's fixes, those with one title (the same word mended the same way) made one fix with all their edits. */
    static List<Fix> fixes(List<Finding> g) {
        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        Map<String, Fix> first = new LinkedHashMap<>();
        for (Finding f : g) {
            for (Fix fix : f.fixes()) {
                String k = fix.applicability() + "\u0000" + fix.title();
                first.putIfAbsent(k, fix);
                edits.computeIfAbsent(k, x -> new ArrayList<>()).addAll(fix.edits());
            }
        }
        List<Fix> out = new ArrayList<>();
        first.forEach((k, fix) -> out.add(new Fix(fix.title(), fix.applicability(), edits.get(k))));
        return out;
    }
}
