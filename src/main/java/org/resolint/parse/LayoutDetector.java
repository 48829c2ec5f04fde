package org.resolint.parse;

import java.util.List;
import org.resolint.model.TextLayout;

/**
 * Decides per document how its lines make paragraphs. Blank lines separate paragraphs when the
 * lines they leave together mostly do not open paragraphs by the Council's grammar (hard-wrapped
 * paragraphs); without such blank lines, a text whose adjacent lines nearly all open paragraphs
 * has one paragraph per line, otherwise it is hard-wrapped.
 */
final class LayoutDetector {
    private LayoutDetector() {
    }

    static TextLayout detect(List<String> bare, ParagraphStarts starts) {
        int adjacent = 0;
        int boundaries = 0;
        int carried = 0;
        int gaps = 0;
        for (int i = 1; i < bare.size(); i++) {
            String prev = bare.get(i - 1);
            String next = bare.get(i);
            if (next.isEmpty()) {
                continue;
            }
            if (prev.isEmpty()) {
                gaps++;
                continue;
            }
            adjacent++;
            if (carriesSentence(prev, next)) {
                carried++;
            } else if (starts.startsParagraph(prev, next, i + 1 < bare.size() ? bare.get(i + 1) : null)) {
                boundaries++;
            }
        }
        if (adjacent == 0 || gaps >= 2 && boundaries < adjacent / 2) {
            return TextLayout.BLANK_LINES;
        }
        // Wrapped prose has most of its lines open mid-sentence in lower case; a text of one paragraph per line hardly any.
        return carried * 5 > adjacent ? TextLayout.HARD_WRAPPED : TextLayout.ONE_PER_LINE;
    }

    /** A line that opens in lower case (not with a marker) after one that does not end a sentence carries it on. */
    static boolean carriesSentence(String prev, String next) {
        // "bare" lines lose their quotation marks, so a line of a lone quotation mark arrives empty.
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && !ParagraphStarts.endsSentence(prev)
                && Marker.parse(next) == null;
    }
}
