package org.resolint.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.resolint.Version;
import org.resolint.engine.RuleEngine;
import org.resolint.fix.FixResult;
import org.resolint.fix.Fixer;
import org.resolint.fix.Note;
import org.resolint.fix.FixOptions;
import org.resolint.reader.InputException;
import org.resolint.report.SarifReporter;
import org.resolint.report.docx.DocxAnnotator;
import org.resolint.report.docx.DocxReviewReport;

/**
 * {@code resolint serve}: the page and its API on Javalin. The page ({@code /}) is plain HTML, CSS
 * and JavaScript from the jar; every answer is computed by the checker and reporters the command
 * line uses. Each check runs through the {@link RequestGate} (concurrency, time) on files in the
 * {@link UploadFolder} (deleted after each request); bodies over the upload limit get 413.
 */
public final class WebServer implements AutoCloseable {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** No resource from outside the machine, no framing by other sites. */
    private static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final WebLimits limits;
    private final UploadFolder uploads;
    private final DraftChecks checks;
    private final RequestGate gate;
    private final PageView view;
    private final Map<String, byte[]> assets = new ConcurrentHashMap<>();
    private final String rulesJson;
    private final String profilesJson;
    private final Javalin app;

    public WebServer(RuleEngine engine, WebLimits limits, Catalogs catalogs) throws IOException {
        this.limits = limits;
        this.uploads = new UploadFolder();
        this.checks = new DraftChecks(engine, uploads);
        this.gate = new RequestGate(limits);
        this.view = new PageView(new Explanations(engine));
        this.rulesJson = catalogs.rulesJson();
        this.profilesJson = catalogs.profilesJson();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = limits.maxUploadBytes();
            // Multipart parts stay in memory (the body is already capped): Jetty writes nothing to disk.
            config.jetty.multipartConfig.maxInMemoryFileSize((int) limits.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.cacheDirectory(uploads.root().toString());
            config.routes.before(this::refuseLargeBodies);
            config.routes.get("/", ctx -> asset(ctx, "index.html", "text/html; charset=utf-8"));
            config.routes.get("/app.js", ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8"));
            config.routes.get("/app.css", ctx -> asset(ctx, "app.css", "text/css; charset=utf-8"));
            config.routes.get("/api/rules", ctx -> json(ctx, rulesJson));
            config.routes.get("/api/profiles", ctx -> json(ctx, profilesJson));
            config.routes.post("/api/check", this::check);
            config.routes.post("/api/view", this::page);
            config.routes.post("/api/report", ctx -> word(ctx, false));
            config.routes.post("/api/annotate", ctx -> word(ctx, true));
            config.routes.post("/api/fix", this::fix);
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> refused(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "resolint: no page " + ctx.path());
                }
            });
            config.routes.error(413, ctx -> error(ctx, 413, tooLarge()));
        });
    }

    /** Starts listening; port 0 takes a free port. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    UploadFolder uploads() {
        return uploads;
    }

    RequestGate gate() {
        return gate;
    }

    @Override
    public void close() {
        app.stop();
        gate.close();
        uploads.close();
    }

    /**
     * A failure outside the checker: a body without Content-Length that outgrew the limit while
     * Jetty parsed it (413), another malformed request (400), else an internal error (500).
     */
    private void refused(Context ctx, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof IllegalStateException && m.startsWith("max ") && m.contains("exceeded")) {
                error(ctx, 413, tooLarge());
                return;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
                error(ctx, 400, "resolint: bad request: " + bad.getReason());
                return;
            }
        }
        error(ctx, 500, "resolint: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void refuseLargeBodies(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        String length = ctx.header("Content-Length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest("resolint: bad Content-Length");
            }
            if (n > limits.maxUploadBytes()) {
                throw new BadRequest(413, tooLarge());
            }
        }
    }

    private String tooLarge() {
        return "resolint: upload is too large (the limit is " + mb(limits.maxUploadBytes()) + ")";
    }

    private static String mb(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** {@code POST /api/check}: the DESIGN.md JSON document ({@code ?format=sarif}: SARIF 2.1.0). */
    private void check(Context ctx) throws Exception {
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        if (!format.equals("json") && !format.equals("sarif")) {
            throw new BadRequest("resolint: --format " + format + ": the API answers json or sarif");
        }
        DraftRequest request = DraftRequest.from(ctx);
        String body = gate.run(() -> checks.check(request, checked -> {
            if (format.equals("sarif")) {
                StringWriter w = new StringWriter();
                new SarifReporter(Version.get(), checks.engine().rules()).write(checked.run(), w);
                return w.toString();
            }
            return PageView.document(checked);
        }));
        if (format.equals("sarif")) {
            ctx.header("Content-Disposition", attachment(request.name(), ".sarif"));
        }
        json(ctx, body);
    }

    /** {@code POST /api/view}: what the page shows (document, paragraphs, finding spans, rationale). */
    private void page(Context ctx) throws Exception {
        DraftRequest request = DraftRequest.from(ctx);
        json(ctx, gate.run(() -> checks.check(request, view::render)));
    }

    /** {@code POST /api/report} and {@code /api/annotate}: the Word review report or annotated copy. */
    private void word(Context ctx, boolean annotate) throws Exception {
        DraftRequest request = DraftRequest.from(ctx);
        byte[] docx = gate.run(() -> checks.check(request, checked -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (annotate) {
                try {
                    new DocxAnnotator().write(checked.file(), checked.source(), out);
                } catch (InputException e) {
                    throw new BadRequest("resolint: " + e.getMessage());
                }
            } else {
                new DocxReviewReport(Version.get(), checks.engine().rules(), null)
                        .write(checked.file(), checked.source(), checked.run().changes().get(checked.file().path()), out);
            }
            return out.toByteArray();
        }));
        ctx.header("Content-Disposition", attachment(request.name(), annotate ? "-annotated.docx" : "-review.docx"));
        ctx.contentType(DOCX).result(docx);
    }

    /**
     * {@code POST /api/fix}: {@code resolint fix}'s output: the fixed draft (base64), its diff, summary,
     * notes and {@code errors} (references left flagged). The draft is checked once, as /api/check does,
     * and the fixes its findings carry are applied: safe ones, unsafe ones with {@code unsafe=true},
     * none with {@code renumber-only=true}, only those of {@code fix=RULE,…} when given.
     */
    private void fix(Context ctx) throws Exception {
        DraftRequest request = DraftRequest.from(ctx);
        Set<String> rules = fixRules(param(ctx, "fix"), checks.engine());
        boolean renumberOnly = "true".equals(param(ctx, "renumber-only"));
        FixOptions options = renumberOnly ? FixOptions.RENUMBER_ONLY
                : new FixOptions(false, "true".equals(param(ctx, "unsafe")), rules);
        String ext = extension(request.name());
        if (!Fixer.FORMATS.contains(ext)) {
            throw new BadRequest("resolint: " + request.name() + ": fix reads .txt, .md and .docx drafts");
        }
        String body = gate.run(() -> checks.check(request, checked -> {
            FixResult result;
            Path draft = checked.draft();
            try {
                result = new Fixer().fix(checked.file(), draft, checked.previous(), options, request.name());
            } catch (InputException e) {
                throw new BadRequest("resolint: " + e.getMessage().replace(draft.toString(), request.name()));
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("name", base(request.name()) + "-fixed." + ext);
            n.put("summary", request.name() + ": " + result.summary());
            n.put("changed", result.changed());
            var diff = n.putArray("diff");
            result.diff().forEach(diff::add);
            var notes = n.putArray("notes");
            for (Note note : result.notes()) {
                notes.add(request.name() + ":" + note.at().line() + ":" + note.at().column() + ": " + note.message());
            }
            var errors = n.putArray("errors");
            result.uncarried().forEach(u -> errors.add(u.line(request.name())));
            n.put("fixed", Base64.getEncoder().encodeToString(result.fixed()));
            return JSON.writeValueAsString(n);
        }));
        json(ctx, body);
    }

    private static String param(Context ctx, String name) {
        return ctx.queryParam(name) != null ? ctx.queryParam(name) : formParam(ctx, name);
    }

    private static String formParam(Context ctx, String name) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        return type.startsWith("multipart/form-data") ? ctx.formParam(name) : null;
    }

    /** The same check of {@code --fix} names as the command line: rule ids the engine has. */
    private static Set<String> fixRules(String list, org.resolint.engine.RuleEngine engine) {
        Set<String> fixes = new LinkedHashSet<>();
        if (list == null || list.isBlank()) {
            return fixes;
        }
        Set<String> known = new java.util.HashSet<>();
        engine.rules().forEach(r -> known.add(r.id()));
        for (String r : list.split(",")) {
            String id = r.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!known.contains(id)) {
                throw new BadRequest("resolint: --fix: no rule " + id + " (see 'resolint rules')");
            }
            fixes.add(id);
        }
        return fixes;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String attachment(String name, String suffix) {
        String file = suffix.startsWith(".") ? name + suffix : base(name) + suffix;
        return "attachment; filename=\"" + file.replace("\"", "_") + "\"";
    }

    private void asset(Context ctx, String name, String type) {
        byte[] body = assets.computeIfAbsent(name, n -> {
            try (InputStream in = WebServer.class.getResourceAsStream("static/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource static/" + n);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ctx.contentType(type).result(body);
    }

    private static void json(Context ctx, String body) {
        ctx.contentType(JSON_TYPE).result(body);
    }

    /** Every refusal is one line, as the command line prints it on stderr, in {@code {"error": ...}}. */
    private static void error(Context ctx, int status, String line) {
        ObjectNode n = JSON.createObjectNode();
        String one = line == null ? "resolint: error" : line.replaceAll("\\s*\\R\\s*", " ");
        n.put("error", one.startsWith("resolint: ") ? one : "resolint: " + one);
        ctx.status(status).contentType(JSON_TYPE).result(n.toString());
    }
}
