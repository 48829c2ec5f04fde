package org.resolint.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;
import org.resolint.testing.DocxDrafts;

/** Files that are not readable .docx drafts end with exit 2 and one clear line, within seconds. */
class DocxBadInputTest {
    @TempDir
    Path tmp;

    record Result(int code, String err) {
    }

    static Result check(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "check", "--format", "json", file.toString()));
        return new Result(code, err.toString());
    }

    static void assertRefused(Path file, String words) {
        Result r = check(file);
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(1, lines.length, "one line: " + r.err());
        assertTrue(lines[0].startsWith("resolint: " + file), lines[0]);
        assertTrue(lines[0].contains(words), lines[0]);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    private Path valid() throws IOException {
        return DocxDrafts.write(DocxReaderTest.DRAFT, tmp.resolve("valid.docx"), true);
    }

    @Test
    void notAZip() throws IOException {
        Path f = Files.writeString(tmp.resolve("plain.docx"), "The Security Council,\n\n1. Decides;\n");
        assertRefused(f, "not a .docx");
    }

    @Test
    void truncated() throws IOException {
        byte[] all = Files.readAllBytes(valid());
        Path f = Files.write(tmp.resolve("truncated.docx"), Arrays.copyOf(all, all.length / 2));
        assertRefused(f, "corrupt or truncated");
    }

    @Test
    void corruptPart() throws IOException {
        Path f = tmp.resolve("corrupt.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>".getBytes());
            z.closeEntry();
        }
        assertRefused(f, ".docx");
    }

    @Test
    void passwordProtected() throws IOException {
        // Word saves an encrypted .docx as an OLE2 container holding EncryptionInfo and EncryptedPackage.
        Path f = tmp.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            try (OutputStream os = Files.newOutputStream(f)) {
                fs.writeFilesystem(os);
            }
        }
        assertRefused(f, "password-protected");
    }

    @Test
    void macroEnabled() throws IOException {
        Path f = Files.copy(valid(), tmp.resolve("draft.docm"));
        assertRefused(f, "macro-enabled");
        assertRefused(Files.copy(valid(), tmp.resolve("draft.doc")), "save the draft as .docx");
    }

    @Test
    void zipBomb() throws IOException {
        // 60 MB of one repeated byte packs into a few tens of KB: far beyond any draft's ratio.
        Path f = tmp.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                    + "<Default Extension='xml' ContentType='application/xml'/>"
                    + "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
                    + "<Override PartName='/word/document.xml' ContentType='application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>").getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
                    + "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument' Target='word/document.xml'/></Relationships>").getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 1_000_000);
        assertRefused(f, "zip bomb");
    }

    /** A copy of a valid draft with one part replaced (null: removed) and others added. */
    private Path variant(String name, java.util.Map<String, byte[]> replace) throws IOException {
        Path source = valid();
        Path out = tmp.resolve(name);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (replace.containsKey(e.getName())) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.getInputStream(e).readAllBytes());
                zip.closeEntry();
            }
            for (var e : replace.entrySet()) {
                if (e.getValue() != null) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
        }
        return out;
    }

    @Test
    void entityExpansionInAPartIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 2 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        assertRefused(variant("entity.docx", java.util.Map.of("word/document.xml",
                dtd.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))), "DOCTYPE");
    }

    @Test
    void missingBodyPartIsRefused() throws IOException {
        java.util.Map<String, byte[]> drop = new java.util.HashMap<>();
        drop.put("word/document.xml", null);
        assertRefused(variant("missing.docx", drop), "no Word body");
    }

    @Test
    void hugeEmbeddedImageIsNotRead() throws IOException {
        byte[] image = new byte[20 * 1024 * 1024];
        new java.util.Random(1).nextBytes(image);
        String types;
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(valid().toFile())) {
            types = new String(in.getInputStream(in.getEntry("[Content_Types].xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!types.contains("Extension=\"png\"")) {
            types = types.replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ");
        }
        Path f = variant("image.docx", java.util.Map.of("word/media/image1.png", image,
                "[Content_Types].xml", types.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Result r = check(f);
        assertTrue(r.code() == 0 || r.code() == 1, "checked within the time limit: " + r.err());
    }
}
