package org.resolint;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.Checker;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.testing.Corpus;
import org.resolint.testing.LayoutVariants;
import org.resolint.testing.LayoutVariants.Layout;
import org.resolint.testing.LayoutVariants.Variant;
import org.resolint.testing.TestEngine;

/**
 * Every adopted text, rewritten in each layout a draft really comes in (no blank lines, hard-wrapped,
 * CRLF, indented sub-items, straight quotes, quoted in a press release, Markdown), must be read as
 * the same model (paragraph kinds and labels) and give the same findings (rule, paragraph, message,
 * line mapped back to the original) as the original.
 */
class LayoutInvarianceTest {
    /** The share of comparable (text, variant) pairs that must come out the same (measured: 2774 / 2776 = 99.93 %). */
    static final double FLOOR = 0.995;
    private static final Pattern LINE_NUMBERS = Pattern.compile("\\b(lines?) (\\d+(?:(?:, | and )\\d+)*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final boolean VERBOSE = System.getenv("RESOLINT_LAYOUT_VERBOSE") != null;

    @Test
    void everyLayoutReadsLikeTheOriginal(@TempDir Path tmp) throws IOException {
        Path corpus = Corpus.adopted();
        List<Path> texts;
        try (Stream<Path> s = Files.list(corpus)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Checker checker = TestEngine.checker();
        Map<Variant, int[]> figures = new EnumMap<>(Variant.class);
        List<String> skipped = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        int same = 0;
        int compared = 0;
        for (Path text : texts) {
            String original = Files.readString(text, StandardCharsets.UTF_8);
            Path copy = tmp.resolve(text.getFileName());
            Files.writeString(copy, original, StandardCharsets.UTF_8);
            FileResult base = checker.check(copy);
            assertNull(base.error(), text + " could not be checked");
            List<String> baseModel = model(base);
            List<String> baseFindings = findings(base, null, false);
            for (Variant v : variants()) {
                int[] f = figures.computeIfAbsent(v, k -> new int[3]);
                Layout layout = LayoutVariants.make(v, original);
                if (layout.skipped() != null) {
                    f[2]++;
                    skipped.add(v + " " + text.getFileName() + ": " + layout.skipped());
                    continue;
                }
                Path file = tmp.resolve(v.name().toLowerCase() + "." + v.extension);
                Files.writeString(file, layout.text(), StandardCharsets.UTF_8);
                FileResult result = checker.check(file);
                compared++;
                f[1]++;
                boolean straight = v == Variant.STRAIGHT_QUOTES;
                List<String> gotModel = result.error() == null ? model(result) : List.of(result.error());
                List<String> gotFindings = result.error() == null ? findings(result, layout, straight) : List.of();
                List<String> wantFindings = straight ? findings(base, null, true) : baseFindings;
                if (gotModel.equals(baseModel) && gotFindings.equals(wantFindings)) {
                    same++;
                    f[0]++;
                } else {
                    differing.add(v + " " + text.getFileName() + difference(baseModel, gotModel, wantFindings, gotFindings));
                }
            }
        }
        StringBuilder report = new StringBuilder("Layout invariance over " + texts.size() + " adopted texts:\n");
        for (Map.Entry<Variant, int[]> e : figures.entrySet()) {
            int[] f = e.getValue();
            report.append(String.format("  %-20s %3d / %3d same (%.1f %%), %d not comparable%n", e.getKey(), f[0], f[1],
                    f[1] == 0 ? 0 : 100.0 * f[0] / f[1], f[2]));
        }
        report.append(String.format("  all: %d / %d pairs same (%.2f %%)%n", same, compared, 100.0 * same / compared));
        System.out.println(report);
        System.out.println("Not comparable (" + skipped.size() + "):");
        skipped.forEach(s -> System.out.println("  " + s));
        System.out.println("Differing (" + differing.size() + "):");
        differing.forEach(s -> System.out.println("  " + (VERBOSE ? s : s.lines().findFirst().orElse(s))));
        assertTrue(same >= FLOOR * compared, report + "\nfirst differences:\n"
                + String.join("\n", differing.subList(0, Math.min(10, differing.size()))));
    }

    /** -Dlayout.variants=NO_BLANK_LINES,PRESS_RELEASE runs only those (while working on one layout). */
    private static List<Variant> variants() {
        String only = System.getProperty("layout.variants");
        if (only == null || only.isBlank()) {
            return List.of(Variant.values());
        }
        return Stream.of(only.split(",")).map(String::strip).map(Variant::valueOf).toList();
    }

    private static List<String> model(FileResult r) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : r.model().getParagraphs()) {
            out.add(p.getKind() + " " + p.getLabel());
        }
        return out;
    }

    /** Findings as rule, paragraph, original line and message (line numbers in it mapped back too). */
    private static List<String> findings(FileResult r, Layout layout, boolean straight) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            int line = f.location() == null ? 0 : f.location().line();
            String message = f.message();
            if (layout != null) {
                line = layout.original(line);
            }
            message = mapLines(message, layout);
            if (straight) {
                message = LayoutVariants.straightQuotes(message);
            }
            out.add(f.rule() + " | " + f.paragraph() + " | " + line + " | " + message);
        }
        out.sort(null);
        return out;
    }

    private static String mapLines(String message, Layout layout) {
        Matcher m = LINE_NUMBERS.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            // every number of a list ("lines 12, 40 and 77", a grouped finding's places) maps back
            // A grouped finding's places on one original line may stand on two lines of a wrapped
            // variant (and two places on one line are listed once): compare the set of original lines.
            Matcher n = NUMBER.matcher(m.group(2));
            java.util.Set<Integer> lines = new java.util.TreeSet<>();
            while (n.find()) {
                int at = Integer.parseInt(n.group());
                lines.add(layout == null ? at : layout.original(at));
            }
            String r = "lines " + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String difference(List<String> baseModel, List<String> gotModel, List<String> want, List<String> got) {
        StringBuilder sb = new StringBuilder();
        if (!baseModel.equals(gotModel)) {
            int i = 0;
            while (i < baseModel.size() && i < gotModel.size() && baseModel.get(i).equals(gotModel.get(i))) {
                i++;
            }
            sb.append(": model differs at paragraph ").append(i + 1).append(" (")
                    .append(i < baseModel.size() ? baseModel.get(i) : "end").append(" / ")
                    .append(i < gotModel.size() ? gotModel.get(i) : "end").append("), ")
                    .append(baseModel.size()).append(" vs ").append(gotModel.size()).append(" paragraphs");
        }
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            sb.append(sb.length() == 0 ? ": " : "; ").append("findings ").append(want.size()).append(" vs ")
                    .append(got.size()).append(" (first lost: ").append(missing.isEmpty() ? "-" : missing.get(0))
                    .append("; first new: ").append(extra.isEmpty() ? "-" : extra.get(0)).append(")");
        }
        for (String s : missing.subList(0, Math.min(5, missing.size()))) {
            sb.append("\n    - ").append(s);
        }
        for (String s : extra.subList(0, Math.min(5, extra.size()))) {
            sb.append("\n    + ").append(s);
        }
        return sb.toString();
    }
}
