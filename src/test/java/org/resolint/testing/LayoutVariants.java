package org.resolint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a corpus text (one paragraph per line, blank lines between) in the other layouts a
 * draft really comes in, keeping for every line of the variant the original line it came from,
 * so that findings on the variant can be compared with those on the original.
 */
public final class LayoutVariants {
    private static final Pattern ENACTING = Pattern.compile("^The Security Council\\s*,?$");
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:\\([a-zA-Z]{1,4}\\)|\\(\\d{1,2}\\)|[-–—•]\\s)");
    private static final Pattern RES_NUMBER = Pattern.compile("(?:S/RES/|Resolution\\s+|^)(\\d{1,4})\\s*\\((\\d{4})\\)");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,3}|\\*{1,3})\\s+\\S.*");

    /** The layouts: each a way the same resolution reaches the checker. */
    public enum Variant {
        NO_BLANK_LINES("txt"),
        HARD_WRAPPED_72("txt"),
        CRLF("txt"),
        INDENTED_SUB_ITEMS("txt"),
        STRAIGHT_QUOTES("txt"),
        PRESS_RELEASE("txt"),
        MARKDOWN("md");

        public final String extension;

        Variant(String extension) {
            this.extension = extension;
        }
    }

    /**
     * A variant's text and, for each of its lines (index = line - 1), the original line it
     * comes from; {@code skipped} says why the text cannot be compared in this layout (null: it can).
     */
    public record Layout(String text, int[] originalLine, String skipped) {
        public int original(int line) {
            if (line < 1) {
                return line;
            }
            return originalLine[Math.min(line, originalLine.length) - 1];
        }
    }

    private LayoutVariants() {
    }

    public static Layout make(Variant variant, String original) {
        List<String> lines = List.of(original.replace("\r\n", "\n").split("\n", -1));
        int body = bodyStart(lines);
        if ((variant == Variant.NO_BLANK_LINES || variant == Variant.PRESS_RELEASE) && hardWrapped(lines, body)) {
            return new Layout(null, null, "already hard-wrapped at a fixed width: paragraphs span several lines,"
                    + " so without blank lines their ends are a guess");
        }
        if (variant == Variant.STRAIGHT_QUOTES && unbalancedCurlyQuotes(lines)) {
            return new Layout(null, null, "its curly quotation marks are unbalanced: straight quotes lose which"
                    + " side is missing, so style.balance cannot say the same");
        }
        if (variant == Variant.PRESS_RELEASE && body < 0) {
            return new Layout(null, null, "no enacting formula to quote from");
        }
        Out out = new Out();
        switch (variant) {
            case NO_BLANK_LINES -> {
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        out.add(lines.get(i), i);
                    }
                }
            }
            case HARD_WRAPPED_72 -> {
                for (int i = 0; i < lines.size(); i++) {
                    for (String piece : wrap(lines.get(i), 72)) {
                        out.add(piece, i);
                    }
                }
            }
            case CRLF -> {
                for (int i = 0; i < lines.size(); i++) {
                    out.add(lines.get(i), i);
                }
                return new Layout(String.join("\r\n", out.lines), out.map(), null);
            }
            case INDENTED_SUB_ITEMS -> {
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    out.add(i > body && SUB_ITEM.matcher(l).find() ? "    " + l : l, i);
                }
            }
            case STRAIGHT_QUOTES -> {
                for (int i = 0; i < lines.size(); i++) {
                    out.add(straight(lines.get(i)), i);
                }
            }
            case PRESS_RELEASE -> pressRelease(lines, body, out);
            case MARKDOWN -> {
                for (int i = 0; i < lines.size(); i++) {
                    // Written as a converter writes Markdown: * and _ escaped, a separator line too.
                    String l = lines.get(i).replace("*", "\\*").replace("_", "\\_");
                    if (l.strip().matches("[-\\\\*_ ]+")) {
                        l = l.replace("-", "\\-");
                    } else if (i < body && RES_NUMBER.matcher(l).find() && l.startsWith("Resolution")) {
                        l = "# " + l;
                    } else if (i > body && isHeading(l)) {
                        l = "## " + l;
                    } else if (i > body && SUB_ITEM.matcher(l).find()) {
                        l = "   " + l;
                    }
                    out.add(l, i);
                }
            }
            default -> throw new IllegalArgumentException(variant.name());
        }
        return new Layout(String.join("\n", out.lines), out.map(), null);
    }

    /** "The full text of resolution N (Y) reads as follows:", then each paragraph opening with “, no blank lines. */
    private static void pressRelease(List<String> lines, int body, Out out) {
        String number = "0000";
        String year = "0000";
        for (int i = 0; i < body; i++) {
            Matcher m = RES_NUMBER.matcher(lines.get(i).strip());
            if (m.find()) {
                number = m.group(1);
                year = m.group(2);
                break;
            }
        }
        out.add("SECURITY COUNCIL PRESS RELEASE", 0);
        out.add("The Security Council this morning adopted resolution " + number + " (" + year + ").", 0);
        out.add("The full text of resolution " + number + " (" + year + ") reads as follows:", 0);
        int last = lines.size() - 1;
        while (last > body && lines.get(last).isBlank()) {
            last--;
        }
        for (int i = body; i <= last; i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            boolean quoted = i == body || !(SUB_ITEM.matcher(l).find() || isHeading(l) || FOOTNOTE.matcher(l).matches());
            out.add((quoted ? "“" : "") + l + (i == last ? "”" : ""), i);
        }
    }

    /** A short line without end punctuation: a heading (the generator's guess, independent of the parser). */
    private static boolean isHeading(String line) {
        String t = line.strip();
        if (t.isEmpty() || SUB_ITEM.matcher(t).find() || t.matches("^\\d{1,3}\\.\\s.*")) {
            return false;
        }
        return !t.matches(".*[.,;:]$") && t.split("\\s+").length <= 12;
    }

    private static String straight(String s) {
        return s.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }

    /** Quotes made straight, so that messages quoting the text compare across the straight-quotes variant. */
    public static String straightQuotes(String s) {
        return straight(s);
    }

    private static boolean unbalancedCurlyQuotes(List<String> lines) {
        for (String l : lines) {
            if (l.chars().filter(c -> c == '“').count() != l.chars().filter(c -> c == '”').count()) {
                return true;
            }
        }
        return false;
    }

    private static int bodyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ENACTING.matcher(lines.get(i).strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a paragraph of the body spans several lines (old texts wrapped when they were typed). */
    private static boolean hardWrapped(List<String> lines, int body) {
        for (int i = Math.max(body, 0) + 2; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i - 1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Greedy word wrap, as an e-mail client does it; a word longer than the width stays whole. */
    static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        if (line.length() <= width) {
            out.add(line);
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String word : line.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(word);
        }
        out.add(cur.toString());
        return out;
    }

    private static final class Out {
        final List<String> lines = new ArrayList<>();
        final List<Integer> from = new ArrayList<>();

        void add(String line, int originalIndex) {
            lines.add(line);
            from.add(originalIndex + 1);
        }

        int[] map() {
            return from.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
