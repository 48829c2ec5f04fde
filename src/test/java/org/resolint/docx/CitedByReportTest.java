package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review report shows, under a finding's paragraph, the paragraphs whose references cite it. */
class CitedByReportTest {
    static final String DRAFT = "The Security Council,\n\nRecalling its resolutions on Tesaria,\n\n"
            + "1. Decides to extend the mandate of the Mission until 30 June 2027;\n\n"
            + "2. Requests the Mission to protect civilians under threat of physical violence;\n\n"
            + "4. Requests the Secretary-General to report on the tasks set out in paragraph 2 above;\n\n"
            + "5. Stresses that the tasks in paragraphs 2 and 4 above are to be carried out together;\n\n"
            + "6. Decides to remain seized of the matter.\n";

    @Test
    void findingOnACitedParagraphListsWhoCitesIt(@TempDir Path tmp) throws Exception {
        Path draft = Files.writeString(tmp.resolve("draft.txt"), DRAFT);
        Path out = tmp.resolve("report.docx");
        DocxOutputsTest.Result r = DocxOutputsTest.run("check", "--report", out.toString(), draft.toString());
        assertTrue(r.code() <= 1, r.err());
        try (XWPFDocument doc = DocxOutputsTest.open(out)) {
            XWPFTable findings = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Where")).findFirst().orElseThrow();
            XWPFTableRow gap = findings.getRows().stream()
                    .filter(row -> row.getCell(2).getText().equals("numbering.gap")).findFirst().orElseThrow();
            // paragraph 4 (numbered after a gap) is cited by paragraph 5 only
            assertEquals("Paragraph 4, line 9", gap.getCell(0).getParagraphs().get(0).getText());
            assertEquals("Cited by: 5", gap.getCell(0).getParagraphs().get(1).getText());
        }
    }
}
