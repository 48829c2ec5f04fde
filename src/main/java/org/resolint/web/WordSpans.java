package org.resolint.web;

import java.util.List;
import org.resolint.model.Finding;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;

/**
 * Where a finding stands in the text the page shows: its paragraph and the character range of
 * the words it is about. A finding gives a start (line and column in the file); the range runs
 * from there to the end of that word. A finding on a paragraph's number points at the label.
 */
final class WordSpans {
    private WordSpans() {
    }

    /** {@code paragraph} is the index in the model's paragraph list, -1 for the whole text. */
    record Span(int paragraph, int start, int end, boolean onLabel) {
        static final Span WHOLE_TEXT = new Span(-1, 0, 0, false);
    }

    static Span of(List<Paragraph> paragraphs, Finding f) {
        int index = paragraphOf(paragraphs, f);
        if (index < 0) {
            return Span.WHOLE_TEXT;
        }
        Paragraph p = paragraphs.get(index);
        String text = p.getText();
        if (text.isEmpty() || f.location().compareTo(p.locate(0)) < 0) {
            return new Span(index, 0, 0, true);
        }
        int start = offsetOf(p, f.location());
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            start = lastWordStart(text);
        }
        if (f.end() != null) {
            // the rule named its words: highlight exactly them
            int end = Math.min(text.length(), offsetOf(p, f.end()));
            if (end > start) {
                return new Span(index, start, end, false);
            }
        }
        return new Span(index, start, wordEnd(text, start), false);
    }

    /** The paragraph the finding names whose lines hold it; else the first whose lines hold it. */
    private static int paragraphOf(List<Paragraph> paragraphs, Finding f) {
        if (f.paragraph() == null) {
            return -1; // about the whole text (a missing clause, no enacting formula)
        }
        int line = f.location().line();
        int any = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.getLine() <= line && line <= Math.max(p.getLine(), p.getLastLine())) {
                if (f.paragraph() != null && f.paragraph().equals(p.getLabel())) {
                    return i;
                }
                if (any < 0) {
                    any = i;
                }
            }
        }
        return any;
    }

    /**
     * The first offset of the text at or after {@code at} (the text's length when none is). Locations
     * rise with the offset, so a binary search finds it in a paragraph of any length.
     */
    static int offsetOf(Paragraph p, Location at) {
        int lo = 0;
        int hi = p.getText().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p.locate(mid).compareTo(at) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int wordEnd(String text, int start) {
        if (start >= text.length()) {
            return text.length();
        }
        if (!Character.isLetterOrDigit(text.charAt(start))) {
            return start + 1;
        }
        int e = start;
        while (e < text.length()) {
            char c = text.charAt(e);
            boolean joiner = (c == '-' || c == '\'' || c == '\u2019') && e + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(e + 1));
            if (!Character.isLetterOrDigit(c) && !joiner) {
                break;
            }
            e++;
        }
        return e;
    }

    private static int lastWordStart(String text) {
        int e = text.length();
        while (e > 0 && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
            s--;
        }
        return Math.min(s, Math.max(0, text.length() - 1));
    }
}
