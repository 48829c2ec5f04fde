package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resolint.check.CheckRun;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.model.Severity;
import org.resolint.rules.chapter7.ChapterSevenAnalyzer;
import org.resolint.rules.chapter7.Invocation;
import org.resolint.rules.chapter7.InvocationScope;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * The adopted texts against the citation and Chapter VII rules: every error and warning is a
 * real defect or departure of that text, named here with the reason (each was checked by reading
 * the text and the table row); infos are counted.
 */
class CorpusChapter7CitationsTest {

    static final Map<String, String> KNOWN = new TreeMap<>(Map.ofEntries(
            Map.entry("S-RES-1617-2005.txt citation.year 107", "annex: 1452 was adopted on 20 Dec 2002, cited (2003)"),
            Map.entry("S-RES-1945-2010.txt citation.year 49", "1556 was adopted on 30 Jul 2004, cited (2005)"),
            Map.entry("S-RES-2033-2012.txt citation.year 23", "1612 was adopted on 26 Jul 2005, cited (2006)"),
            Map.entry("S-RES-2182-2014.txt citation.year 89", "2142 was adopted on 5 Mar 2014, cited (2013)"),
            Map.entry("S-RES-2182-2014.txt citation.year 121", "2036 was adopted on 22 Feb 2012, cited (2002)"),
            Map.entry("S-RES-2253-2015.txt citation.year 47", "2161 was adopted on 17 Jun 2014, cited (2015)"),
            Map.entry("S-RES-2368-2017.txt citation.year 59", "2161 (2015) again: the paragraph was carried over"),
            Map.entry("S-RES-2610-2021.txt citation.year 61", "2161 (2015) again"),
            Map.entry("S-RES-2734-2024.txt citation.year 61", "2161 (2015) again"),
            Map.entry("S-RES-2342-2017.txt citation.year 41", "2140 was adopted on 26 Feb 2014; '2140 (2014)' then"
                    + " '2140 (2015)' in the same paragraph"),
            Map.entry("S-RES-2402-2018.txt citation.year 41", "2140 (2015) again, in the yearly renewal"),
            Map.entry("S-RES-2456-2019.txt citation.year 41", "2140 (2015) again"),
            Map.entry("S-RES-2511-2020.txt citation.year 49", "2140 (2015) again"),
            Map.entry("S-RES-2624-2022.txt citation.year 107", "'resolution 2140 (2140)': the number typed for the year"),
            Map.entry("S-RES-2364-2017.txt citation.year 263", "2242 was adopted on 13 Oct 2015, cited (2016)"),
            Map.entry("S-RES-2441-2018.txt citation.year 11", "2362 was adopted on 29 Jun 2017, cited (2018);"
                    + " the same paragraph later says 2362 (2017)"),
            Map.entry("S-RES-2663-2022.txt citation.year 99", "1989 was adopted on 17 Jun 2011, cited (2001)"),
            Map.entry("S-RES-2010-2011.txt citation.symbol 81", "'S/2011 591': the slash is missing (S/2011/591)"),
            Map.entry("S-RES-2119-2013.txt citation.symbol 53", "'S/2013 493': the slash is missing (S/2013/493)"),
            Map.entry("S-RES-2734-2024.txt citation.symbol 29", "'S/PRST/ 2014/23' and 'S/PRST/ 2020/5': a space"
                    + " inside the symbol"),
            // US-style dates (issue 17 item 9): one finding per text, every other date of the text in related
            Map.entry("S-RES-1483-2003.txt citation.date-format 127", "'until December 31, 2007': a US-style date in paragraph 22"),
            Map.entry("S-RES-1546-2004.txt citation.date-format 181", "'dated June 5, 2004' in the annexed letter"),
            Map.entry("S-RES-1713-2006.txt citation.date-format 21", "'presented on August 31, 2006' (the Panel's final report)"),
            Map.entry("S-RES-2270-2016.txt citation.date-format 331", "annex entry: 'head of the MAEI on April 9, 2014'"),
            Map.entry("S-RES-2368-2017.txt citation.date-format 347", "'by December 17 2017': month first, no comma"),
            Map.entry("S-RES-2371-2017.txt citation.date-format 129", "sanctions list identifiers 'DOB: November 08, 1969', 'expires on October 19, 2020' and six more"),
            Map.entry("S-RES-2387-2017.txt citation.date-format 325", "'signed at Kinshasa on April 30 2010' (the Kinshasa Convention)"),
            Map.entry("S-RES-2396-2017.txt citation.date-format 59", "'done at Chicago on December 7, 1944' and 'October 23, 2017' twice"),
            Map.entry("S-RES-2397-2017.txt citation.date-format 37", "'beginning on January 1, 2018'"),
            Map.entry("S-RES-2458-2019.txt citation.date-format 91", "benchmarks 'no later than December 31, 2019' and 'by December 31, 2020'"),
            Map.entry("S-RES-2532-2020.txt citation.date-format 27", "'adopted by the UN General Assembly on April 2nd 2020'"),
            Map.entry("S-RES-2690-2023.txt citation.date-format 29", "'as of June 30 2023' in paragraph 1"),
            Map.entry("S-RES-2717-2023.txt citation.date-format 113", "'by June 30th 2024' (twice) and 'from July 1st 2024'"),
            Map.entry("S-RES-2773-2025.txt citation.date-format 41", "'of Bukavu on February 14 2025'"),
            Map.entry("S-RES-2787-2025.txt citation.date-format 13", "'through January 15, 2026'"),
            Map.entry("S-RES-2793-2025.txt citation.date-format 29", "'the Haitian government's March 6, 2025, letter' and 'by February 1, 2026'"),
            Map.entry("S-RES-2821-2026.txt citation.date-format 31", "'the May 3, 2025 bombing of the MSF' hospital"),
            Map.entry("S-RES-2410-2018.txt chapter7.phrasing 43", "'Acting under Chapter VII the Charter': 'of' is missing"),
            Map.entry("S-RES-1487-2003.txt chapter7.determination 25", "ICC exemption renewal: the only 'determining'"
                    + " paragraph says operations are deployed to maintain peace; no threat, no resolution recalled"),
            Map.entry("S-RES-1970-2011.txt chapter7.determination 41", "Libya 2011: acts under Chapter VII, 'mindful of"
                    + " its primary responsibility', with no Article 39 determination and no resolution recalled"),
            Map.entry("S-RES-678-1990.txt chapter7.determination 23", "authorizes 'all necessary means' against Iraq"
                    + " resting on resolution 660's breach of the peace; no determination in the text"),
            Map.entry("S-RES-837-1993.txt chapter7.determination 57", "Somalia 1993: 'all necessary measures' against"
                    + " those responsible for the attacks, with no determination in the text"),
            Map.entry("S-RES-1737-2006.txt chapter7.determination 29", "Iran 2006: first sanctions (arms and"
                    + " proliferation measures) with 'concerned by the proliferation risks' but no threat determination"),
            Map.entry("S-RES-2284-2016.txt chapter7.determination 53", "UNOCI: authorizes 'all necessary means'; the"
                    + " preamble no longer determines a threat"),
            Map.entry("S-RES-2350-2017.txt chapter7.determination 39", "MINUJUSTH: authorizes 'all necessary means'"
                    + " with no threat determination"),
            Map.entry("S-RES-2410-2018.txt chapter7.determination 43", "MINUJUSTH renewal, same"),
            Map.entry("S-RES-2466-2019.txt chapter7.determination 39", "MINUJUSTH renewal, same")));

