package org.resolint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.cli.Main;
import org.resolint.testing.TestEngine;

/** The API over HTTP: the same documents and one-line errors as the command line, and the limits. */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DRAFT = Path.of("drafts/mandate-with-errors.txt");
    private static final long LIMIT = 256 * 1024;

    private static WebServer server;
    private static Http http;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = new WebServer(TestEngine.get(), new WebLimits(LIMIT, 30, 2, 5), org.resolint.cli.ServeCommand.catalogs(TestEngine.get())).start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        Path root = server.uploads().root();
        server.close();
        assertFalse(Files.exists(root), "the upload folder is deleted when the server stops");
    }

    /** What {@code resolint ARGS} prints: {exit code, stdout, stderr}. */
    private static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static JsonNode withPath(String json, String path) throws Exception {
        JsonNode n = JSON.readTree(json);
        ((ObjectNode) n.get("files").get(0)).put("path", path);
        return n;
    }

    private static void assertUploadsEmpty() throws Exception {
        try (Stream<Path> s = Files.list(server.uploads().root())) {
            assertEquals(List.of(".resolint.yaml"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "every request folder is deleted after its request");
        }
    }

    @Test
    void checkMultipartReturnsTheDocumentOfCheckFormatJson() throws Exception {
        HttpResponse<String> r = http.multipart("/api/check",
                new Http.Form().file("draft", "mandate-with-errors.txt", Files.readAllBytes(DRAFT)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String[] cli = cli("check", "--format", "json", DRAFT.toString());
        assertEquals("1", cli[0]);
        assertEquals(withPath(cli[1], "mandate-with-errors.txt"), JSON.readTree(r.body()));
        assertEquals("mandate-with-errors.txt", JSON.readTree(r.body()).get("files").get(0).get("path").asText());
        assertUploadsEmpty();
    }

    @Test
    void checkJsonBodyGivesTheSameDocument() throws Exception {
        String text = Files.readString(DRAFT);
        ObjectNode body = JSON.createObjectNode().put("name", "mandate-with-errors.txt").put("text", text);
        HttpResponse<String> r = http.json("/api/check", body.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(withPath(cli("check", "--format", "json", DRAFT.toString())[1], "mandate-with-errors.txt"),
                JSON.readTree(r.body()));
    }

    @Test
    void checkWithProfileAndPreviousMatchesTheCommandLine() throws Exception {
        Path before = Path.of("drafts/mandate-clean.txt");
        HttpResponse<String> r = http.multipart("/api/check", new Http.Form()
                .file("draft", "mandate-with-errors.txt", Files.readAllBytes(DRAFT))
                .file("previous", "mandate-clean.txt", Files.readAllBytes(before))
                .field("profile", "general"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cli = withPath(cli("check", "--format", "json", "--profile", "general", "--previous",
                before.toString(), DRAFT.toString())[1], "mandate-with-errors.txt");
        ((ObjectNode) cli.get("files").get(0).get("changes")).put("previous", "mandate-clean.txt");
        assertEquals(cli, JSON.readTree(r.body()));
        assertEquals("general", JSON.readTree(r.body()).get("files").get(0).get("profile").asText());
    }

    @Test
    void pastedTextIsCheckedAsPlainText() throws Exception {
        Path single = Path.of("drafts/single-paragraph.txt");
        HttpResponse<String> r = http.multipart("/api/check", new Http.Form()
                .field("text", Files.readString(single)).field("profile", "auto"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(withPath(cli("check", "--format", "json", single.toString())[1], "pasted.txt"),
                JSON.readTree(r.body()));
        HttpResponse<String> named = http.multipart("/api/check", new Http.Form()
                .field("text", Files.readString(single)).field("name", "../notes"));
        assertEquals("notes.txt", JSON.readTree(named.body()).get("files").get(0).get("path").asText());
    }

    @Test
    void sarifOnRequest() throws Exception {
        HttpResponse<String> r = http.multipart("/api/check?format=sarif",
                new Http.Form().file("draft", "mandate-with-errors.txt", Files.readAllBytes(DRAFT)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode sarif = JSON.readTree(r.body());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(sarif.get("runs").get(0).get("results").size() > 5);
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("mandate-with-errors.txt.sarif"));
    }

    @Test
    void rulesAndProfilesAreTheCommandLinesLists() throws Exception {
        HttpResponse<String> rules = http.get("/api/rules");
        assertEquals(200, rules.statusCode());
        assertEquals(JSON.readTree(cli("rules", "--format", "json")[1]), JSON.readTree(rules.body()));
        HttpResponse<String> profiles = http.get("/api/profiles");
        assertEquals(200, profiles.statusCode());
        assertEquals(JSON.readTree(cli("profiles", "--format", "json")[1]), JSON.readTree(profiles.body()));
    }

    /** The web error for a file equals the command line's stderr line for a file of that name. */
    private void assertSameErrorAsCli(String name, byte[] content) throws Exception {
        Path file = Files.write(tmp.resolve(name), content);
        String[] cli = cli("check", file.toString());
        assertEquals("2", cli[0]);
        String line = cli[2].strip().replace(file.toString(), name);
        assertEquals(1, line.lines().count(), line);
        HttpResponse<String> r = http.multipart("/api/check", new Http.Form().file("draft", name, content));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(line, JSON.readTree(r.body()).get("error").asText());
        assertUploadsEmpty();
    }

    @Test
    void binaryFileIsRefusedWithTheCommandLinesLine() throws Exception {
        assertSameErrorAsCli("binary.txt", new byte[] {'T', 'h', 0, 1, 2, 3});
    }

    @Test
    void emptyNotUtf8AndUnsupportedFilesAreRefusedWithTheCommandLinesLine() throws Exception {
        assertSameErrorAsCli("empty.txt", new byte[0]);
        assertSameErrorAsCli("latin1.txt", "The Security Council,\nD\u00e9cide\n".getBytes(StandardCharsets.ISO_8859_1));
        assertSameErrorAsCli("draft.wpd", "The Security Council,".getBytes(StandardCharsets.UTF_8));
        assertSameErrorAsCli("broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unknownProfileIsRefusedLikeTheProfileOption() throws Exception {
        String[] cli = cli("check", "--profile", "nope", DRAFT.toString());
        HttpResponse<String> r = http.multipart("/api/check", new Http.Form()
                .file("draft", "a.txt", Files.readAllBytes(DRAFT)).field("profile", "nope"));
        assertEquals(400, r.statusCode());
        assertEquals(cli[2].strip(), JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void missingDraftAndBadJsonAreOneLine400s() throws Exception {
        HttpResponse<String> none = http.multipart("/api/check", new Http.Form().field("profile", "auto"));
        assertEquals(400, none.statusCode());
        assertEquals("resolint: no draft: upload a file or paste the text", JSON.readTree(none.body()).get("error").asText());
        HttpResponse<String> bad = http.json("/api/check", "{not json");
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().startsWith("resolint: request body is not valid JSON"));
    }

    @Test
    void uploadOverTheLimitGets413AndTheServerGoesOn() throws Exception {
        byte[] big = new byte[(int) LIMIT + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = http.multipartAlone("/api/check", new Http.Form().file("draft", "big.txt", big));
        assertEquals(413, r.statusCode());
        assertEquals("resolint: upload is too large (the limit is 262144 bytes)", JSON.readTree(r.body()).get("error").asText());
        HttpResponse<String> chunked = http.multipartChunked("/api/check", new Http.Form().file("draft", "big.txt", big));
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals("resolint: upload is too large (the limit is 262144 bytes)",
                JSON.readTree(chunked.body()).get("error").asText());
        HttpResponse<String> after = http.multipart("/api/check",
                new Http.Form().file("draft", "ok.txt", Files.readAllBytes(DRAFT)));
        assertEquals(200, after.statusCode());
        assertUploadsEmpty();
    }

    @Test
    void hostileFileNamesStayInTheRequestFolder() throws Exception {
        Path parent = server.uploads().root().getParent();
        for (String name : List.of("../../escaped-web-test.txt", "..\\..\\escaped-web-test.txt", "/etc/escaped-web-test.txt",
                ".resolint.yaml", "..")) {
            HttpResponse<String> r = http.multipart("/api/check",
                    new Http.Form().file("draft", name, Files.readAllBytes(DRAFT)));
            String shown = JSON.readTree(r.body()).has("files")
                    ? JSON.readTree(r.body()).get("files").get(0).get("path").asText() : r.body();
            assertFalse(shown.contains("/") || shown.contains("\\"), name + " -> " + shown);
            assertFalse(Files.exists(parent.resolve("escaped-web-test.txt")));
            assertFalse(Files.exists(Path.of("/etc/escaped-web-test.txt")));
        }
        assertEquals("", Files.readString(server.uploads().root().resolve(".resolint.yaml")),
                "an upload named .resolint.yaml does not replace the folder's own config");
        assertUploadsEmpty();
    }

    @Test
    void pageViewPlacesFindingsOnTheirWords() throws Exception {
        HttpResponse<String> r = http.multipart("/api/view",
                new Http.Form().file("draft", "mandate-with-errors.txt", Files.readAllBytes(DRAFT)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode v = JSON.readTree(r.body());
        assertEquals("mandate-with-errors.txt", v.get("document").get("files").get(0).get("path").asText());
        JsonNode paragraphs = v.get("paragraphs");
        boolean sawWord = false;
        boolean sawLabel = false;
        for (JsonNode f : v.get("findings")) {
            int at = f.get("at").asInt();
            if (f.get("rule").asText().equals("numbering.start")) {
                assertTrue(f.get("onLabel").asBoolean(), "a wrong number is marked on the paragraph's label");
                assertEquals("2", paragraphs.get(at).get("label").asText());
                sawLabel = true;
            }
            if (f.get("rule").asText().equals("structure.misplaced") && f.get("paragraph").asText().equals("OP5")) {
                String text = paragraphs.get(at).get("text").asText();
                assertEquals("Requests", text.substring(f.get("start").asInt(), f.get("end").asInt()));
                sawWord = true;
            }
            if (f.get("rule").asText().equals("clause.missing")) {
                assertEquals(-1, at, "a missing clause is about the whole text");
            }
            assertFalse(f.get("explain").asText().isBlank(), f.get("rule").asText() + " has its rationale");
        }
        assertTrue(sawWord && sawLabel);
    }

    @Test
    void reportAndAnnotatedCopyAreWordDocuments() throws Exception {
        for (String path : List.of("/api/report", "/api/annotate")) {
            HttpResponse<byte[]> r = http.multipartBytes(path,
                    new Http.Form().file("draft", "mandate-with-errors.txt", Files.readAllBytes(DRAFT)));
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertEquals(WebServer.DOCX, r.headers().firstValue("Content-Type").orElse(""));
            assertEquals('P', r.body()[0]);
            assertEquals('K', r.body()[1]);
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(r.body()))) {
                assertFalse(doc.getParagraphs().isEmpty());
                if (path.endsWith("annotate")) {
                    assertTrue(doc.getDocument().xmlText().contains("commentRangeStart")
                            || doc.getDocComments() != null, "the annotated copy carries comments");
                }
            }
        }
        assertUploadsEmpty();
    }

    @Test
    void fixGivesTheFixedDraftAndItsDiff() throws Exception {
        HttpResponse<String> r = http.multipart("/api/fix",
                new Http.Form().file("draft", "mandate-with-errors.txt", Files.readAllBytes(DRAFT)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode fix = JSON.readTree(r.body());
        String[] cli = cli("fix", DRAFT.toString(), "--diff-only");
        assertTrue(fix.get("changed").asBoolean());
        assertEquals("mandate-with-errors-fixed.txt", fix.get("name").asText());
        assertTrue(fix.get("diff").size() > 0);
        for (JsonNode line : fix.get("diff")) {
            assertTrue(cli[1].contains(line.asText().replace("mandate-with-errors.txt", DRAFT.toString())), line.asText());
        }
        String fixed = new String(java.util.Base64.getDecoder().decode(fix.get("fixed").asText()), StandardCharsets.UTF_8);
        assertTrue(fixed.contains("The Security Council"));
        HttpResponse<String> pdf = http.multipart("/api/fix", new Http.Form().file("draft", "a.pdf", new byte[] {'%'}));
        assertEquals(400, pdf.statusCode());
        HttpResponse<String> badRule = http.multipart("/api/fix?fix=nope",
                new Http.Form().file("draft", "a.txt", Files.readAllBytes(DRAFT)));
        assertEquals(400, badRule.statusCode());
        assertTrue(JSON.readTree(badRule.body()).get("error").asText().startsWith("resolint: --fix: no rule nope"));
        assertUploadsEmpty();
    }

    @Test
    void pageAndAssetsComeFromTheJarWithNoOutsideResource() throws Exception {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/app.js\">"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        for (String asset : List.of("/", "/app.js", "/app.css")) {
            String body = http.get(asset).body();
            assertFalse(body.matches("(?s).*(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*"), asset + " loads nothing from outside");
        }
        assertEquals(404, http.get("/nothing-here").statusCode());
    }
}
