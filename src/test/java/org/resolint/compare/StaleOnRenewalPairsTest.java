package org.resolint.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.resolint.model.Finding;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.Readers;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * {@code reference.stale} on real previous/next pairs (consecutive mandate renewals of one
 * mission): every finding is written to target/renewal-stale.txt for reading by hand, and each
 * must be one of those read (a new one has to be read and added here).
 */
class StaleOnRenewalPairsTest {
    /**
     * Read by hand against both texts. True: the later text kept a reference whose target moved.
     * S/RES/2734 (2024) carries ten references over from 2610 (2021) unchanged although three
     * paragraphs were inserted before them (its paragraph 88 is the case docs/references.md names).
     */
    static final Set<String> TRUE = Set.of(
            "S-RES-2734-2024.txt 7", "S-RES-2734-2024.txt 11", "S-RES-2734-2024.txt 50", "S-RES-2734-2024.txt 57",
            "S-RES-2734-2024.txt 63", "S-RES-2734-2024.txt 65", "S-RES-2734-2024.txt 74", "S-RES-2734-2024.txt 88",
            "S-RES-2734-2024.txt 91",
            // "reports submitted pursuant to paragraphs 18 and 25 below": the reports are requested in 26
            "S-RES-1423-2002.txt 7",
            // "consistent with paragraph 14 above": the mandate, 14 in 2227 (2015), is 20 in 2364 (2017)
            "S-RES-2364-2017.txt 46");
    /**
     * False: "the criteria ... set out in paragraph 2" of 2368 (2017) is right (its 2 sets the criteria);
     * the same words in 2253 (2015) named the measures, in 2, while the criteria stood in 3.
     */
    static final Set<String> FALSE = Set.of("S-RES-2368-2017.txt 73");

    @Test
    void staleFindingsOnRealRenewals() throws Exception {
        Path corpus = Corpus.require("corpus");
        List<RenewalPairs.Pair> pairs = RenewalPairs.find(corpus);
        ResolutionParser parser = new ResolutionParser();
        StringBuilder report = new StringBuilder();
        int findings = 0;
        int references = 0;
        Set<String> unread = new TreeSet<>();
        for (RenewalPairs.Pair pair : pairs) {
            Resolution a = parser.parse(Readers.read(pair.before()));
            Resolution b = parser.parse(Readers.read(pair.after()));
            references += ReferenceCarrier.carry(a, b).size();
            for (Finding f : TestEngine.get().check(b, List.of(new StaleReferenceFacts(a)))) {
                if (f.rule().equals("reference.stale")) {
                    findings++;
                    String key = pair.after().getFileName() + " " + f.paragraph();
                    if (!TRUE.contains(key) && !FALSE.contains(key)) {
                        unread.add(key);
                    }
                    report.append(pair.before().getFileName()).append(" → ").append(pair.after().getFileName())
                            .append(": ").append(f.paragraph()).append(" line ").append(f.location().line())
                            .append(": ").append(f.message()).append(" (suggestion: ").append(f.suggestion())
                            .append(")\n");
                }
            }
        }
        String head = String.format("%d renewal pairs, %d internal reference labels in the later texts, %d"
                + " reference.stale findings%n", pairs.size(), references, findings);
        System.out.print(head);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/renewal-stale.txt"), head + report);
        assertTrue(pairs.size() >= 20, "found " + pairs.size() + " renewal pairs");
        assertTrue(unread.isEmpty(), "findings not read by hand yet (see target/renewal-stale.txt): " + unread);
        assertTrue(findings >= 12, "the stale references of 2734 (2024) and others are found: " + findings);
    }
}
