package org.resolint.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.resolint.engine.RuleException;
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * Random edits of real texts never make the parser or the rules throw: deleted, duplicated
 * and swapped lines, stray Unicode (right-to-left marks, combining characters), very long
 * lines, deep sub-paragraph nesting and unbalanced quotes give findings, not crashes.
 */
class ParserPropertiesTest {
    private static final List<List<String>> TEXTS = new ArrayList<>();

    @BeforeContainer
    static synchronized void loadCorpus() throws IOException {
        if (!TEXTS.isEmpty()) {
            return;
        }
        Path dir = Corpus.shared().resolve("corpus/unsc");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().limit(60).toList()) {
                    TEXTS.add(Files.readAllLines(f));
                }
            }
        }
        if (TEXTS.isEmpty()) {
            // Without the shared corpus, edit the project's own sample drafts.
            try (Stream<Path> files = Files.list(Path.of("drafts"))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    TEXTS.add(Files.readAllLines(f));
                }
            }
        }
    }

    enum Edit { DELETE, DUPLICATE, SWAP, UNICODE, LONG_LINE, NEST, QUOTE, MARKER }

    record Mutation(Edit edit, int at, int other, String junk) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.of(Edit.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.strings().withChars("\u200F\u200E\u0301\u0308“”\"()[]–-•\u00A0\u2011(a)(ii)1.;:,")
                        .ofMinLength(1).ofMaxLength(12)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void editedTextsNeverCrash(@ForAll("mutations") List<Mutation> edits, @ForAll int pick) throws Exception {
        loadCorpus();
        List<String> lines = new ArrayList<>(TEXTS.get(Math.floorMod(pick, TEXTS.size())));
        for (Mutation m : edits) {
            apply(lines, m);
        }
        Resolution r = TestEngine.parse("mutant.txt", String.join("\n", lines));
        for (Paragraph p : r.getParagraphs()) {
            p.locate(p.getText().length());
            p.getTerminal();
        }
        List<Finding> findings = TestEngine.get().check(r);
        for (Finding f : findings) {
            assertTrue(f.location().line() >= 1 && f.location().column() >= 1, f.toString());
        }
    }

    private static void apply(List<String> lines, Mutation m) {
        if (lines.isEmpty()) {
            lines.add(m.junk());
            return;
        }
        int i = m.at() % lines.size();
        int j = m.other() % lines.size();
        switch (m.edit()) {
            case DELETE -> lines.remove(i);
            case DUPLICATE -> lines.add(i, lines.get(i));
            case SWAP -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case UNICODE -> {
                String l = lines.get(i);
                int k = l.isEmpty() ? 0 : m.other() % l.length();
                lines.set(i, l.substring(0, k) + m.junk() + l.substring(k));
            }
            case LONG_LINE -> lines.set(i, lines.get(i).repeat(1 + m.other() % 40));
            case NEST -> {
                String[] markers = {"(a) ", "(i) ", "(aa) ", "(A) ", "(1) ", "- "};
                for (int d = 0; d < 1 + m.other() % 30; d++) {
                    lines.add(i, markers[d % markers.length] + "Item at depth " + d + ";");
                    lines.add(i, "");
                }
            }
            case QUOTE -> lines.set(i, "“" + lines.get(i));
            case MARKER -> lines.set(i, (m.other() % 200) + ". " + lines.get(i));
        }
    }

    @net.jqwik.api.Example
    void threeMegabyteDraftIsChecked() throws RuleException {
        StringBuilder b = new StringBuilder("The Security Council,\n\nRecalling its resolutions,\n\n");
        int n = 0;
        while (b.length() < 3_000_000) {
            n++;
            b.append(n).append(". Requests the Secretary-General to report on paragraph ").append(n)
                    .append(" and to continue the work described in the report of the Panel of Experts;\n\n")
                    .append("(a) ").append("first item ".repeat(300)).append(";\n\n(b) second item;\n\n");
        }
        Resolution r = TestEngine.parse("big.txt", b.toString());
        List<Finding> findings = TestEngine.get().check(r);
        assertTrue(r.getParagraphs().size() > 3 * (n - 1), "every paragraph parsed");
        assertTrue(findings.stream().noneMatch(f -> f.rule().startsWith("numbering.")), findings.toString());
    }
}
