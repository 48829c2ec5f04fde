package org.resolint.fix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleException;
import org.resolint.model.Finding;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.rules.style.HyphenGap;
import org.resolint.rules.style.RepeatedWords;
import org.resolint.rules.style.SpellingHit;
import org.resolint.rules.style.StyleFacts;
import org.resolint.rules.style.StyleLexicon;

/**
 * The mechanical fixes of other rules, applied only where the rule fired and the replacement is
 * one and certain: a spelling with its UN form, a doubled word written once, a hyphen closed up.
 * The rule's own facts give the exact characters; the finding shows the rule (with the project's
 * configuration) really reported them.
 */
public final class RuleFixes {
    /** Rule id → what its fix does. */
    public static final Map<String, String> FIXABLE = new LinkedHashMap<>();

    static {
        FIXABLE.put("style.spelling", "writes the word in UN spelling (organisation → organization)");
        FIXABLE.put("style.repeated-words", "deletes the second of two repeated words (the the → the)");
        FIXABLE.put("style.hyphen-space", "closes up a hyphen followed by a space (decision- making → decision-making)");
        FIXABLE.put("reference.drift", "renumbers the references a drift finding lists by the shift it found"
                + " (paragraph 10 above → paragraph 11 above)");
    }

    private RuleFixes() {
    }

    /** The edits for {@code rules} (ids from {@link #FIXABLE}) where the checked draft has findings. */
    static List<Edit> edits(FileResult checked, Set<String> rules, List<Note> notes) throws RuleException {
        Set<String> reported = new HashSet<>();
        for (Finding f : checked.findings()) {
            if (rules.contains(f.rule())) {
                reported.add(f.rule() + "@" + f.location());
                // a repeated spelling is one finding whose other places are in related
                f.related().forEach(at -> reported.add(f.rule() + "@" + at));
            }
        }
        List<Edit> out = new ArrayList<>();
        for (Object fact : new StyleFacts(StyleLexicon.bundled()).facts(checked.model())) {
            Edit e = null;
            String rule = null;
            Paragraph p = null;
            int offset = 0;
            if (fact instanceof SpellingHit h) {
                rule = "style.spelling";
                p = h.getParagraph();
                offset = h.getOffset();
                e = edit(p, offset, offset + h.getWord().length(), h.getSuggestion(), rule);
            } else if (fact instanceof RepeatedWords r) {
                rule = "style.repeated-words";
                p = r.getParagraph();
                offset = r.getOffset();
                e = repeat(p, offset, r.getWords());
            } else if (fact instanceof HyphenGap g) {
                rule = "style.hyphen-space";
                p = g.getParagraph();
                offset = g.getOffset();
                int gap = offset + g.getBefore().length() + 1;
                int end = gap;
                while (end < p.getText().length() && " \u00A0".indexOf(p.getText().charAt(end)) >= 0) {
                    end++;
                }
                e = edit(p, gap, end, "", rule);
            }
            if (rule == null || !rules.contains(rule) || !reported.contains(rule + "@" + p.locate(offset))) {
                continue;
            }
            if (e == null) {
                notes.add(new Note(p.locate(offset), rule + ": the words run over a line break; left as written"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** "the the": the blank and the second word go (or the second word and the blank after it). */
    private static Edit repeat(Paragraph p, int offset, String words) {
        String text = p.getText();
        String one = Pattern.quote(words).replace(" ", "\\E[\\s\\u00A0]+\\Q");
        Matcher m = Pattern.compile("(" + one + ")([\\s\\u00A0]+)(" + one + ")([\\s\\u00A0]*)").matcher(text);
        if (!m.find(offset) || m.start() != offset) {
            return null;
        }
        Edit before = edit(p, m.end(1), m.end(3), "", "style.repeated-words");
        return before != null ? before : edit(p, m.start(3), m.end(4), "", "style.repeated-words");
    }

    /** Characters {@code from..to} of the paragraph's text, if they stand on one line of the file. */
    private static Edit edit(Paragraph p, int from, int to, String replacement, String rule) {
        if (to <= from) {
            return null;
        }
        Location a = p.locate(from);
        Location b = p.locate(to - 1);
        if (a.line() != b.line() || b.column() - a.column() != to - 1 - from) {
            return null;
        }
        return new Edit(a, p.getText().substring(from, to), replacement, Edit.Kind.RULE, rule, 0);
    }
}