    /**
     * Findings per rule on the 407 adopted texts (docs/chapter7-citations.md states them). The
     * infos are forms the official texts use: 9 "Authorizes MINUSMA/MINUSCA to take all necessary
     * means" and 2 "use all necessary measures" (2182); 8 "Resolution 1325/2360/..." (2493 writes
     * "Resolution 1325" twice: one finding, "2 times") and one "UNSCR 2272" (2587) without a year.
     * Issue 17 item 9 adds 16 "Resolution 1820 (2008)" capitalized inside a sentence, 2 lists
     * "(2009),1960 (2010)" with no space after the comma, and 17 bare "resolution 1373" in
     * operative paragraphs that never give the year (2526: "resolution 2473", the example);
     * citation.date-format's 17 are named in KNOWN.
     * Rules absent here fire on none.
     */
    static final Map<String, Integer> COUNTS = Map.of(
            "citation.year", 17,
            "citation.symbol", 4,
            "chapter7.phrasing", 1,
            "chapter7.determination", 9,
            "chapter7.collocation", 11,
            "citation.format", 44,
            "citation.date-format", 17);

    static CheckRun run;

    @BeforeAll
    static void checkCorpus() {
        run = TestEngine.checker().checkAll(DraftFinder.expand(List.of(Corpus.adopted())));
    }

