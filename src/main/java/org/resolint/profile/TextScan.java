package org.resolint.profile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;

/** Finds the first paragraph of a part of the text that a recogniser matches. */
final class TextScan {
    private static final Map<Recognise, Recognise.Matching> COMPILED = new ConcurrentHashMap<>();
    /** Condition.recognise() builds (and checks) a new recogniser each call: keep one per condition. */
    private static final Map<Condition, Recognise.Matching> BY_CONDITION = new ConcurrentHashMap<>();

    /** A match: the paragraph and the words that matched. */
    record Hit(Paragraph paragraph, String words) {
        String describe() {
            return "\"" + words + "\" in " + (paragraph.getKind() == org.resolint.model.ParagraphKind.PREAMBULAR
                    ? paragraph.getLabel() : "paragraph " + paragraph.getLabel());
        }
    }

    private TextScan() {
    }

    static Hit first(Resolution r, Where where, Recognise recognise) {
        return first(r, where, COMPILED.computeIfAbsent(recognise, Recognise.Matching::new));
    }

    private static Hit first(Resolution r, Where where, Recognise.Matching m) {
        for (Paragraph p : r.getParagraphs()) {
            if (where.admits(Where.partOf(p))) {
                String words = m.find(p);
                if (words != null) {
                    return new Hit(p, words);
                }
            }
        }
        return null;
    }

    static Hit first(Resolution r, Condition c) {
        return first(r, c.where(), BY_CONDITION.computeIfAbsent(c, x -> new Recognise.Matching(x.recognise())));
    }
}
