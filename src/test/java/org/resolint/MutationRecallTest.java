package org.resolint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.CheckRun;
import org.resolint.check.DraftFinder;
import org.resolint.check.FileResult;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.rules.chapter7.ChapterSevenAnalyzer;
import org.resolint.rules.chapter7.Determination;
import org.resolint.rules.chapter7.Enforcement;
import org.resolint.rules.chapter7.Invocation;
import org.resolint.rules.citations.Citation;
import org.resolint.rules.citations.CitationExtractor;
import org.resolint.rules.citations.ResolutionTable;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * Recall of the Chapter VII and citation rules, measured by breaking adopted texts at test time:
 * each mutation is applied to every text where it makes sense, and a mutant counts as caught when
 * the matching rule reports more findings on it than on the original. The figures are printed and
 * stated in docs/chapter7-citations.md; the assertions keep them from sliding.
 */
class MutationRecallTest {
    static CheckRun original;
    static final Map<String, String> FIGURES = new LinkedHashMap<>();

    @BeforeAll
    static void checkOriginals() {
        original = TestEngine.checker().checkAll(DraftFinder.expand(List.of(Corpus.adopted())));
    }

    /** A mutant: a changed text, or null when the mutation does not apply to this text. */
    interface Mutation extends BiFunction<FileResult, String, String> {
    }

