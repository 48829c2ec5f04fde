package org.resolint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.CheckRun;
import org.resolint.check.Checker;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.model.Requirement;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * The templates measured on the adopted texts (figures in docs/templates.md): which template
 * detection picks, that clause.missing on peacekeeping mandates from 2015 on names only clauses
 * truly absent, and how often removing a clause makes its finding appear (recall).
 */
class CorpusTemplatesTest {
    static final String PKO = "peacekeeping-mandate";

    /**
     * file + missing clause title → why it truly is absent (each read in the text). Texts older
     * than a clause's anchor ({@code since} in the YAML) are not asked for it.
     */
    static final Map<String, String> TRUE_ABSENCES = new TreeMap<>(Map.ofEntries(
            Map.entry("S-RES-2406-2018.txt Environmental impact of the operation",
                    "March 2018, before 2436 (2018); 'environment' there is the protective environment"),
            Map.entry("S-RES-2284-2016.txt Zero tolerance of sexual exploitation and abuse",
                    "UNOCI's last mandate (drawdown): no word on exploitation"),
            Map.entry("S-RES-2284-2016.txt Authorized strength",
                    "UNOCI's last mandate cites 'the authorized military strength' but sets no ceiling"),
            Map.entry("S-RES-2304-2016.txt Zero tolerance of sexual exploitation and abuse",
                    "UNMISS regional protection force: no word on exploitation"),
            // UNMIL 2308 (2016) and UNMISS 2392 (2017) are technical rollovers ("as set out in
            // resolution …"): asked only for the clauses of severity error (docs/precision.md)
            Map.entry("S-RES-2729-2024.txt Zero tolerance of sexual exploitation and abuse",
                    "UNMISS 2024: 'abuses' only of human rights"),
            Map.entry("S-RES-2737-2024.txt Closing clause", "UNDOF 2024 ends with the reporting request"),
            Map.entry("S-RES-2820-2026.txt Zero tolerance of sexual exploitation and abuse",
                    "UNMISS 2026: 'abuses' only of human rights"),
            Map.entry("S-RES-2824-2026.txt Women, peace and security; gender as a cross-cutting issue",
                    "UNDOF 2026: no word on gender, women or 1325"),
            Map.entry("S-RES-2824-2026.txt Zero tolerance of sexual exploitation and abuse",
                    "UNDOF 2026: no word on exploitation")));

    /** Detection checked by hand on a sample: file → template. */
    static final Map<String, String> HAND_CHECKED = Map.ofEntries(
            Map.entry("S-RES-2709-2023.txt", PKO), // MINUSCA renewal
            Map.entry("S-RES-2771-2025.txt", PKO), // UNFICYP renewal
            Map.entry("S-RES-2737-2024.txt", PKO), // UNDOF renewal
            Map.entry("S-RES-2182-2014.txt", "sanctions"), // Somalia and Eritrea measures and Monitoring Group
            Map.entry("S-RES-2536-2020.txt", "sanctions"), // CAR arms embargo renewal
            Map.entry("S-RES-2569-2021.txt", "sanctions"), // South Sudan panel renewal
            Map.entry("S-RES-2244-2015.txt", "sanctions"), // Somalia and Eritrea Monitoring Group
            Map.entry("S-RES-2631-2022.txt", "political-mission"), // UNAMI
            Map.entry("S-RES-2267-2016.txt", "political-mission"), // UNIOGBIS
            Map.entry("S-RES-2272-2016.txt", "general"), // thematic: sexual exploitation and abuse
            Map.entry("S-RES-2250-2015.txt", "general"), // thematic: youth, peace and security
            Map.entry("S-RES-2427-2018.txt", "general")); // thematic: children and armed conflict

    private static CheckRun corpusRun;

    private static synchronized CheckRun corpus() {
        if (corpusRun == null) {
            corpusRun = TestEngine.checker().checkAll(DraftFinder.expand(List.of(Corpus.adopted())));
        }
        return corpusRun;
    }

    private static String name(FileResult f) {
        return Path.of(f.path()).getFileName().toString();
    }

    private static boolean recentMandate(FileResult f) {
        return f.model().getYear() != null && f.model().getYear() >= 2015 && PKO.equals(f.profile().name());
    }

