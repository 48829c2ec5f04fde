package org.resolint.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Direction;
import org.resolint.model.Paragraph;
import org.resolint.model.Reference;

/**
 * Writes a reference again so that each label names the paragraph it should:
 * "paragraphs 30 to 35 above" with 30 → 31 and 35 → 36 becomes "paragraphs 31 to 36 above",
 * "subparagraph (b) above" with (b) → 5 (c) becomes "subparagraph (c) above". The words around
 * the labels stay as written; when the labels cannot be swapped in place the labels are listed.
 * Numbers and marks are found by {@link ReferenceTokens}, as {@code fix} finds them.
 */
public final class ReferenceRewriter {
    private static final Pattern LABEL = Pattern.compile("^(\\d{1,3})((?: \\([^)]+\\))*)$");

    private ReferenceRewriter() {
    }

    /**
     * The reference of {@code targets} (the carried labels of one reference) with each label whose
     * intended paragraph is known and differs from the one it names replaced; other labels stay.
     * Null when nothing needs to change.
     */
    public static String rewrite(List<CarriedTarget> targets) {
        return rewrite(targets, Paragraph::getLabel);
    }

    /**
     * As {@link #rewrite(List)}, naming each intended paragraph by {@code label}: the number it
     * carries once a duplicate number is renumbered ({@link org.resolint.model.Renumbered}), so
     * that the suggestion agrees with numbering.duplicate's (issue #17 item 6).
     */
    public static String rewrite(List<CarriedTarget> targets, java.util.function.Function<Paragraph, String> label) {
        if (targets.isEmpty()) {
            return null;
        }
        Reference reference = targets.get(0).now().getReference();
        Map<String, Paragraph> intended = new java.util.LinkedHashMap<>();
        Map<String, Paragraph> current = new HashMap<>();
        for (CarriedTarget t : targets) {
            if (t.intended() != null && (t.intended() != t.now().getTarget()
                    || !label.apply(t.intended()).equals(t.intended().getLabel()))) {
                intended.put(t.written(), t.intended());
                current.put(t.written(), t.now().getTarget());
            }
        }
        return rewrite(reference, intended, current, label);
    }

    private static String rewrite(Reference reference, Map<String, Paragraph> intended, Map<String, Paragraph> current,
                                  java.util.function.Function<Paragraph, String> label) {
        String raw = reference.raw();
        Map<String, String> numbers = new HashMap<>();
        Map<String, String> marks = new HashMap<>();
        boolean numbersOnly = true;
        boolean lastMarkOnly = true;
        for (Map.Entry<String, Paragraph> e : intended.entrySet()) {
            Paragraph scope = current.get(e.getKey()) != null ? current.get(e.getKey()) : e.getValue();
            String from = full(e.getKey(), scope);
            String to = label.apply(e.getValue());
            Matcher a = LABEL.matcher(from);
            Matcher b = LABEL.matcher(to);
            if (!a.matches() || !b.matches()) {
                numbersOnly = false;
                lastMarkOnly = false;
                continue;
            }
            numbersOnly &= a.group(2).equals(b.group(2)) && consistent(numbers, a.group(1), b.group(1))
                    && (!e.getKey().startsWith("(") || a.group(1).equals(b.group(1)));
            List<String> ma = marksOf(a.group(2));
            List<String> mb = marksOf(b.group(2));
            lastMarkOnly &= a.group(1).equals(b.group(1)) && ma.size() == mb.size() && !ma.isEmpty()
                    && ma.subList(0, ma.size() - 1).equals(mb.subList(0, mb.size() - 1))
                    && consistent(marks, ma.get(ma.size() - 1), mb.get(mb.size() - 1));
        }
        String out;
        if (numbersOnly) {
            out = replaceAll(raw, true, numbers);
        } else if (lastMarkOnly) {
            out = replaceAll(raw, false, marks);
        } else {
            out = listed(reference, intended, label);
        }
        out = direction(reference, intended, out);
        return out.equals(raw) ? null : out;
    }

