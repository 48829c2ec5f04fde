package org.resolint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.Readers;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

class ChangeSummaryTest {
    static final String BEFORE = """
            The Security Council,

            Recalling its previous resolutions on the situation in Tesaria,

            1. Decides to extend the mandate of the Mission until 30 June 2026;

            2. Requests the Mission to protect civilians under threat of physical violence;

            3. Requests the Secretary-General to report every 90 days on the implementation of this resolution;

            4. Decides to remain seized of the matter.
            """;
    static final String AFTER = """
            The Security Council,

            Recalling its previous resolutions on the situation in Tesaria,

            1. Decides to extend the mandate of the Mission until 30 June 2027;

            2. Condemns all attacks against peacekeepers in the strongest terms;

            3. Requests the Mission to protect civilians under threat of physical violence;

            4. Decides to remain seized of the matter.
            """;

    @Test
    void reportsAddedDeletedChangedAndRenumbered() {
        ChangeSummary s = ChangeSummary.compare(TestEngine.parse("old.txt", BEFORE), TestEngine.parse("new.txt", AFTER));
        List<String> lines = s.changes().stream().map(Change::describe).toList();
        assertTrue(lines.contains("changed 1: … Mission until 30 June [-2026;-] {+2027;+}"), lines.toString());
        assertTrue(lines.contains("added 2"), lines.toString());
        assertTrue(lines.contains("renumbered 2 → 3"), lines.toString());
        assertTrue(lines.contains("deleted 3 (was at line 9)"), lines.toString());
        assertEquals(4, lines.size(), lines.toString());
    }

    @Test
    void movedParagraphIsReportedOnceAndTheOthersRenumbered() {
        String old = "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to extend the mandate;\n\n"
                + "2. Condemns all attacks against peacekeepers;\n\n3. Requests the Mission to protect civilians;\n\n"
                + "4. Decides to remain seized of the matter.\n";
        String moved = "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to extend the mandate;\n\n"
                + "2. Requests the Mission to protect civilians;\n\n3. Condemns all attacks against peacekeepers;\n\n"
                + "4. Decides to remain seized of the matter.\n";
        ChangeSummary s = ChangeSummary.compare(TestEngine.parse("a.txt", old), TestEngine.parse("b.txt", moved));
        List<String> lines = s.changes().stream().map(Change::describe).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.contains("moved 2 → 3") || lines.contains("moved 3 → 2"), lines.toString());
        assertTrue(lines.contains("renumbered 3 → 2") || lines.contains("renumbered 2 → 3"), lines.toString());
    }

    /**
     * Real renewal pairs: every paragraph whose text is unchanged must be aligned with itself, and
     * most paragraphs of a renewal find their predecessor. The summaries are written to
     * target/renewal-alignment.txt for reading by hand.
     */
    @Test
    void alignsRealRenewalPairs() throws Exception {
        Path corpus = Corpus.require("corpus");
        List<RenewalPairs.Pair> pairs = RenewalPairs.find(corpus);
        assertTrue(pairs.size() >= 20, "found " + pairs.size() + " renewal pairs");
        ResolutionParser parser = new ResolutionParser();
        int units = 0;
        int matched = 0;
        StringBuilder report = new StringBuilder();
        for (RenewalPairs.Pair pair : pairs) {
            Resolution a = parser.parse(Readers.read(pair.before()));
            Resolution b = parser.parse(Readers.read(pair.after()));
            ChangeSummary s = ChangeSummary.compare(a, b);
            List<Paragraph> after = ParagraphAligner.units(b);
            long found = after.stream().filter(s.alignment()::containsValue).count();
            units += after.size();
            matched += (int) found;
            for (Paragraph p : ParagraphAligner.units(a)) {
                Paragraph q = s.now(p);
                if (q != null && ParagraphAligner.key(p).equals(ParagraphAligner.key(q))) {
                    continue;
                }
                boolean twinExists = after.stream().anyMatch(x -> ParagraphAligner.key(x).equals(ParagraphAligner.key(p)));
                assertTrue(!twinExists || q != null, pair + ": unchanged paragraph " + p.getLabel() + " not aligned");
            }
            report.append("== ").append(pair.before().getFileName()).append(" → ").append(pair.after().getFileName())
                    .append(" (").append(pair.mission()).append("): ").append(s.counts()).append('\n')
                    .append(s.changes().stream().map(c -> "  " + c.describe()).collect(Collectors.joining("\n")))
                    .append('\n');
        }
        double rate = (double) matched / units;
        report.insert(0, String.format("%d renewal pairs; %d of %d paragraphs of the later texts aligned (%.1f%%)%n",
                pairs.size(), matched, units, 100 * rate));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/renewal-alignment.txt"), report);
        assertTrue(rate > 0.6, String.format("aligned %.2f", rate));
    }
}
