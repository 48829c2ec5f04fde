package org.resolint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resolint.testing.Corpus;
import org.resolint.testing.TestEngine;

class ParallelCheckerTest {
    @Test
    void parallelRunEqualsSequentialRunInOrderAndContent() {
        List<Path> files = new ArrayList<>(DraftFinder.expand(List.of(Corpus.adopted(), Corpus.drafts())));
        Checker checker = TestEngine.checker();
        CheckRun sequential = checker.checkAll(files);
        CheckRun parallel = new ParallelChecker(checker, 4).checkAll(files);
        assertEquals(files.size(), parallel.files().size());
        for (int i = 0; i < files.size(); i++) {
            FileResult s = sequential.files().get(i);
            FileResult p = parallel.files().get(i);
            assertEquals(s.path(), p.path());
            assertEquals(s.findings(), p.findings(), s.path());
            assertEquals(s.error(), p.error());
        }
    }
}
