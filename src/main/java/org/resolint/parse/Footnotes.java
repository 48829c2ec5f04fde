package org.resolint.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Footnotes of the text: "1 S/2024/100.", "* Reissued for technical reasons", Markdown "[^1]: ...",
 * with the rule "__________" that may stand above them. The footnotes after the last paragraph
 * are not paragraphs: they are found as the run of footnote lines (and the lines that carry them
 * on) that closes the text, opened by a rule, a blank line or the end of a sentence.
 */
final class Footnotes {
    private static final Pattern NOTE_LINE = Pattern.compile("^(\\d{1,3}|\\*{1,3}|[a-z])[\\s\\u00A0]+\\S.*");
    private static final Pattern MARKDOWN_NOTE = Pattern.compile("^\\[\\^([^\\]\\s]{1,12})\\]:[\\s\\u00A0]*\\S.*");
    private static final Pattern RULE = Pattern.compile("^_{3,}$");
    /** A footnote wraps over a few lines; more than that is a letter or an annex, not a note. */
    private static final int MAX_WRAPPED = 4;

    private Footnotes() {
    }

    /** "1 S/2024/100." or "[^1]: S/2024/100.": a line that opens a footnote. */
    static boolean opensNote(String bare) {
        if (MARKDOWN_NOTE.matcher(bare).matches()) {
            return true;
        }
        if (!NOTE_LINE.matcher(bare).matches()) {
            return false;
        }
        Marker m = Marker.parse(bare);
        return m == null || m.type() != Marker.Type.NUMBER;
    }

    /** A Markdown footnote definition, which is a footnote wherever it stands. */
    static boolean isMarkdownNote(String text) {
        return MARKDOWN_NOTE.matcher(text).matches();
    }

    /** "__________": the rule printed above the footnotes. */
    static boolean isRule(String bare) {
        return RULE.matcher(bare).matches();
    }

    /** "FN1" for "1 S/2024/100." and for "[^1]: S/2024/100.". */
    static String label(String text) {
        java.util.regex.Matcher m = MARKDOWN_NOTE.matcher(text);
        return "FN" + (m.matches() ? m.group(1) : text.split("[\\s\\u00A0]+")[0]);
    }

    /**
     * The index of the first line of the footnotes that close the text (a rule or the first
     * footnote line), or {@code bare.size()} when the text does not end with footnotes.
     */
    static int start(List<String> bare, ParagraphStarts starts) {
        for (int i = 0; i < bare.size(); i++) {
            String line = bare.get(i);
            if (isRule(line) && closesText(bare, i + 1, starts)) {
                return i;
            }
            if (opensNote(line) && opensAfterEnd(bare, i) && closesText(bare, i, starts)) {
                return i;
            }
        }
        return bare.size();
    }

    /** The line before it is blank, ends a sentence, or is a footnote already: no wrapped sentence runs into it. */
    private static boolean opensAfterEnd(List<String> bare, int i) {
        if (i == 0) {
            return false;
        }
        String prev = bare.get(i - 1);
        return prev.isEmpty() || ParagraphStarts.endsSentence(prev) || isMarkdownNote(bare.get(i));
    }

    /**
     * From line {@code from} on, only footnote lines and the few lines that wrap each of them on
     * (no blank line between), and at least one footnote.
     */
    private static boolean closesText(List<String> bare, int from, ParagraphStarts starts) {
        boolean noteSeen = false;
        int wrapped = -1;
        for (int i = from; i < bare.size(); i++) {
            String line = bare.get(i);
            if (line.isEmpty()) {
                wrapped = -1;
                continue;
            }
            if (opensNote(line)) {
                noteSeen = true;
                wrapped = 0;
                continue;
            }
            boolean paragraph = Marker.parse(line) != null || starts != null && starts.opens(line)
                    || ResolutionParser.NOTE.matcher(line).matches();
            if (wrapped < 0 || wrapped >= MAX_WRAPPED || paragraph) {
                return false;
            }
            wrapped++;
        }
        return noteSeen;
    }
}
