package org.resolint.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Reference;

/**
 * The numbers and letters a reference writes ("paragraphs 3 (b) and (c), 7 to 9 above": 3, b,
 * c, 7, 9), each with its offset in the paragraph's text and the item of the reference it
 * belongs to, and which part of that item's label it writes. The one tokenizer of references:
 * {@code fix} rewrites these tokens in place, {@link ReferenceRewriter} writes a reference anew.
 */
public final class ReferenceTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\d.])(\\d{1,3})(?![\\d]|\\.\\d)|\\(([a-z]{1,4}|[ivxl]+|\\d{1,2})\\)");
    private static final Pattern OF_PARAGRAPH = Pattern.compile("(?i).*\\bof[\\s\\u00A0]+(?:operative[\\s\\u00A0]+)?paragraph[\\s\\u00A0]*$");

    /**
     * One written token: {@code items} are the indexes of the written items it belongs to (one,
     * or all of them for the "3" of "paragraph 3, subparagraphs (b) and (c)"), {@code component}
     * the part of each item's label it writes, counted from the item's last part (0 = last).
     */
    public record Token(int offset, String text, boolean number, List<Integer> items, int fromEnd) {
    }

    private record Raw(int offset, String text, boolean number, boolean joined) {
    }

    private ReferenceTokens() {
    }

    /**
     * A number or mark as written in a reference's words: where it stands in them ({@code start}
     * inclusive, {@code end} exclusive), its text ("3", or "(b)" with its brackets) and which kind.
     */
    public record Written(int start, int end, String text, boolean number) {
        /** A mark's letters or numeral without the brackets ("b"); a number as written. */
        public String bare() {
            return number ? text : text.substring(1, text.length() - 1);
        }
    }

    /** The numbers and marks of {@code words} (a reference as written), in order: the one tokenizer of references. */
    public static List<Written> written(String words) {
        List<Written> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(words);
        while (m.find()) {
            out.add(new Written(m.start(), m.end(), m.group(), m.group(1) != null));
        }
        return out;
    }

    /**
     * The tokens of {@code ref}, matched to its {@code written} item labels (the targets it
     * writes out, range interiors left out); null when they cannot be matched one to one.
     */
    public static List<Token> of(Reference ref, String paragraphText, List<String> written) {
        String raw = paragraphText.substring(ref.start(), ref.end());
        List<Raw> raws = new ArrayList<>();
        int lastEnd = -1;
        for (Written w : written(raw)) {
            int at = ref.start() + (w.number() ? w.start() : w.start() + 1);
            // A mark right after a number or mark ("3 (b)", "(b)(ii)") continues the same item.
            boolean joined = !w.number() && lastEnd >= 0 && raw.substring(lastEnd, w.start()).matches("[\\s\\u00A0\\u202F]*");
            raws.add(new Raw(at, w.bare(), w.number(), joined));
            lastEnd = w.end();
        }
        List<List<Raw>> groups = new ArrayList<>();
        for (Raw r : raws) {
            if (r.joined() && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(r);
            } else {
                groups.add(new ArrayList<>(List.of(r)));
            }
        }
        if (groups.size() == written.size()) {
            return direct(groups);
        }
        if (groups.size() == written.size() + 1 && groups.size() > 1) {
            List<Raw> first = groups.get(0);
            List<Raw> last = groups.get(groups.size() - 1);
            boolean restMarks = groups.subList(1, groups.size()).stream().noneMatch(g -> g.get(0).number());
            boolean headMarks = groups.subList(0, groups.size() - 1).stream().noneMatch(g -> g.get(0).number());
            if (first.size() == 1 && first.get(0).number() && restMarks) {
                // "paragraph 75, subparagraphs (b) and (c)": 75 is the number of both items
                return shared(first.get(0), groups.subList(1, groups.size()), written.size());
            }
            if (last.size() == 1 && last.get(0).number() && headMarks
                    && OF_PARAGRAPH.matcher(raw.substring(0, last.get(0).offset() - ref.start())).matches()) {
                // "subparagraphs (a) and (c) of paragraph 2"
                return shared(last.get(0), groups.subList(0, groups.size() - 1), written.size());
            }
        }
        return null;
    }

    private static List<Token> direct(List<List<Raw>> groups) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Raw> g = groups.get(i);
            for (int j = 0; j < g.size(); j++) {
                Raw r = g.get(j);
                out.add(new Token(r.offset(), r.text(), r.number(), List.of(i), g.size() - 1 - j));
            }
        }
        return out;
    }

    /** Marks written as items of their own under a number written once. */
    private static List<Token> shared(Raw number, List<List<Raw>> markGroups, int items) {
        List<Token> out = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            all.add(i);
        }
        int depth = markGroups.get(0).size();
        if (markGroups.stream().anyMatch(g -> g.size() != depth)) {
            return null;
        }
        out.add(new Token(number.offset(), number.text(), true, all, depth));
        for (int i = 0; i < markGroups.size(); i++) {
            List<Raw> g = markGroups.get(i);
            for (int j = 0; j < g.size(); j++) {
                out.add(new Token(g.get(j).offset(), g.get(j).text(), false, List.of(i), g.size() - 1 - j));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Token::offset));
        return out;
    }
}
