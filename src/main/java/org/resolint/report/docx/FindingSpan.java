package org.resolint.report.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Finding;
import org.resolint.reader.SourceLine;
import org.resolint.reader.SourceText;

/**
 * The words of the draft a finding is about, as 0-based offsets into the text of its source
 * line(s): {@code [startIndex, endIndex)}. The report quotes them and the annotated copy anchors
 * its comment on them, so both show the same words for a .txt and a .docx draft.
 */
public record FindingSpan(int startLine, int startIndex, int endLine, int endIndex) {
    /** "defense", “UNSMIT”: the words a message names, in straight or curly quotes. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,120})\"|“([^”]{1,120})”");
    private static final String TRAILING = ",;:.)”’\"";

    /**
     * The span of {@code f} in {@code source}, or null for a finding about the whole text (a
     * missing clause) or one whose line is not in the source.
     */
    public static FindingSpan of(Finding f, SourceText source) {
        if (f.paragraph() == null) {
            return null;
        }
        int lineNo = f.location().line();
        SourceLine line = line(source, lineNo);
        if (line == null) {
            return null;
        }
        String text = line.text();
        int start = Math.max(0, Math.min(text.length(), f.location().column() - line.column()));
        if (f.end() != null) {
            // the rule named its words: span exactly them (possibly onto the next wrapped line)
            SourceLine last = line(source, f.end().line());
            if (last != null) {
                int stop = Math.max(0, Math.min(last.text().length(), f.end().column() - last.column()));
                if (f.end().line() > lineNo || stop > start) {
                    return new FindingSpan(lineNo, start, f.end().line(), stop);
                }
            }
        }
        int end = quotedEnd(f.message(), text, start);
        if (end < 0) {
            end = wordEnd(text, start);
        }
        return new FindingSpan(lineNo, start, lineNo, end);
    }

    /** The first line numbered {@code number} (a .docx gives each paragraph a blank line after it). */
    public static SourceLine line(SourceText source, int number) {
        for (SourceLine l : source.lines()) {
            if (l.number() == number) {
                return l;
            }
        }
        return null;
    }

    /** Where a quoted phrase of the message that stands at {@code start} ends, or -1. */
    static int quotedEnd(String message, String text, int start) {
        Matcher m = QUOTED.matcher(message == null ? "" : message);
        while (m.find()) {
            String q = m.group(1) != null ? m.group(1) : m.group(2);
            if (text.startsWith(q, start)) {
                return start + q.length();
            }
        }
        return -1;
    }

    /** The word at {@code start}, without the punctuation after it. */
    static int wordEnd(String text, int start) {
        int b = start;
        while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (b > start + 1 && TRAILING.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        return b;
    }

    /** The spanned words as written (lines joined by a space). */
    public String words(SourceText source) {
        List<String> parts = new ArrayList<>();
        for (int n = startLine; n <= endLine; n++) {
            SourceLine l = line(source, n);
            if (l == null) {
                continue;
            }
            String t = l.text();
            int a = n == startLine ? Math.min(startIndex, t.length()) : 0;
            int b = n == endLine ? Math.min(endIndex, t.length()) : t.length();
            if (a < b) {
                parts.add(t.substring(a, b));
            }
        }
        return String.join(" ", parts).strip();
    }
}
