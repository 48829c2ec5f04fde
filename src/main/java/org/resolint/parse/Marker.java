package org.resolint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number or letter at the start of a paragraph, as written.
 *
 * @param type   what kind of marker
 * @param raw    its characters without punctuation ({@code 12}, {@code ii}, {@code 5 bis})
 * @param number the arabic value for {@link Type#NUMBER}, else 0
 * @param length characters it takes at the start of the text, with the space after it
 */
record Marker(Type type, String raw, int number, int length, String written) {

    Marker(Type type, String raw, int number, int length) {
        this(type, raw, number, length, null);
    }

    /** The marker as the text writes it: {@code (a)}, {@code v)}, {@code -}. */
    String asWritten() {
        if (written != null) {
            return written;
        }
        return switch (type) {
            case BULLET -> raw;
            case NUMBER -> raw + ".";
            case PREAMBLE_LABEL -> "PP" + raw;
            default -> "(" + raw + ")";
        };
    }


    enum Type {
        /** {@code 12.} (or {@code OP12.}) */
        NUMBER,
        /** {@code (a)}, {@code (ii)}, {@code (aa)}, also {@code a)}, {@code a.}, {@code ii.}: letter or roman, decided by the list it is in. */
        PAREN_LETTERS,
        /** {@code (A)}, {@code (II)} */
        PAREN_CAPITALS,
        /** {@code (1)} */
        PAREN_NUMBER,
        /** dash or bullet */
        BULLET,
        /** {@code PP3.} negotiation label on a preambular paragraph */
        PREAMBLE_LABEL
    }

    private static final String GAP = "[\\s\\u00A0\\u202F]";
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:OP\\s?)?(\\d{1,3})(?:" + GAP + "?(bis|ter|quater))?" + GAP + "?\\.(?!\\d)" + GAP + "*");
    private static final Pattern PP_LABEL = Pattern.compile("^PP\\s?(\\d{1,3})\\.?" + GAP + "+");
    private static final Pattern PAREN = Pattern.compile("^\\(([a-z]{1,4}|[A-Z]{1,4}|\\d{1,2})\\)(?![,;:.])" + GAP + "*");
    /** {@code v) To foster}, {@code a) to ensure}: a marker without its opening parenthesis. */
    private static final Pattern HALF_PAREN = Pattern.compile("^([a-z]{1,4}|\\d{1,2})\\)" + GAP + "+(?=[\\p{L}“\"])");
    /**
     * {@code a. To foster}, {@code ii. The}: a letter or roman numeral with a full stop, as typed or as
     * Word's lowerLetter/lowerRoman "%2." numbering writes it. Two letters at most, or a roman numeral.
     */
    private static final Pattern DOT_LETTERS = Pattern.compile("^([a-z]{1,2}|[ivxl]{1,6})\\." + GAP + "+(?=[\\p{L}“\"(])");
    private static final Pattern BULLET = Pattern.compile("^[-–—•·▪◦]" + GAP + "+");

    static Marker parse(String text) {
        Matcher m = NUMBER.matcher(text);
        if (m.find() && m.end() < text.length()) {
            String raw = m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2);
            return new Marker(Type.NUMBER, raw, Integer.parseInt(m.group(1)), m.end());
        }
        m = PP_LABEL.matcher(text);
        if (m.find()) {
            return new Marker(Type.PREAMBLE_LABEL, m.group(1), Integer.parseInt(m.group(1)), m.end());
        }
        m = PAREN.matcher(text);
        if (m.find() && m.end() < text.length()) {
            String raw = m.group(1);
            Type type = Character.isDigit(raw.charAt(0)) ? Type.PAREN_NUMBER
                    : Character.isUpperCase(raw.charAt(0)) ? Type.PAREN_CAPITALS : Type.PAREN_LETTERS;
            // "(e.g." or a parenthetical remark is not a marker: the words after must not be lower-case prose
            // only when the marker is a long letter run; short ones are always markers.
            if (type == Type.PAREN_LETTERS && raw.length() > 2 && org.resolint.model.RomanNumerals.value(raw) < 0 && !isDoubled(raw)) {
                return null;
            }
            return new Marker(type, raw, type == Type.PAREN_NUMBER ? Integer.parseInt(raw) : 0, m.end());
        }
        m = HALF_PAREN.matcher(text);
        if (m.find()) {
            String raw = m.group(1);
            boolean digits = Character.isDigit(raw.charAt(0));
            if (digits || raw.length() <= 2 || org.resolint.model.RomanNumerals.value(raw) > 0) {
                return new Marker(digits ? Type.PAREN_NUMBER : Type.PAREN_LETTERS, raw,
                        digits ? Integer.parseInt(raw) : 0, m.end(), raw + ")");
            }
        }
        m = DOT_LETTERS.matcher(text);
        if (m.find()) {
            String raw = m.group(1);
            if (raw.length() <= 2 && isDoubled(raw) || org.resolint.model.RomanNumerals.value(raw) > 0) {
                return new Marker(Type.PAREN_LETTERS, raw, 0, m.end(), raw + ".");
            }
        }
        m = BULLET.matcher(text);
        if (m.find()) {
            return new Marker(Type.BULLET, text.substring(0, 1), 0, m.end());
        }
        return null;
    }

    private static boolean isDoubled(String letters) {
        return letters.chars().allMatch(c -> c == letters.charAt(0));
    }

    /** Value of letters {@code a}..{@code z}, then {@code aa}..{@code zz} (27..52); -1 if not such letters. */
    static int letterValue(String letters) {
        String l = letters.toLowerCase();
        if (!isDoubled(l) || l.length() > 2) {
            return -1;
        }
        return (l.charAt(0) - 'a' + 1) + 26 * (l.length() - 1);
    }
}
