package org.resolint.fix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.resolint.compare.ReferenceTokens;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * Rewrites each internal reference so it names, after renumbering, the paragraphs it meant
 * before: every written number and letter of single references, lists and range ends. Range
 * interiors are not written and need nothing; external references are never touched. A reference
 * that cannot be carried (it names no paragraph, or its numbers cannot be told apart) is left as
 * written and listed in {@link #uncarried()}: after renumbering it could name a paragraph by chance,
 * so {@code fix} flags it rather than let the fixed text hide it.
 */
final class CarriedReferences {
    private final Resolution model;
    private final Renumbering numbers;
    private final Intent intent;
    private final List<Edit> edits = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<Uncarried> uncarried = new ArrayList<>();
    private int group = 1_000_000;

    CarriedReferences(Resolution model, Renumbering numbers, Intent intent) {
        this.model = model;
        this.numbers = numbers;
        this.intent = intent;
    }

    void run(ReferenceFacts.Resolved resolved) {
        Map<Reference, List<ReferenceTarget>> byRef = new IdentityHashMap<>();
        for (ReferenceTarget t : resolved.targets()) {
            byRef.computeIfAbsent(t.getReference(), k -> new ArrayList<>()).add(t);
        }
        for (Reference ref : resolved.references()) {
            if (!ref.external()) {
                rewrite(ref, byRef.getOrDefault(ref, List.of()));
            }
        }
    }

    private void rewrite(Reference ref, List<ReferenceTarget> targets) {
        List<Intent.Meant> meant = intent.meant(ref, targets);
        List<String> written = new ArrayList<>();
        List<Intent.Meant> writtenMeant = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!targets.get(i).isInterior()) {
                written.add(ref.targets().get(i));
                writtenMeant.add(meant.get(i));
            }
        }
        Location at = ref.paragraph().locate(ref.start());
        List<ReferenceTokens.Token> tokens = ReferenceTokens.of(ref, ref.paragraph().getText(), written);
        if (tokens == null) {
            uncarried.add(new Uncarried(at, ref.paragraph().getLabel(), ref.raw(),
                    "could not tell which number writes which paragraph; left as written"));
            return;
        }
        int id = group++;
        for (ReferenceTokens.Token token : tokens) {
            String replacement = replacement(token, writtenMeant);
            if (replacement == null && moves(token, writtenMeant)) {
                uncarried.add(new Uncarried(at, ref.paragraph().getLabel(), ref.raw(), "\"" + token.text()
                        + "\" names paragraphs that do not agree on their new number; left as written"));
            } else if (replacement != null && !replacement.equals(token.text())) {
                edits.add(new Edit(ref.paragraph().locate(token.offset()), token.text(), replacement,
                        Edit.Kind.REFERENCE, ref.raw(), id));
            }
        }
        for (int i = 0; i < writtenMeant.size(); i++) {
            Intent.Meant m = writtenMeant.get(i);
            if (m.paragraph() == null) {
                uncarried.add(new Uncarried(at, ref.paragraph().getLabel(), ref.raw(), m.why() != null ? m.why()
                        : written.get(i) + " names no paragraph; left as written"));
            } else if (m.why() != null) {
                notes.add(new Note(at, "\"" + ref.raw() + "\": " + m.why()));
            } else {
                ambiguity(ref, m.paragraph(), at);
            }
        }
    }

    /** The new characters of one token, or null when the paragraphs meant do not agree on them. */
    private String replacement(ReferenceTokens.Token token, List<Intent.Meant> meant) {
        String out = null;
        for (int item : token.items()) {
            Paragraph p = meant.get(item).paragraph();
            for (int up = 0; p != null && up < token.fromEnd(); up++) {
                p = p.getParent();
            }
            if (p == null || (p.getKind() == ParagraphKind.OPERATIVE) != token.number()) {
                return null;
            }
            String raw = numbers.newRaw(p);
            if (raw == null || out != null && !out.equals(raw)) {
                return null;
            }
            out = raw;
        }
        return out;
    }

    /** Whether a paragraph the token names gets a new label (so leaving the token as written would go stale). */
    private boolean moves(ReferenceTokens.Token token, List<Intent.Meant> meant) {
        for (int item : token.items()) {
            Paragraph p = meant.get(item).paragraph();
            if (p != null && !p.getLabel().equals(numbers.newLabel(p))) {
                return true;
            }
        }
        return false;
    }

    /** A number or letter used by more than one paragraph: say which one the reference was kept on. */
    private void ambiguity(Reference ref, Paragraph meant, Location at) {
        for (Paragraph level = meant; level != null; level = level.getParent()) {
            List<Paragraph> same = Renumbering.sameMarker(model, level);
            if (same.size() > 1) {
                List<String> lines = same.stream().map(p -> String.valueOf(p.getLine())).toList();
                notes.add(new Note(at, "\"" + ref.raw() + "\" is ambiguous: " + level.getMarker().replace(".", "")
                        + " is used " + (same.size() == 2 ? "twice" : same.size() + " times") + " (lines " + String.join(" and ", lines)
                        + "); kept on the one at line " + level.getLine() + ", now " + numbers.newLabel(meant)));
                return;
            }
        }
    }

    List<Edit> edits() {
        return edits;
    }

    List<Note> notes() {
        return notes;
    }

    List<Uncarried> uncarried() {
        return uncarried;
    }
}
