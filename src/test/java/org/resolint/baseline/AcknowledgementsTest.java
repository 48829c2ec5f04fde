package org.resolint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.testing.TestEngine;

class AcknowledgementsTest {
    private static final String DRAFT = "drafts/mandate-with-errors.txt";

    @Test
    void acceptsByRuleParagraphAndPath() {
        CheckRun run = new CheckRun(List.of(TestEngine.check(Path.of(DRAFT))));
        int all = run.files().get(0).findings().size();
        CheckRun one = new Acknowledgements(List.of(
                new Acknowledgement("numbering.duplicate", "4", null, "agreed language"))).apply(run);
        assertEquals(all - 1, one.files().get(0).findings().size());
        assertEquals(1, one.baselined());

        CheckRun byGlob = new Acknowledgements(List.of(
                new Acknowledgement("structure.misplaced", null, "drafts/*.txt", "house style"))).apply(run);
        assertEquals(2, byGlob.baselined());
        FileResult left = byGlob.files().get(0);
        assertEquals(0, left.findings().stream().filter(f -> f.rule().equals("structure.misplaced")).count());

        CheckRun otherFile = new Acknowledgements(List.of(
                new Acknowledgement("numbering.duplicate", "4", "drafts/other.txt", "agreed"))).apply(run);
        assertEquals(0, otherFile.baselined());
    }

    @Test
    void aReasonIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Acknowledgement("numbering.duplicate", "4", null, " "));
    }
}
