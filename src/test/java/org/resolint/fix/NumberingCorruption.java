package org.resolint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.NumberStyle;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * Spoils the numbering of a correct text the way drafts go wrong, independently of the fixer:
 * from the k-th operative paragraph on, every number is shifted (+1: a number skipped; -1: the
 * k-th repeats the number before it), and every number written in an internal reference that
 * names one of those paragraphs is shifted with it, so each reference still points at the
 * paragraph it meant. Null when the text gives no well-defined case (see {@link #corrupt}).
 */
final class NumberingCorruption {
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.(])\\d{1,3}(?![\\d)]|\\.\\d)");

    private NumberingCorruption() {
    }

    /**
     * The spoilt text, or null when the case is not well defined: numbering restarts by section
     * or has insertions ("5 bis"), a reference names no paragraph, or (for a duplicate) a
     * reference names the k-th paragraph, which the repeated number makes ambiguous.
     */
    static String corrupt(String content, Resolution model, int k, int delta) {
        List<Paragraph> ops = model.getParagraphs().stream()
                .filter(p -> p.getKind() == ParagraphKind.OPERATIVE && p.getStyle() == NumberStyle.ARABIC).toList();
        if (ops.size() < 3 || k < 1 || k >= ops.size()
                || ops.stream().anyMatch(p -> !p.getSection().isEmpty() || p.isInsertion())) {
            return null;
        }
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).getValue() != i + 1) {
                return null;
            }
        }
        Map<Paragraph, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            index.put(ops.get(i), i);
        }
        ReferenceFacts.Resolved refs = ReferenceFacts.resolve(model);
        for (ReferenceTarget t : refs.targets()) {
            if (t.getTarget() == null) {
                return null;
            }
            if (delta < 0 && !t.isInterior() && top(t.getTarget()) == ops.get(k)) {
                return null;
            }
        }
        List<int[]> lines = lines(content);
        List<Object[]> edits = new ArrayList<>(); // offset, old, new
        for (int i = k; i < ops.size(); i++) {
            Paragraph p = ops.get(i);
            int at = offset(lines, p.getLocation().line(), p.getLocation().column());
            String old = String.valueOf(p.getValue());
            if (!content.startsWith(old, at)) {
                return null;
            }
            edits.add(new Object[] {at, old, String.valueOf(p.getValue() + delta)});
        }
        for (Reference r : refs.references()) {
            if (r.external()) {
                continue;
            }
            Matcher m = DIGITS.matcher(r.raw());
            while (m.find()) {
                int n = Integer.parseInt(m.group());
                if (n >= k + 1 && n <= ops.size()) {
                    var loc = r.paragraph().locate(r.start() + m.start());
                    int at = offset(lines, loc.line(), loc.column());
                    if (!content.startsWith(m.group(), at)) {
                        return null;
                    }
                    edits.add(new Object[] {at, m.group(), String.valueOf(n + delta)});
                }
            }
        }
        return apply(content, edits);
    }

    private static final Pattern LETTER = Pattern.compile("\\(([a-z])\\)");

    /**
     * The same with the letters of one list: from its {@code j}-th item on, each letter is raised
     * by one (a letter skipped) or lowered by one (the item repeats the letter before it), and the
     * letters of every reference that names only items of that list (and its paragraph) move along.
     */
    static String corruptLetters(String content, Resolution model, Paragraph list, int j, int delta) {
        List<Paragraph> items = model.getParagraphs().stream()
                .filter(p -> p.getParent() == list && p.getStyle() == NumberStyle.LOWER_ALPHA).toList();
        if (items.size() < 3 || j < 1 || j >= items.size() || items.size() > 26) {
            return null;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getValue() != i + 1 || !items.get(i).getMarker().equals("(" + (char) ('a' + i) + ")")) {
                return null;
            }
        }
        List<int[]> lines = lines(content);
        List<Object[]> edits = new ArrayList<>();
        for (int i = j; i < items.size(); i++) {
            Paragraph p = items.get(i);
            int at = offset(lines, p.getLocation().line(), p.getLocation().column()) + 1;
            String old = String.valueOf((char) ('a' + i));
            if (!content.startsWith(old, at)) {
                return null;
            }
            edits.add(new Object[] {at, old, String.valueOf((char) ('a' + i + delta))});
        }
        ReferenceFacts.Resolved refs = ReferenceFacts.resolve(model);
        Map<Reference, List<ReferenceTarget>> byRef = new IdentityHashMap<>();
        for (ReferenceTarget t : refs.targets()) {
            byRef.computeIfAbsent(t.getReference(), k -> new ArrayList<>()).add(t);
        }
        for (Reference r : refs.references()) {
            List<ReferenceTarget> targets = byRef.getOrDefault(r, List.of());
            if (r.external() || targets.stream().noneMatch(t -> items.contains(t.getTarget()))) {
                continue;
            }
            if (!targets.stream().allMatch(t -> items.contains(t.getTarget()) || t.getTarget() == list)) {
                return null; // letters of several lists in one reference: which to move is not clear-cut
            }
            Matcher m = LETTER.matcher(r.raw());
            while (m.find()) {
                int index = m.group(1).charAt(0) - 'a';
                if (index >= j && index < items.size()) {
                    var loc = r.paragraph().locate(r.start() + m.start(1));
                    int at = offset(lines, loc.line(), loc.column());
                    if (!content.startsWith(m.group(1), at)) {
                        return null;
                    }
                    edits.add(new Object[] {at, m.group(1), String.valueOf((char) ('a' + index + delta))});
                }
            }
        }
        return apply(content, edits);
    }

    /**
     * Whether the spoilt text still means the same: the same paragraphs, and every reference
     * naming (as the checker resolves it) the same paragraphs as in the original. A spoilt number
     * that makes a reference land elsewhere (the repeated number it names) is not a case for a
     * round trip.
     */
    static boolean sameMeaning(Resolution original, Resolution spoilt) {
        if (original.getParagraphs().size() != spoilt.getParagraphs().size()) {
            return false;
        }
        for (int i = 0; i < original.getParagraphs().size(); i++) {
            Paragraph a = original.getParagraphs().get(i);
            Paragraph b = spoilt.getParagraphs().get(i);
            // the same tree: a spoilt "(i)" after "(g)" that now opens a list of numerals is another text
            if (a.getKind() != b.getKind() || a.getStyle() != b.getStyle() || a.getDepth() != b.getDepth()
                    || (a.getParent() == null ? -1 : a.getParent().getOrdinal())
                        != (b.getParent() == null ? -1 : b.getParent().getOrdinal())) {
                return false;
            }
        }
        return written(original).equals(written(spoilt));
    }

    private static List<String> written(Resolution r) {
        List<String> out = new ArrayList<>();
        for (ReferenceTarget t : ReferenceFacts.resolve(r).targets()) {
            if (!t.isInterior() && !t.getReference().external()) {
                // by paragraph, not offset: a longer number ("9" → "10") moves the references after it
                out.add(t.getSource().getOrdinal() + ":" + (t.getTarget() == null ? -1 : t.getTarget().getOrdinal()));
            }
        }
        return out;
    }

    private static String apply(String content, List<Object[]> edits) {
        edits.sort(Comparator.comparingInt((Object[] e) -> (Integer) e[0]).reversed());
        StringBuilder b = new StringBuilder(content);
        for (Object[] e : edits) {
            int at = (Integer) e[0];
            b.replace(at, at + ((String) e[1]).length(), (String) e[2]);
        }
        return b.toString();
    }

    private static Paragraph top(Paragraph p) {
        while (p.getParent() != null) {
            p = p.getParent();
        }
        return p;
    }

    private static List<int[]> lines(String content) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(new int[] {start, content.length()});
        return out;
    }

    private static int offset(List<int[]> lines, int line, int column) {
        return lines.get(line - 1)[0] + column - 1;
    }
}
