package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.check.FileResult;
import org.resolint.model.Paragraph;
import org.resolint.testing.TestEngine;

/**
 * Drafts written as HTML or flat ODF ({@code src/test/resources/docx/source}) and saved as .docx
 * by LibreOffice ({@code soffice --headless --convert-to docx}): another word processor's
 * automatic numbering, read the way Word would show it.
 */
class DocxFixturesTest {
    static final Path DIR = Path.of("src/test/resources/docx");

    static FileResult check(String name) {
        FileResult r = TestEngine.check(DIR.resolve(name));
        assertFalse(r.failed(), r.error());
        return r;
    }

    static List<String> findings(FileResult r) {
        return r.findings().stream().map(f -> f.location().line() + " " + f.rule() + " " + f.paragraph()).toList();
    }

    static List<String> labels(FileResult r) {
        return r.model().getParagraphs().stream().map(Paragraph::getLabel).toList();
    }

    @Test
    void htmlListWithLetteredSubListIsClean() {
        FileResult r = check("norlandia-mandate.docx");
        assertEquals(List.of(), findings(r));
        assertEquals("S/2031/210", r.model().getSymbol());
        // HTML cannot write "(a)": LibreOffice numbers the sub-list "a.", "b.", read as the same level as (a).
        List<String> labels = labels(r);
        assertEquals(List.of("PP1", "PP2", "PP3", "1", "2", "2 (a)", "2 (b)", "2 (c)", "3", "4", "5"),
                labels.stream().filter(l -> !l.contains("continued")).toList());
        assertEquals(0, labels.stream().filter(l -> l.startsWith("2, continued")).count(), labels.toString());
    }

    @Test
    void listsRestartedUnderHeadingsShowTheirGapAndAMisplacedOpener() {
        FileResult r = check("vestmark-sanctions.docx");
        // <ol start="3"> and <ol start="6"> are new lists: Word shows 6 after 4, a true gap. The draft
        // also imposes an arms embargo without invoking Chapter VII, which chapter7.missing asks about.
        assertEquals(List.of("12 chapter7.missing 3", "13 structure.misplaced 4", "15 clause.missing null", "15 numbering.gap 6"),
                findings(r));
    }

    @Test
    void parenthesisedLettersAndRomansContinueAcrossAHeading() {
        FileResult r = check("ostrava-humanitarian.docx");
        assertEquals(List.of(), findings(r));
        List<String> labels = labels(r);
        assertTrue(labels.containsAll(List.of("1", "2", "2 (a)", "2 (a) (i)", "2 (a) (ii)", "2 (b)", "3", "4")),
                labels.toString());
    }

    /** The plain-text twins in source/ hold the text as Word shows it, numbers typed. */
    @Test
    void sameFindingsAsThePlainTextTwins() {
        for (String name : List.of("vestmark-sanctions", "ostrava-humanitarian")) {
            FileResult docx = check(name + ".docx");
            FileResult text = TestEngine.check(DIR.resolve("source/" + name + ".txt"));
            assertEquals(labels(text), labels(docx), name);
            assertEquals(text.findings().stream().map(f -> f.rule() + " " + f.paragraph()).toList(),
                    docx.findings().stream().map(f -> f.rule() + " " + f.paragraph()).toList(), name);
        }
    }
}
