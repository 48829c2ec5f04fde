package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolint model}: the layout, kinds, labels and line spans of a draft, as text and JSON. */
class ModelCommandTest {
    private static final Path PRESS = Path.of("src/test/resources/fixtures/layout/press-release-quiet.txt");
    private static final Path WRAPPED = Path.of("src/test/resources/fixtures/layout/hard-wrapped-quiet.txt");

    @Test
    void jsonGivesLayoutNumberYearAndEveryParagraph() throws Exception {
        CliTest.Result r = CliTest.run("model", "--format", "json", PRESS.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("one_per_line", root.get("layout").asText());
        assertEquals("quotation", root.get("kind").asText());
        assertEquals(2719, root.get("number").asInt());
        assertEquals(2023, root.get("year").asInt());
        List<String> labels = new ArrayList<>();
        root.get("paragraphs").forEach(p -> labels.add(p.get("kind").asText() + " " + p.get("label").asText()));
        assertEquals(List.of("preambular PP1", "preambular PP2", "heading H1", "operative 1", "operative 2",
                "subparagraph 2 (a)", "subparagraph 2 (b)", "operative 3"), labels);
        JsonNode last = root.get("paragraphs").get(7);
        assertEquals(13, last.get("line").asInt());
        assertEquals("Decides to remain seized of the matter.", last.get("text").asText());
    }

    @Test
    void textShowsLineSpansOfWrappedParagraphs() {
        CliTest.Result r = CliTest.run("model", WRAPPED.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("layout hard_wrapped"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  10-12\\s+operative\\s+2\\s+2\\. Requests.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  13-14\\s+subparagraph\\s+2 \\(a\\)\\s+\\(a\\) To protect.*"), r.out());
    }

    @Test
    void missingFileIsOneLineExitTwo(@TempDir Path tmp) {
        CliTest.Result r = CliTest.run("model", tmp.resolve("absent.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("absent.txt"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(tmp.resolve("absent.txt")));
    }
}
