package org.resolint.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads .md drafts: the plain-text reader, then heading marks ({@code ## }), block quotes and
 * emphasis markers are taken off and backslash escapes undone, so the parser sees the words. Columns still point into the file.
 */
public class MarkdownReader implements DraftReader {
    private static final Pattern LEAD = Pattern.compile("^(\\s{0,3}(?:#{1,6}\\s+|>\\s?))+");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)(\\*\\*|__|\\*|(?<![\\w\\\\])_(?=\\w)|(?<=\\w)_(?![\\w]))");
    /** A backslash escape ({@code \\*}): the character itself, as Markdown renders it. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");

    @Override
    public SourceText read(Path file) throws InputException {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : PlainTextReader.splitLines(PlainTextReader.decode(file))) {
            String text = line.text();
            int column = 1;
            Matcher lead = LEAD.matcher(text);
            if (lead.find()) {
                column += lead.end();
                text = text.substring(lead.end());
            }
            String bare = text.strip();
            if (bare.matches("([-*_]\\s*){3,}")) {
                text = "";
            }
            // Leading emphasis keeps the column of the first word; markers later in the line shift columns slightly.
            Matcher em = EMPHASIS.matcher(text);
            int leading = 0;
            while (em.find() && em.start() == leading) {
                leading = em.end();
            }
            column += leading;
            text = ESCAPE.matcher(EMPHASIS.matcher(text.substring(leading)).replaceAll("")).replaceAll("$1");
            out.add(new SourceLine(line.number(), column, text));
        }
        return new SourceText(file, "markdown", out);
    }
}
