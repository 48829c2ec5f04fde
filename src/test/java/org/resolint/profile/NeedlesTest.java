package org.resolint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resolint.check.DraftFinder;
import org.resolint.model.Paragraph;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.Readers;
import org.resolint.testing.Corpus;

/** The words a template pattern needs: read right, and never missing where the pattern matches. */
class NeedlesTest {
    @Test
    void wordsAPatternOpensWith() {
        assertEquals(List.of("mandate"), Needles.of("\\bmandate\\b[^;]{0,120}\\b(until|for a period)\\b"));
        assertEquals(List.of("decides", "agrees"), Needles.of("\\b(decides|agrees) to establish\\w*"));
        assertEquals(List.of("taking note of", "welcoming"), Needles.of("\\b(Taking note of|Welcoming) the report"));
        assertEquals(List.of("troop ceiling"), Needles.of("\\btroop ceiling"));
        assertEquals(List.of("decide"), Needles.of("\\bdecides?\\b[^;]{0,40}\\bto (extend|renew)"), "optional s dropped");
    }

    @Test
    void patternsThatDoNotTellGetNone() {
        assertEquals(List.of(), Needles.of("\\bup\\b"), "too short");
        assertEquals(List.of(), Needles.of("mandate|troops"), "top-level alternatives");
        assertEquals(List.of(), Needles.of("(?i)mandate"), "inline flags");
        assertEquals(List.of(), Needles.of("\\b(mandate|x)"), "an alternative too short");
        assertEquals(List.of(), Needles.of("(mandate)?\\bforce"), "optional group");
        assertEquals(List.of(), Needles.of("[\\d,]+ troops"), "opens with a class");
        assertEquals(List.of(), Needles.of("\\Qa|b\\E"), "quoted");
    }

    /** Every bundled template pattern, on every paragraph of the corpus: a match implies its words. */
    @Test
    void neededWordsStandWhereverTheCorpusMatches() throws Exception {
        List<String> regexes = new ArrayList<>();
        for (Template t : TemplateLoader.bundled()) {
            for (Condition c : t.detect()) {
                regexes.addAll(c.recognise().patterns());
                regexes.addAll(c.recognise().unless());
            }
            for (Clause c : t.clauses()) {
                regexes.addAll(c.recognise().patterns());
                regexes.addAll(c.recognise().unless());
                c.appliesWhen().forEach(w -> {
                    regexes.addAll(w.recognise().patterns());
                    regexes.addAll(w.recognise().unless());
                });
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        List<List<String>> needles = new ArrayList<>();
        for (String r : regexes.stream().distinct().toList()) {
            List<String> n = Needles.of(r);
            if (!n.isEmpty()) {
                patterns.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                needles.add(n);
            }
        }
        assertTrue(patterns.size() * 2 > regexes.stream().distinct().count(), "most patterns have needed words");
        ResolutionParser parser = new ResolutionParser();
        int matches = 0;
        for (Path f : DraftFinder.expand(List.of(Corpus.adopted(), Corpus.drafts()))) {
            for (Paragraph p : parser.parse(Readers.read(f)).getParagraphs()) {
                for (int i = 0; i < patterns.size(); i++) {
                    if (patterns.get(i).matcher(p.getText()).find()) {
                        matches++;
                        String folded = p.foldedText();
                        assertTrue(needles.get(i).stream().anyMatch(folded::contains),
                                f + " " + p.getLabel() + ": " + patterns.get(i) + " matched without " + needles.get(i));
                    }
                }
            }
        }
        assertTrue(matches > 1000, "the patterns match in the corpus: " + matches);
    }
}
