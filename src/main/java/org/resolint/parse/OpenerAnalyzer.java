package org.resolint.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.OpenerForm;

/**
 * Finds the opening phrase of a paragraph ("Further requests", "Deeply concerned") and judges
 * its form: a participle or adjective opens a preambular paragraph, a present-tense verb an
 * operative one.
 */
public final class OpenerAnalyzer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-’']*");
    private static final Pattern AFTER_COMMA = Pattern.compile(
            "(?:[,;](?:\\s+and)?|\\band)\\s+(?:(?:also|further|hereby|therefore|again|once|strongly|in this regard,?)\\s+)*(\\p{Ll}+)\\b");
    private final OpenerLexicon lexicon;

    public OpenerAnalyzer(OpenerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Opener analyze(String text) {
        String t = text.stripLeading();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
            return Opener.NONE;
        }
        Matcher m = WORD.matcher(t);
        int phraseEnd = 0;
        int words = 0;
        while (m.find() && words < 6) {
            // Stop at punctuation between words: "Welcomes, in this regard," keeps "Welcomes".
            if (!t.substring(phraseEnd, m.start()).isBlank() && words > 0) {
                break;
            }
            words++;
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            phraseEnd = m.end();
            if (lexicon.modifiers().contains(lower)) {
                continue;
            }
            OpenerForm form = formOf(lower);
            phraseEnd = extendWithParticles(t, phraseEnd);
            return new Opener(t.substring(0, phraseEnd), lower, form);
        }
        return Opener.NONE;
    }

    /**
     * True when an operative verb follows a comma in the first sentence, as in "Acting under
     * Chapter VII of the Charter, decides" or "Recalling its resolution 1267 (1999), demands".
     */
    public boolean operativeVerbLater(String text) {
        Matcher m = AFTER_COMMA.matcher(text);
        int limit = Math.min(text.length(), 600);
        while (m.find() && m.start() < limit) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (lexicon.operative().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private OpenerForm formOf(String word) {
        if (lexicon.operative().contains(word)) {
            return OpenerForm.OPERATIVE;
        }
        if (lexicon.preambular().contains(word) || (word.endsWith("ing") && word.length() > 4)
                || (word.endsWith("ed") && word.length() > 4)) {
            return OpenerForm.PREAMBULAR;
        }
        return OpenerForm.OTHER;
    }

    private int extendWithParticles(String t, int end) {
        int pos = end;
        boolean extended = true;
        while (extended) {
            extended = false;
            int start = pos;
            while (start < t.length() && t.charAt(start) == ' ') {
                start++;
            }
            if (start == pos) {
                break;
            }
            for (String particle : lexicon.particles()) {
                int stop = start + particle.length();
                if (t.regionMatches(true, start, particle, 0, particle.length())
                        && (stop == t.length() || !Character.isLetter(t.charAt(stop)))) {
                    pos = stop;
                    extended = true;
                    break;
                }
            }
        }
        return pos;
    }
}
