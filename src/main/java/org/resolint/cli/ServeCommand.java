package org.resolint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.web.WebLimits;
import org.resolint.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resolint serve}: the web page for drafters and the JSON API, on this machine (see docs/web.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page (paste or upload a draft, see its findings) and the JSON API.",
        footer = {"", "Open http://HOST:PORT/ in a browser. API: POST /api/check, GET /api/rules, GET /api/profiles.",
                "Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--max-upload-mb", defaultValue = "16", paramLabel = "MB",
            description = "Largest request accepted, in MB (default: ${DEFAULT-VALUE}); larger ones get 413.")
    int maxUploadMb;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest a check may run (default: ${DEFAULT-VALUE} s); then 503.")
    int timeoutSeconds;

    @Option(names = "--max-concurrent", defaultValue = "0", paramLabel = "N",
            description = "Checks run at once (default: one per core); others wait up to 10 s, then 503.")
    int maxConcurrent;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserError("--port " + port + ": give a port from 0 to 65535");
        }
        if (maxUploadMb <= 0 || maxUploadMb > 1024 || timeoutSeconds <= 0) {
            throw new UserError("--max-upload-mb (1 to 1024) and --timeout must be positive");
        }
        int concurrent = maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors());
        WebLimits limits = new WebLimits(maxUploadMb * 1024L * 1024L, timeoutSeconds, concurrent, 10);
        RuleEngine engine;
        try {
            engine = Engines.standard(List.of());
        } catch (RuleException e) {
            throw new UserError(e.getMessage(), e);
        }
        WebServer server = new WebServer(engine, limits, catalogs(engine));
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            throw new UserError(host + ":" + port + ": cannot listen (" + rootCause(e) + ")", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "resolint-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("resolint serve: http://" + shownHost + ":" + server.port() + "/ (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return Main.EXIT_CLEAN;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The rule and profile lists the page serves, written as {@code rules} and {@code profiles} write them. */
    public static org.resolint.web.Catalogs catalogs(RuleEngine engine) throws java.io.IOException {
        java.io.StringWriter rules = new java.io.StringWriter();
        try {
            RulesCommand.writeJson(engine, rules);
            return new org.resolint.web.Catalogs(rules.toString(),
                    ProfilesCommand.json(org.resolint.profile.TemplateCatalog.bundled()));
        } catch (RuleException | org.resolint.profile.ProfileException e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }
}
