package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Akoma Ntoso and PDF through the command line: JSON locations and exit 2 on unreadable input. */
class InputFormatsCliTest {

    @Test
    void pdfFindingsCarryPageAndLine() throws Exception {
        CliTest.Result r = CliTest.run("check", "--format", "json", "src/test/resources/pdf/mandate-with-errors.pdf");
        assertEquals(1, r.code(), r.err());
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("files").get(0).get("findings");
        // as many as the draft the PDF was printed from
        assertEquals(org.resolint.testing.TestEngine.check(java.nio.file.Path.of("drafts/mandate-with-errors.txt")).findings().size(),
                findings.size());
        JsonNode first = findings.get(0);
        assertEquals("numbering.start", first.get("rule").asText());
        assertEquals("2", first.get("paragraph").asText());
        assertEquals(1, first.get("line").asInt() / 1000, "page 1");
    }

    @Test
    void aknIsCheckedWithXmlLines() throws Exception {
        CliTest.Result r = CliTest.run("check", "--format", "json", "src/test/resources/akn/sectioned-draft.xml");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(0, new ObjectMapper().readTree(r.out()).get("summary").get("errors").asInt());
    }

    @Test
    void scannedPdfExitsTwoWithOneLine(@TempDir Path tmp) throws Exception {
        Path scan = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(scan.toFile());
        }
        CliTest.Result r = CliTest.run("check", scan.toString());
        assertEquals(2, r.code());
        String all = r.out() + r.err();
        assertTrue(all.contains(scan + ": no text layer (scanned PDF?)"), all);
        assertFalse(all.contains("\tat "), all);
    }
}
