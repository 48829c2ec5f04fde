package org.resolint.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.TextKind;
import org.resolint.reader.SourceLine;

/** Reads the cover lines before the enacting formula. */
final class MastheadParser {
    private static final Pattern RES_SYMBOL = Pattern.compile("S/RES/(\\d{1,4})\\s*\\((\\d{4})\\)");
    private static final Pattern RES_TITLE = Pattern.compile(
            "^(?:Resolution|RESOLUTION)\\s+(\\d{1,4})\\s*\\((\\d{4})\\)");
    private static final Pattern RES_COMPILATION = Pattern.compile("^(\\d{1,4})\\s*\\((\\d{4})\\)\\.\\s*Resolution of");
    private static final Pattern DRAFT_SYMBOL = Pattern.compile("^(S/\\d{4}/\\d+(?:/Rev\\.\\d+)?)\\b");
    /** A press release's introduction: "The full text of resolution 2719 (2023) reads as follows:". */
    private static final Pattern QUOTED_INTRO = Pattern.compile(
            "(?i)\\bresolution\\s+(\\d{1,4})\\s*\\((\\d{4})\\)(?=[^.]*\\b(?:reads|read|is as follows|as follows))");
    private static final Pattern DRAFT_WORDS = Pattern.compile("(?i)\\bdraft resolution\\b");

    /** Lines that belong to a document cover, whatever the order. */
    static final Pattern COVER_LINE = Pattern.compile(
            "(?i)^(united nations|security council|distr\\.?:?.*|original:.*|provisional.*|"
            + "s/(res/)?\\d.*|\\[s/\\d+.*\\]|resolution \\d+.*|\\d+ \\(\\d{4}\\)\\. resolution.*|"
            + "of \\d{1,2} \\w+ \\d{4}|\\d{1,2} \\w+ \\d{4}|adopted (by|at) .*|.*draft resolution.*|"
            + "\\d{1,2}-\\d{5} \\(e\\).*)$");

    private MastheadParser() {
    }

    static Masthead parse(List<SourceLine> cover, boolean quoted) {
        String symbol = null;
        Integer number = null;
        Integer year = null;
        boolean draftWords = false;
        for (SourceLine line : cover) {
            String t = Text.stripBlanks(line.text());
            Matcher m;
            if (number == null && ((m = RES_SYMBOL.matcher(t)).find() && t.startsWith("S/RES/")
                    || (m = RES_TITLE.matcher(t)).find() || (m = RES_COMPILATION.matcher(t)).find())) {
                number = Integer.valueOf(m.group(1));
                year = Integer.valueOf(m.group(2));
                symbol = "S/RES/" + number + " (" + year + ")";
            } else if (symbol == null && (m = DRAFT_SYMBOL.matcher(t)).find()) {
                symbol = m.group(1);
            }
            if (DRAFT_WORDS.matcher(t).find()) {
                draftWords = true;
            }
        }
        TextKind kind = quoted ? TextKind.QUOTATION
                : number != null && !draftWords ? TextKind.ADOPTED : TextKind.DRAFT;
        if (quoted) {
            // The quoted resolution's own number and year, so that citations and templates know them.
            return fromIntroduction(cover);
        }
        if (kind != TextKind.ADOPTED) {
            number = null;
            year = null;
            if (symbol != null && symbol.startsWith("S/RES/")) {
                symbol = null;
            }
        }
        return new Masthead(symbol, number, year, kind);
    }

    private static Masthead fromIntroduction(List<SourceLine> cover) {
        for (SourceLine line : cover) {
            Matcher m = QUOTED_INTRO.matcher(Text.stripBlanks(line.text()));
            if (m.find()) {
                int number = Integer.parseInt(m.group(1));
                int year = Integer.parseInt(m.group(2));
                return new Masthead("S/RES/" + number + " (" + year + ")", number, year, TextKind.QUOTATION);
            }
        }
        return new Masthead(null, null, null, TextKind.QUOTATION);
    }
}