    @Test
    void errorsAndWarningsOnAdoptedTextsAreExactlyTheirRealDefects() {
        Map<String, String> found = new TreeMap<>();
        for (FileResult file : run.files()) {
            for (Finding f : file.findings()) {
                if ((f.area().equals("citation") || f.area().equals("chapter7")) && f.severity() != Severity.INFO) {
                    found.put(name(file) + " " + f.rule() + " " + f.location().line(), f.message());
                }
            }
        }
        assertEquals(String.join("\n", KNOWN.keySet()), String.join("\n", found.keySet()),
                () -> "citation/chapter7 findings on adopted texts changed:\n" + found.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }

    @Test
    void findingsPerRuleOnAdoptedTexts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (FileResult file : run.files()) {
            for (Finding f : file.findings()) {
                if (f.area().equals("citation") || f.area().equals("chapter7")) {
                    counts.merge(f.rule(), 1, Integer::sum);
                }
            }
        }
        assertEquals(new TreeMap<>(COUNTS), counts);
    }

    /**
     * The manifest's {@code acting_under_chapter_VII} column (a literal search for "Acting under
     * Chapter VII") against the invocations found: they differ only where the reason is named.
     */
    @Test
    void invocationsAgreeWithTheManifest() throws IOException {
        Map<String, Boolean> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(Corpus.require("corpus/MANIFEST.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols[0].startsWith("unsc/")) {
                manifest.put(cols[0].substring(5), cols[4].equals("yes"));
            }
        }
        ChapterSevenAnalyzer analyzer = new ChapterSevenAnalyzer();
        TreeSet<String> differ = new TreeSet<>();
        for (FileResult file : run.files()) {
            boolean found = analyzer.analyze(file.model()).stream().anyMatch(o -> o instanceof Invocation i
                    && i.getWording().contains("Chapter VII"));
            if (found != manifest.get(name(file))) {
                differ.add(name(file) + (found ? " found" : " not found"));
            }
        }
        assertEquals(String.join("\n", EXPECTED_DIFFERENCES.keySet()), String.join("\n", differ));
    }

    /** Texts where the manifest's literal search and the analyzer differ, and why (all found here, none missed). */
    /** Scoped invocations that name paragraphs of their own text are read (and chapter7.scope finds them all). */
    @Test
    void scopedInvocationsAreRead() {
        ChapterSevenAnalyzer analyzer = new ChapterSevenAnalyzer();
        TreeSet<String> scoped = new TreeSet<>();
        for (FileResult file : run.files()) {
            analyzer.analyze(file.model()).stream().filter(o -> o instanceof InvocationScope)
                    .forEach(o -> scoped.add(name(file) + " " + ((InvocationScope) o).getWording()));
        }
        assertEquals("S-RES-2350-2017.txt paragraphs 5 to 14", String.join("\n", scoped));
    }

    static final Map<String, String> EXPECTED_DIFFERENCES = new TreeMap<>(Map.ofEntries(
            Map.entry("S-RES-1563-2004.txt found", "'Acting for these reasons under Chapter VII' (ISAF renewals)"),
            Map.entry("S-RES-1623-2005.txt found", "'Acting for these reasons under Chapter VII'"),
            Map.entry("S-RES-1776-2007.txt found", "'Acting for these reasons under Chapter VII'"),
            Map.entry("S-RES-2011-2011.txt found", "'Acting for these reasons under Chapter VII'"),
            Map.entry("S-RES-2069-2012.txt found", "'Acting for these reasons under Chapter VII'"),
            Map.entry("S-RES-1737-2006.txt found", "'Acting under Article 41 of Chapter VII'"),
            Map.entry("S-RES-1747-2007.txt found", "'Acting under Article 41 of Chapter VII'"),
            Map.entry("S-RES-1984-2011.txt found", "'Acting under Article 41 of Chapter VII'"),
            Map.entry("S-RES-2141-2014.txt found", "'Acting under Article 41 of Chapter VII'"),
            Map.entry("S-RES-2569-2021.txt found", "'Acting under Article 41 of Chapter VII'"),
            Map.entry("S-RES-2627-2022.txt found", "'Acting under Article 41 of Chapter VII'"),
            Map.entry("S-RES-2598-2021.txt found", "'..., and, for these specific purposes, acting under Chapter VII' inside a preambular paragraph"),
            Map.entry("S-RES-897-1994.txt found", "'and acting under Chapter VII of' hard-wrapped inside the determination paragraph")));

    private static String name(FileResult file) {
        return Path.of(file.path()).getFileName().toString();
    }
}
