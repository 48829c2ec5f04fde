package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.resolint.engine.FactProvider;
import org.resolint.model.Direction;
import org.resolint.model.NumberStyle;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceDrift;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;
import org.resolint.parse.ReferenceParser;

/**
 * Inserts every cross-reference of the text and, for internal ones, one {@link ReferenceTarget}
 * per label named, resolved to the paragraph that carries it (or to none).
 */
public final class ReferenceFacts implements FactProvider {

    @Override
    public List<?> facts(Resolution resolution) {
        Resolved r = resolve(resolution);
        List<Object> facts = new ArrayList<>(r.references());
        facts.addAll(r.targets());
        TextWords words = new TextWords(resolution, r.targets());
        facts.addAll(ReferenceFitter.fit(words, r.targets()));
        facts.addAll(KindFitter.fit(words, r.targets()));
        // the drift is kept with the text, so fix applies the very drift the check reported
        ReferenceDrift drift = resolution.derived(DriftOf.class,
                () -> new DriftOf(DriftDetector.detect(words, r.targets()))).drift();
        if (drift != null) {
            facts.add(drift);
        }
        return facts;
    }

    /**
     * The drift of {@code resolved}'s references (a paragraph inserted or deleted without them
     * following), or null: what {@code reference.drift} reports, for {@code fix} to apply.
     */
    public static ReferenceDrift drift(Resolution resolution, Resolved resolved) {
        return DriftDetector.detect(new TextWords(resolution, resolved.targets()), resolved.targets());
    }

    /** The drift of the text's resolved references, computed once per draft (the check's, for fix to apply), or null. */
    public static ReferenceDrift drift(Resolution resolution) {
        return resolution.derived(DriftOf.class, () -> new DriftOf(drift(resolution, resolve(resolution)))).drift();
    }

    /** The memo of {@link #drift(Resolution)}: a drift or none. */
    private record DriftOf(ReferenceDrift drift) {
    }

    /** The references of a text with their resolved targets. */
    public record Resolved(List<Reference> references, List<ReferenceTarget> targets) {
    }

    /** The references of {@code resolution} resolved, computed once per draft and shared by check, fix, compare and the reports. */
    public static Resolved resolve(Resolution resolution) {
        return resolution.derived(Resolved.class, () -> resolveNow(resolution));
    }

    private static Resolved resolveNow(Resolution resolution) {
        Labels labels = new Labels(resolution);
        List<Reference> references = new ArrayList<>();
        List<ReferenceTarget> targets = new ArrayList<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (!checked(p)) {
                continue;
            }
            for (Reference ref : ReferenceParser.parse(p)) {
                references.add(ref);
                if (ref.external()) {
                    continue;
                }
                for (String label : ref.targets()) {
                    Paragraph target = labels.find(label, p, ref.direction());
                    String shown = target != null ? target.getLabel() : labels.describe(label, p);
                    boolean interior = ref.ranges().stream().anyMatch(range -> range.spans(label));
                    targets.add(new ReferenceTarget(ref, shown, target, interior));
                }
            }
        }
        return new Resolved(List.copyOf(references), List.copyOf(targets));
    }

    private static final java.util.regex.Pattern QUOTES_OTHER_TEXT = java.util.regex.Pattern.compile(
            "(?i)(replaced by the following|shall read|read as follows|amended as follows|the following text)\\s*:?\\s*$");

    /**
     * References in the resolution's own text. Annexes and footnotes number other things, and a
     * block quoted after "shall be replaced by the following:" is another resolution's text.
     */
    static boolean checked(Paragraph p) {
        return switch (p.getKind()) {
            case PREAMBULAR, OPERATIVE -> true;
            case SUBPARAGRAPH -> !(p.getMarker().isEmpty() && p.getParent() != null
                    && QUOTES_OTHER_TEXT.matcher(p.getParent().getText()).find());
            default -> false;
        };
    }

    /** Finds paragraphs by label ("20 (a) (ii)") or, for marks alone ("(b)"), near the reference. */
    static final class Labels {
        private final Map<String, Paragraph> byLabel = new HashMap<>();
        private final Map<Paragraph, List<Paragraph>> children = new IdentityHashMap<>();
        private final List<Paragraph> tops = new ArrayList<>();

        Labels(Resolution resolution) {
            for (Paragraph p : resolution.getParagraphs()) {
                if (p.getParent() == null && p.getKind() != ParagraphKind.HEADING) {
                    tops.add(p);
                }
                if ((p.getKind() == ParagraphKind.OPERATIVE || p.getKind() == ParagraphKind.SUBPARAGRAPH)
                        && p.isNumbered()) {
                    byLabel.putIfAbsent(p.getLabel(), p);
                }
                if (p.getParent() != null && p.isNumbered() && p.getStyle() != NumberStyle.BULLET) {
                    children.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p);
                }
            }
        }

        /**
         * A label, or marks alone looked up near the reference: in its own paragraph and those
         * containing it, then in the nearest operative paragraphs in the direction it says
         * ("subparagraphs (a) to (g) above" in paragraph 6 may mean those of paragraph 5).
         */
        Paragraph find(String label, Paragraph from, Direction direction) {
            if (!label.startsWith("(")) {
                return byLabel.get(label);
            }
            String[] marks = label.split(" ");
            Paragraph top = from;
            for (Paragraph scope = from; scope != null; scope = scope.getParent()) {
                Paragraph hit = descend(scope, marks);
                if (hit != null) {
                    return hit;
                }
                top = scope;
            }
            int at = tops.indexOf(top);
            for (int step = 1; at >= 0 && step <= 3; step++) {
                int i = direction == Direction.BELOW ? at + step : at - step;
                if (i < 0 || i >= tops.size()) {
                    break;
                }
                Paragraph hit = descend(tops.get(i), marks);
                if (hit != null) {
                    return hit;
                }
            }
            return null;
        }

        private Paragraph descend(Paragraph scope, String[] marks) {
            Paragraph at = scope;
            for (String mark : marks) {
                Paragraph next = null;
                for (Paragraph child : children.getOrDefault(at, List.of())) {
                    if (child.getMarker().equals(mark)) {
                        next = child;
                        break;
                    }
                }
                if (next == null) {
                    return null;
                }
                at = next;
            }
            return at;
        }

        /** How to name a label that resolves to nothing: "(d) of paragraph 7". */
        String describe(String label, Paragraph from) {
            if (!label.startsWith("(")) {
                return label;
            }
            Paragraph top = from;
            while (top.getParent() != null) {
                top = top.getParent();
            }
            return label + " of " + top.getLabel();
        }
    }
}
