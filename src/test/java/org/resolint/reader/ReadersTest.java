package org.resolint.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir
    Path tmp;

    @Test
    void bomAndCrlfAreHandled() throws Exception {
        Path f = tmp.resolve("d.txt");
        Files.write(f, "\uFEFFThe Security Council,\r\n\r\n1. Decides;\r\n".getBytes(StandardCharsets.UTF_8));
        SourceText t = Readers.read(f);
        assertEquals("The Security Council,", t.lines().get(0).text());
        assertEquals("1. Decides;", t.lines().get(2).text());
        assertEquals(3, t.lines().get(2).number());
    }

    @Test
    void markdownMarksAreTakenOffWithColumnsKept() throws Exception {
        Path f = tmp.resolve("d.md");
        Files.writeString(f, "# The Security Council,\n\n*Recalling* its resolutions,\n");
        SourceText t = Readers.read(f);
        assertEquals("The Security Council,", t.lines().get(0).text());
        assertEquals(3, t.lines().get(0).column());
        assertEquals("Recalling its resolutions,", t.lines().get(2).text());
        assertEquals(2, t.lines().get(2).column());
    }

    @Test
    void oneLineErrorsNameTheFile() throws Exception {
        Path big = tmp.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = "Recalling its resolutions, ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n <= PlainTextReader.MAX_BYTES / chunk.length; n++) {
                out.write(chunk);
            }
        }
        InputException e = assertThrows(InputException.class, () -> Readers.read(big));
        assertTrue(e.getMessage().startsWith(big + ": file is too large"), e.getMessage());
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\n\t\n");
        assertTrue(assertThrows(InputException.class, () -> Readers.read(blank)).getMessage().contains("only white space"));
        Path latin = Files.write(tmp.resolve("l.txt"), "ab\nd\u00e9cide".getBytes(StandardCharsets.ISO_8859_1));
        String m = assertThrows(InputException.class, () -> Readers.read(latin)).getMessage();
        assertTrue(m.contains("byte 0xE9 at line 2"), m);
        assertEquals(1, m.lines().count());
        assertTrue(assertThrows(InputException.class, () -> Readers.read(tmp)).getMessage().endsWith("is a folder"));
    }
}
