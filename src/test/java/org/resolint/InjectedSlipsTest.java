package org.resolint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * Puts one slip into each adopted text at test time (a US or British spelling, a doubled "the",
 * a transposed acronym) and measures how often the matching finding appears on that line.
 */
class InjectedSlipsTest {
    private static final Map<String, String> MISSPELL = Map.ofEntries(
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("defence", "defense"), Map.entry("centre", "center"), Map.entry("centres", "centers"),
            Map.entry("organization", "organisation"), Map.entry("organizations", "organisations"),
            Map.entry("recognizing", "recognising"), Map.entry("emphasizing", "emphasising"),
            Map.entry("neighbouring", "neighboring"), Map.entry("labour", "labor"),
            Map.entry("stabilization", "stabilisation"), Map.entry("authorized", "authorised"));
    private static final Pattern SPELLING_SITE = Pattern.compile(
            "(?<![\\p{L}\\-])(" + String.join("|", MISSPELL.keySet()) + ")(?![\\p{L}\\-])");
    private static final Pattern THE = Pattern.compile(" the ");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d\\-/])[A-Z]{4,8}(?![\\p{L}\\d])");
    private static final java.util.Set<ParagraphKind> BODY = java.util.Set.of(ParagraphKind.PREAMBULAR,
            ParagraphKind.OPERATIVE, ParagraphKind.SUBPARAGRAPH);
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    /** One slip: the rule that should catch it, and how to put it into a line (null: no site). */
    private record Slip(String rule, Function<String, String> inject) {
    }

    @Test
    void injectedSlipsAreFound(@TempDir Path tmp) throws IOException {
        List<Path> files = DraftFinder.expand(List.of(Corpus.adopted()));
        Map<String, int[]> tally = new LinkedHashMap<>(); // rule → {tried, found}
        List<String> missed = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int body = bodyStart(lines);
            Map<String, Integer> acronymCounts = acronyms(lines, body);
            List<Slip> slips = List.of(
                    new Slip("style.spelling", line -> replaceFirst(SPELLING_SITE, line, m -> MISSPELL.get(m.group(1)))),
                    new Slip("style.repeated-words", line -> replaceFirst(THE, line, m -> " the the ")),
                    new Slip("term.acronym-variant", line -> transposeAcronym(line, acronymCounts)));
            FileResult original = TestEngine.check(file);
            java.util.Set<Integer> bodyLines = new java.util.HashSet<>();
            for (Paragraph p : original.model().getParagraphs()) {
                if (BODY.contains(p.getKind())) {
                    for (int l = p.getLine(); l <= p.getLastLine(); l++) {
                        bodyLines.add(l - 1);
                    }
                }
            }
            for (Slip slip : slips) {
                int at = -1;
                String changed = null;
                // the last site in the body (preamble and operative part, where the rules look):
                // an acronym's later uses come after its definition
                for (int i = lines.size() - 1; i > body && changed == null; i--) {
                    if (bodyLines.contains(i)) {
                        changed = slip.inject().apply(lines.get(i));
                        at = i;
                    }
                }
                if (changed == null) {
                    continue;
                }
                List<String> edited = new ArrayList<>(lines);
                edited.set(at, changed);
                Path copy = tmp.resolve(file.getFileName());
                Files.write(copy, edited, StandardCharsets.UTF_8);
                FileResult after = TestEngine.check(copy);
                int line = at + 1;
                boolean found = count(after, slip.rule(), line) > count(original, slip.rule(), line);
                int[] t = tally.computeIfAbsent(slip.rule(), k -> new int[2]);
                t[0]++;
                if (found) {
                    t[1]++;
                } else {
                    missed.add(slip.rule() + " " + file.getFileName() + ":" + line);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        tally.forEach((rule, t) -> report.append(String.format("%s: %d of %d found (%.1f%%)%n",
                rule, t[1], t[0], 100.0 * t[1] / t[0])));
        report.append("missed:\n").append(String.join("\n", missed)).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/injected-slips.txt"), report);
        tally.forEach((rule, t) -> assertTrue(t[0] > 100 && t[1] * 100 >= t[0] * 90,
                rule + ": " + t[1] + " of " + t[0] + " injected slips found\n" + report));
    }

    private static int bodyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("[“\"]?The Security Council\\s*,?")) {
                return i;
            }
        }
        return 0;
    }

    private static Map<String, Integer> acronyms(List<String> lines, int body) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = body; i < lines.size(); i++) {
            Matcher m = ACRONYM.matcher(lines.get(i));
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String replaceFirst(Pattern p, String line, Function<Matcher, String> with) {
        Matcher m = p.matcher(line);
        if (!m.find()) {
            return null;
        }
        return line.substring(0, m.start()) + with.apply(m) + line.substring(m.end());
    }

    /** MONUSCO → MONUSOC in the last use on this line of an acronym the text uses three times or more. */
    private static String transposeAcronym(String line, Map<String, Integer> counts) {
        Matcher m = ACRONYM.matcher(line);
        String chosen = null;
        int start = -1;
        while (m.find()) {
            String a = m.group();
            if (counts.getOrDefault(a, 0) >= 3 && !ROMAN.matcher(a).matches()) {
                chosen = a;
                start = m.start();
            }
        }
        if (chosen == null) {
            return null;
        }
        int n = chosen.length();
        int i = chosen.charAt(n - 1) != chosen.charAt(n - 2) ? n - 2 : 1;
        String swapped = chosen.substring(0, i) + chosen.charAt(i + 1) + chosen.charAt(i) + chosen.substring(i + 2);
        if (counts.containsKey(swapped)) {
            return null;
        }
        return line.substring(0, start) + swapped + line.substring(start + n);
    }

    /** The places a rule reports on a line: a finding's own, or one of a grouped finding's other places. */
    private static long count(FileResult r, String rule, int line) {
        return r.findings().stream().filter(f -> f.rule().equals(rule))
                .mapToLong(f -> (f.location().line() == line ? 1 : 0)
                        + f.related().stream().filter(l -> l.line() == line).count())
                .sum();
    }
}
