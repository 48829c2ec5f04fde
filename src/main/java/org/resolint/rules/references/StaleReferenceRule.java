package org.resolint.rules.references;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.resolint.engine.FindingSink;
import org.resolint.engine.JavaRule;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;
import org.resolint.model.StaleReference;

/**
 * reference.stale, under {@code check --previous}: each {@link StaleReference} fact (a reference
 * followed back into the previous text by compare.StaleReferenceFacts) whose labels now name
 * another paragraph, or one the draft deleted, is reported with the message built here.
 */
public final class StaleReferenceRule implements JavaRule {
    @Override
    public String id() {
        return "reference.stale";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "With --previous: a reference still names the number its target had in the previous text, but that paragraph now has another number or is gone";
    }

    @Override
    public Map<String, Object> traits() {
        return Map.of("rationale", "A paragraph inserted or deleted between two rounds renumbers the paragraphs after it, and a reference left as written silently changes what the Council decides. Given the previous text, resolint aligns the paragraphs of both texts by content, finds each reference in the paragraph it stood in before, and follows it to the paragraph it named then: if that paragraph now carries another number, the reference is stale and the suggestion names the new number.",
                "example", List.of("Previous text: 33. Requests ... in paragraph 33 below; draft: a paragraph inserted before 33, the reference unchanged: \"paragraph 33 below\" pointed, in the previous text, at the paragraph now numbered 34 (suggestion: paragraph 34 below)",
                        "Previous text: 12. Requests the Panel ...; draft: paragraph 12 deleted, a later reference to paragraph 12 unchanged: it pointed at paragraph 12, which this draft deletes"));
    }

    @Override
    public void check(Resolution resolution, List<?> facts, FindingSink findings) {
        for (Object fact : facts) {
            if (fact instanceof StaleReference s && (s.isMoved() || s.isDeleted())) {
                // a label that moved has a new number to suggest; a deleted target has none
                Object suggestion = s.isMoved() ? s.getSuggestion() : "remove the reference, or name the paragraph now meant";
                findings.reportWords(this, s.getParagraph(), s.getStart(), s.getRaw(), message(s), suggestion);
            }
        }
    }

    /**
     * "paragraph 33 below" pointed, in the previous text, at the paragraph now numbered 34
     * ("Requests the Secretary-General …"); paragraph 33 is now "Condemns …". Deleted targets follow.
     */
    public static String message(StaleReference s) {
        List<StaleReference.Item> moved = s.movedItems();
        List<StaleReference.Item> deleted = s.deletedItems();
        List<String> parts = new ArrayList<>();
        if (moved.size() == 1) {
            StaleReference.Item m = moved.get(0);
            parts.add("pointed, in the previous text, at the paragraph now numbered " + m.shownIntended()
                    + " (\"" + opening(m.intended()) + "\"); " + nowSays(m));
        } else if (!moved.isEmpty()) {
            StringBuilder b = new StringBuilder("pointed, in the previous text, at paragraphs now numbered otherwise: ");
            int shown = Math.min(moved.size(), 6);
            for (int i = 0; i < shown; i++) {
                StaleReference.Item m = moved.get(i);
                b.append(i == 0 ? "" : ", ").append(m.written()).append(" → ").append(m.shownIntended());
            }
            if (moved.size() > shown) {
                b.append(" and ").append(moved.size() - shown).append(" more");
            }
            StaleReference.Item first = moved.get(0);
            b.append(" (").append(first.shownIntended()).append(": \"").append(opening(first.intended()))
                    .append("\"); ").append(nowSays(first));
            parts.add(b.toString());
        }
        for (StaleReference.Item d : deleted) {
            parts.add((moved.isEmpty() && parts.isEmpty() ? "pointed, in the previous text, at " : "its ")
                    + "paragraph " + d.before().getLabel() + " (\"" + opening(d.before())
                    + "\"), which this draft deletes; " + nowSays(d));
        }
        return "\"" + s.getRaw() + "\" " + String.join("; ", parts);
    }

    private static String nowSays(StaleReference.Item m) {
        return m.now() == null ? "there is no paragraph " + m.written() + " now"
                : "paragraph " + m.now().getLabel() + " is now \"" + opening(m.now()) + "\"";
    }

    private static String opening(Paragraph p) {
        String[] w = p.getText().trim().split("\\s+");
        int n = Math.min(8, w.length);
        String head = String.join(" ", Arrays.copyOfRange(w, 0, n));
        return w.length > n ? head + " …" : head;
    }
}
