package org.resolint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resolint.model.Finding;
import org.resolint.model.Resolution;
import org.resolint.testing.TestEngine;

class FingerprintTest {

    /** rule + label → fingerprint, and rule + label → line, of one text. */
    private static Map<String, String> fingerprints(String text, Map<String, Integer> lines) throws Exception {
        Resolution model = TestEngine.parse("draft.txt", text);
        Map<String, String> out = new LinkedHashMap<>();
        for (Finding f : TestEngine.get().check(model)) {
            String key = f.rule() + " " + f.paragraph() + " " + f.message().replaceAll("\\d+", "#");
            out.put(key, Fingerprint.of(f, model));
            lines.put(key, f.location().line());
        }
        return out;
    }

    @Test
    void editsElsewhereLeaveFingerprintsAlone() throws Exception {
        String text = Files.readString(Path.of("drafts/mandate-with-errors.txt"));
        String edited = text
                .replace("The Security Council,\n", "The Security Council,\n\n\n")
                .replace("its strong commitment", "its firm and unwavering commitment");
        Map<String, Integer> before = new LinkedHashMap<>();
        Map<String, Integer> after = new LinkedHashMap<>();
        Map<String, String> a = fingerprints(text, before);
        Map<String, String> b = fingerprints(edited, after);
        assertTrue(a.size() >= 5, a.toString());
        assertEquals(a, b);
        a.keySet().forEach(k -> assertEquals(before.get(k) + 2, after.get(k), "lines moved: " + k));
    }

    @Test
    void editingTheParagraphChangesItsFingerprint() throws Exception {
        String text = Files.readString(Path.of("drafts/mandate-with-errors.txt"));
        String edited = text.replace("4. Authorizes UNSMIT to use", "4. Authorizes UNSMIT to employ");
        Map<String, String> a = fingerprints(text, new LinkedHashMap<>());
        Map<String, String> b = fingerprints(edited, new LinkedHashMap<>());
        String duplicate = a.keySet().stream().filter(k -> k.startsWith("numbering.duplicate")).findFirst().orElseThrow();
        assertNotEquals(a.get(duplicate), b.get(duplicate));
        a.keySet().stream().filter(k -> !k.equals(duplicate)).forEach(k -> assertEquals(a.get(k), b.get(k), k));
    }

    @Test
    void whitespaceDoesNotCount() {
        assertEquals("Decides to extend", Fingerprint.normalize("  Decides \u00a0to\n extend "));
    }
}