    /** A label written as marks alone ("(b)") stands for the full label of the paragraph it resolves to. */
    private static String full(String written, Paragraph resolved) {
        if (!written.startsWith("(")) {
            return written;
        }
        int marks = marksOf(written).size();
        Paragraph scope = resolved;
        for (int i = 0; i < marks && scope != null; i++) {
            scope = scope.getParent();
        }
        return scope == null ? written : scope.getLabel() + " " + written;
    }

    private static boolean consistent(Map<String, String> map, String from, String to) {
        String had = map.putIfAbsent(from, to);
        return had == null || had.equals(to);
    }

    private static List<String> marksOf(String s) {
        return ReferenceTokens.written(s).stream().filter(w -> !w.number()).map(ReferenceTokens.Written::text).toList();
    }

    /** {@code raw} with its numbers (or its marks) replaced as {@code map} says, found by the one tokenizer. */
    private static String replaceAll(String raw, boolean numbers, Map<String, String> map) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (ReferenceTokens.Written w : ReferenceTokens.written(raw)) {
            if (w.number() == numbers) {
                b.append(raw, at, w.start()).append(map.getOrDefault(w.text(), w.text()));
                at = w.end();
            }
        }
        return b.append(raw.substring(at)).toString();
    }

    /** "paragraphs 31, 33 and 36 above": the trigger word, every label as it should be, the direction. */
    private static String listed(Reference reference, Map<String, Paragraph> intended,
                                 java.util.function.Function<Paragraph, String> label) {
        List<String> labels = new ArrayList<>();
        java.util.Set<String> inRange = new java.util.HashSet<>();
        for (Reference.Range r : reference.ranges()) {
            inRange.add(r.from());
            inRange.add(r.to());
        }
        for (String written : reference.targets()) {
            boolean interior = reference.ranges().stream().anyMatch(r -> r.spans(written));
            if (interior) {
                continue;
            }
            Reference.Range range = reference.ranges().stream().filter(r -> r.from().equals(written)).findFirst().orElse(null);
            if (range != null) {
                labels.add(shown(range.from(), intended, label) + " to " + shown(range.to(), intended, label));
            } else if (!inRange.contains(written)) {
                labels.add(shown(written, intended, label));
            }
        }
        String trigger = reference.raw().split("[\\s\\u00A0]+")[0];
        if (labels.size() > 1 && !trigger.endsWith("s") && !trigger.endsWith(".")) {
            trigger = trigger + "s";
        }
        String list = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        String tail = switch (reference.direction()) {
            case ABOVE -> " above";
            case BELOW -> " below";
            case THIS_RESOLUTION -> reference.raw().replaceFirst("(?s).*?(\\s+of\\s+(this|the present)\\s+resolution)$", "$1");
            default -> "";
        };
        return trigger + " " + list + tail;
    }

    private static String shown(String written, Map<String, Paragraph> intended,
                                java.util.function.Function<Paragraph, String> label) {
        Paragraph p = intended.get(written);
        return p == null ? written : label.apply(p);
    }

    /** "below" becomes "above" when every paragraph meant now stands before the reference, and back. */
    private static String direction(Reference reference, Map<String, Paragraph> intended, String out) {
        if (intended.isEmpty() || reference.direction() != Direction.ABOVE && reference.direction() != Direction.BELOW) {
            return out;
        }
        int at = reference.paragraph().getOrdinal();
        boolean allBefore = intended.values().stream().allMatch(p -> p.getOrdinal() < at);
        boolean allAfter = intended.values().stream().allMatch(p -> p.getOrdinal() > at);
        if (reference.direction() == Direction.BELOW && allBefore) {
            return out.replaceFirst("below$", "above");
        }
        if (reference.direction() == Direction.ABOVE && allAfter) {
            return out.replaceFirst("above$", "below");
        }
        return out;
    }
}
