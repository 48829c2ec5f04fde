package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;
import org.resolint.report.docx.DocxAnnotator;
import org.resolint.report.docx.DocxReviewReport;
import org.resolint.report.docx.FindingSpan;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

/**
 * On adopted texts (every 10th of the corpus): the annotated copy keeps the text, gives one
 * comment per paragraph with findings, and a paragraph's only finding has its comment on exactly
 * the words the report quotes; the report lists every finding once.
 */
class WordReviewCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void commentsSitOnTheQuotedWordsOnAdoptedTexts() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpus.adopted())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int checked = 0;
        int exact = 0;
        for (int i = 0; i < files.size(); i += 10) {
            Path txt = files.get(i);
            FileResult result = TestEngine.check(txt);
            SourceText source = Readers.read(txt);
            Path annotated = tmp.resolve(i + "-annotated.docx");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new DocxAnnotator().write(result, source, bytes);
            Files.write(annotated, bytes.toByteArray());
            Map<Integer, List<String>> byParagraph = new LinkedHashMap<>();
            for (Finding f : result.findings().stream().sorted(Finding.BY_LOCATION).toList()) {
                FindingSpan span = FindingSpan.of(f, source);
                int line = span != null ? span.startLine() : f.location().line();
                byParagraph.computeIfAbsent(line, k -> new ArrayList<>()).add(span == null ? null : span.words(source));
            }
            List<String> anchored = WordReviewTest.anchored(annotated);
            assertEquals(byParagraph.size(), anchored.size(), txt.toString());
            int k = 0;
            for (List<String> words : byParagraph.values()) {
                if (words.size() == 1 && words.get(0) != null) {
                    assertEquals(words.get(0), anchored.get(k).strip(), txt + " comment " + k);
                    exact++;
                }
                k++;
            }
            assertEquals(DocxOutputsTest.text(txt), DocxOutputsTest.text(annotated), txt.toString());
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            new DocxReviewReport("test", TestEngine.get().rules(), null).write(result, source, report);
            try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(report.toByteArray()))) {
                long rows = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Where"))
                        .flatMap(t -> t.getRows().stream().skip(1))
                        .mapToLong(r -> r.getCell(0).getParagraphs().stream()
                                .filter(p -> !p.getText().startsWith("Cited by")).count())
                        .sum();
                assertEquals(result.findings().size(), rows, txt + ": every finding in one place of the report");
            }
            checked++;
        }
        assertTrue(checked >= 40, "checked " + checked);
        assertTrue(exact > 0, "some comments checked word for word");
        System.out.println("WordReviewCorpusTest: " + checked + " adopted texts, " + exact
                + " single-finding comments on exactly the quoted words");
    }
}