    @Test
    void detectionCountsOverTheCorpus() {
        Map<String, Long> counts = new TreeMap<>(corpus().files().stream()
                .collect(Collectors.groupingBy(f -> f.profile().name(), Collectors.counting())));
        assertEquals("{general=177, peacekeeping-mandate=106, political-mission=23, sanctions=101}", counts.toString());
        long recent = corpus().files().stream().filter(CorpusTemplatesTest::recentMandate).count();
        assertEquals(43, recent, "peacekeeping mandates adopted from 2015 on");
        for (FileResult f : corpus().files()) {
            String expected = HAND_CHECKED.get(name(f));
            if (expected != null) {
                assertEquals(expected, f.profile().name(), name(f) + ": " + f.profile().reason());
            }
        }
    }

    @Test
    void missingClausesOnRecentMandatesAreTrueAbsences() {
        Map<String, String> found = new TreeMap<>();
        for (FileResult f : corpus().files()) {
            if (recentMandate(f)) {
                for (Finding x : f.findings()) {
                    if (x.rule().equals("clause.missing")) {
                        String title = x.message().replaceFirst("^Missing clause '([^']+)'.*$", "$1");
                        found.put(name(f) + " " + title, x.message());
                    }
                }
            }
        }
        assertEquals(String.join("\n", TRUE_ABSENCES.keySet()), String.join("\n", found.keySet()),
                "clause.missing on peacekeeping mandates from 2015 on changed");
    }

    /**
     * Recall: for each clause a recent mandate carries, delete every paragraph that states it and
     * check again with the peacekeeping-mandate template; the clause must then be reported.
     */
    @Test
    void removingAClauseMakesItsFindingAppear(@TempDir Path tmp) throws Exception {
        Template pko = TemplateCatalog.bundled().get(PKO);
        Set<String> ruleIds = new HashSet<>();
        for (RuleInfo r : TestEngine.get().rules()) {
            ruleIds.add(r.id());
        }
        Checker forced = new Checker(TestEngine.get(), new Profiles(TemplateCatalog.bundled(), PKO, null, ruleIds));
        int trials = 0;
        List<String> missed = new ArrayList<>();
        for (FileResult f : corpus().files()) {
            if (!recentMandate(f)) {
                continue;
            }
            List<String> lines = Files.readAllLines(Path.of(f.path()), StandardCharsets.UTF_8);
            Map<String, Requirement> before = new Requirements(pko).facts(f.model()).stream()
                    .collect(Collectors.toMap(Requirement::getClause, q -> q));
            for (Clause c : pko.clauses()) {
                Requirement q = before.get(c.id());
                if (!applies(q) || q.getFoundIn() == null) {
                    continue; // only clauses the text requires and carries can be removed
                }
                // Cut the clause's words where they stand (the paragraph goes only when a word set
                // matched): a drafter drops a clause, the rest of the paragraph usually stays.
                Recognise.Matching m = new Recognise.Matching(c.recognise());
                List<String> kept = new ArrayList<>(lines);
                for (Paragraph p : f.model().getParagraphs()) {
                    if (!Where.EITHER.admits(Where.partOf(p)) || m.find(p.getText()) == null) {
                        continue;
                    }
                    for (int line = p.getLine(); line <= p.getLastLine(); line++) {
                        String text = kept.get(line - 1);
                        for (int round = 0; round < 50; round++) {
                            String words = m.find(text);
                            if (words == null) {
                                break;
                            }
                            text = text.contains(words) ? text.replace(words, "") : "";
                        }
                        kept.set(line - 1, text);
                    }
                }
                trials++;
                Path cut = tmp.resolve(name(f));
                Files.write(cut, kept, StandardCharsets.UTF_8);
                FileResult r = forced.check(cut);
                boolean reported = r.findings().stream().anyMatch(x -> x.rule().startsWith("clause.")
                        && x.message().contains("'" + c.title() + "'"));
                if (!reported) {
                    missed.add(name(f) + " " + c.id());
                }
            }
        }
        double recall = (trials - missed.size()) / (double) trials;
        System.out.printf("clause recall on recent mandates: %d of %d removals reported (%.1f%%); missed: %s%n",
                trials - missed.size(), trials, 100 * recall, missed);
        assertTrue(trials > 300, "trials: " + trials);
        assertTrue(recall >= 0.90, String.format("recall %.3f; missed %s", recall, missed));
    }

    /** As rules/clauses/clauses.drl decides it: the clause applies to this text. */
    static boolean applies(Requirement q) {
        return (q.getSince() == null || q.getTextYear() == null || q.getTextYear() >= q.getSince())
                && (!q.isRollover() || q.getSeverity() == org.resolint.model.Severity.ERROR) && q.isConditionsFound();
    }
}