    private static double recall(String name, String rule, Mutation mutation, Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name.replaceAll("\\W+", "-")));
        Map<String, Long> before = new LinkedHashMap<>();
        for (FileResult file : original.files()) {
            String text = Files.readString(Path.of(file.path()), StandardCharsets.UTF_8);
            String mutant = mutation.apply(file, text);
            if (mutant != null && !mutant.equals(text)) {
                String fileName = Path.of(file.path()).getFileName().toString();
                Files.writeString(dir.resolve(fileName), mutant, StandardCharsets.UTF_8);
                before.put(fileName, count(file, rule));
            }
        }
        CheckRun run = TestEngine.checker().checkAll(DraftFinder.expand(List.of(dir)));
        List<String> missed = new ArrayList<>();
        int caught = 0;
        for (FileResult file : run.files()) {
            String fileName = Path.of(file.path()).getFileName().toString();
            if (count(file, rule) > before.get(fileName)) {
                caught++;
            } else {
                missed.add(fileName);
            }
        }
        int n = before.size();
        double recall = n == 0 ? 0 : (double) caught / n;
        String figure = String.format("%s -> %s: %d of %d mutants caught (%.1f%%)", name, rule, caught, n, 100 * recall);
        FIGURES.put(name, figure);
        System.out.println("[recall] " + figure + (missed.isEmpty() ? "" : "; missed: "
                + String.join(" ", missed.subList(0, Math.min(12, missed.size()))) + (missed.size() > 12 ? " ..." : "")));
        return recall;
    }

    private static long count(FileResult file, String rule) {
        return file.findings().stream().filter(f -> f.rule().equals(rule)).count();
    }

    private static List<Object> chapter7(FileResult file) {
        return new ChapterSevenAnalyzer().analyze(file.model());
    }

    private static <T> List<T> facts(List<Object> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String blankLines(String text, int from, int to) {
        String[] lines = text.split("\n", -1);
        for (int i = from; i <= to && i <= lines.length; i++) {
            lines[i - 1] = "";
        }
        return String.join("\n", lines);
    }

    static final Pattern INVOCATION = Pattern.compile(
            "(?i)acting\\s+(?:for\\s+these\\s+reasons\\s+)?under\\s+(?:Chapters?|Articles?)\\s[^,;:]*[,;:]?[ \\t\\u00A0]*");

    /** Take every invocation out of a text whose operative part uses enforcement language. */
    @Test
    void removingTheInvocation(@TempDir Path tmp) throws IOException {
        double r = recall("remove the invocation", "chapter7.missing", (file, text) -> {
            List<Object> facts = chapter7(file);
            if (facts(facts, Enforcement.class).isEmpty() || facts(facts, Invocation.class).isEmpty()) {
                return null;
            }
            return INVOCATION.matcher(text).replaceAll("");
        }, tmp);
        assertTrue(r >= 0.95, FIGURES.get("remove the invocation"));
    }

    /** Delete the paragraphs that determine a threat before the first invocation (not the one holding it). */
    @Test
    void removingTheDetermination(@TempDir Path tmp) throws IOException {
        Mutation remove = (file, text) -> {
            List<Object> facts = chapter7(file);
            List<Invocation> inv = facts(facts, Invocation.class);
            if (inv.isEmpty() || count(file, "chapter7.determination") > 0) {
                return null;
            }
            Paragraph first = inv.get(0).getParagraph();
            List<Determination> dets = facts(facts, Determination.class).stream()
                    .filter(d -> d.getPosition() < inv.get(0).getPosition()).toList();
            if (dets.isEmpty() || dets.stream().anyMatch(d -> d.getParagraph() == first)) {
                return null;
            }
            String out = text;
            for (Determination d : dets) {
                out = blankLines(out, d.getParagraph().getLine(), d.getParagraph().getLastLine());
            }
            return out;
        };
        double all = recall("remove the determination", "chapter7.determination", remove, tmp);
        // The rule accepts a recalled resolution as the ground of a follow-up text; measure it also
        // where the preamble cites none, which is where the rule is meant to speak.
        CitationExtractor citations = new CitationExtractor(ResolutionTable.bundled());
        double fresh = recall("remove the determination (preamble recalls no resolution)", "chapter7.determination",
                (file, text) -> citations.extract(file.model()).stream().anyMatch(c -> c.isSecurityCouncil()
                        && c.getParagraph().getKind() == ParagraphKind.PREAMBULAR) ? null : remove.apply(file, text), tmp);
        assertTrue(fresh >= 0.95, FIGURES.get("remove the determination (preamble recalls no resolution)"));
        assertTrue(all >= 0.35, FIGURES.get("remove the determination"));
    }

    static final String[] REWORDINGS = {"Chapter 7 of the Charter of the United Nations",
        "Chapter VII of the UN Charter", "Chapter VII of the Charter of UN", "Chapter VII the Charter of the United Nations",
        "Chapter VII of the United Nations Charter"};

    /** Reword the standard formula in one of five ways, in turn. */
    @Test
    void rewordingTheFormula(@TempDir Path tmp) throws IOException {
        int[] turn = {0};
        double r = recall("reword the formula", "chapter7.phrasing", (file, text) -> {
            Matcher m = Pattern.compile("(?i)(acting\\s+under\\s+)Chapter VII of the Charter of the United Nations").matcher(text);
            if (!m.find() || facts(chapter7(file), Invocation.class).isEmpty()) {
                return null;
            }
            String to = REWORDINGS[turn[0]++ % REWORDINGS.length];
            return text.substring(0, m.start()) + m.group(1) + to + text.substring(m.end());
        }, tmp);
        assertTrue(r >= 0.95, FIGURES.get("reword the formula"));
    }

    /** Move a closing preambular invocation one paragraph up. */
    @Test
    void movingTheInvocationUp(@TempDir Path tmp) throws IOException {
        double r = recall("move the invocation up", "chapter7.position", (file, text) -> {
            List<Invocation> inv = facts(chapter7(file), Invocation.class);
            if (inv.isEmpty()) {
                return null;
            }
            Paragraph p = inv.get(0).getParagraph();
            Paragraph before = p.getOrdinal() == 0 ? null : file.model().getParagraphs().get(p.getOrdinal() - 1);
            if (p.getKind() != ParagraphKind.PREAMBULAR || before == null || before.getKind() != ParagraphKind.PREAMBULAR
                    || p.getLine() != p.getLastLine() || before.getLine() != before.getLastLine()
                    || inv.get(0).getOffset() != 0) {
                return null;
            }
            String[] lines = text.split("\n", -1);
            String swap = lines[p.getLine() - 1];
            lines[p.getLine() - 1] = lines[before.getLine() - 1];
            lines[before.getLine() - 1] = swap;
            return String.join("\n", lines);
        }, tmp);
        assertTrue(r >= 0.95, FIGURES.get("move the invocation up"));
    }

    /** Add one to the year of the first correctly cited Security Council resolution with a dated row. */
    @Test
    void shiftingACitedYear(@TempDir Path tmp) throws IOException {
        double r = recall("shift a cited year", "citation.year",
                (file, text) -> replaceFirstCitation(file, text, c -> c.getNumber() + " (" + (c.getYear() + 1) + ")"), tmp);
        assertTrue(r >= 0.95, FIGURES.get("shift a cited year"));
    }

    /** Raise the number of the first correctly cited resolution by 3000 (past the table), keeping its year. */
    @Test
    void citingANumberThatDoesNotExist(@TempDir Path tmp) throws IOException {
        double r = recall("cite a number beyond the table", "citation.unknown",
                (file, text) -> replaceFirstCitation(file, text, c -> (c.getNumber() + 3000) + " (" + c.getYear() + ")"), tmp);
        assertTrue(r >= 0.95, FIGURES.get("cite a number beyond the table"));
    }

    /**
     * Rewrites the first "NNNN (YYYY)" citation whose year is right and before the table's last year,
     * where it stands whole on one line of the file; null when the text has none.
     */
    /** The cited year lies outside the years the adoption table allows (what citation.year's DRL compares). */
    private static boolean yearImpossible(Citation c) {
        return c.isCovered() && (c.getYear() < c.getMinYear() || (c.getMaxYear() != null && c.getYear() > c.getMaxYear()));
    }

    private static String replaceFirstCitation(FileResult file, String text, Function<Citation, String> to) {
        String[] lines = text.split("\n", -1);
        for (Citation c : CITATIONS.extract(file.model())) {
            if (!c.isSecurityCouncil() || c.getAdopted() == null || c.getYear() == null || yearImpossible(c)
                    || c.getYear() >= c.getLatestDate().getYear() || !c.getText().matches("\\d+ \\(\\d{4}\\)")) {
                continue;
            }
            Location at = c.getParagraph().locate(c.getOffset());
            String line = lines[at.line() - 1];
            int col = at.column() - 1;
            if (col < 0 || !line.startsWith(c.getText(), col)) {
                continue;
            }
            lines[at.line() - 1] = line.substring(0, col) + to.apply(c) + line.substring(col + c.getText().length());
            return String.join("\n", lines);
        }
        return null;
    }

    static final CitationExtractor CITATIONS = new CitationExtractor(ResolutionTable.bundled());

    /** Write "take all necessary means" for "use all necessary means". */
    @Test
    void mixingTheCollocation(@TempDir Path tmp) throws IOException {
        double r = recall("mix the collocation", "chapter7.collocation", (file, text) -> {
            Matcher m = Pattern.compile("\\buse all necessary means\\b").matcher(text);
            return m.find() ? text.substring(0, m.start()) + "take all necessary means" + text.substring(m.end()) : null;
        }, tmp);
        assertTrue(r >= 0.95, FIGURES.get("mix the collocation"));
    }

}
