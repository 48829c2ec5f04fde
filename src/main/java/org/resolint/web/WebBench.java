package org.resolint.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.resolint.check.Checker;
import org.resolint.engine.RuleEngine;

/**
 * {@code resolint bench --web}: how long the page waits for its answer. A server on 127.0.0.1 (free
 * port) gets each draft as the page sends it (multipart {@code POST /api/view}); the first request
 * is reported apart, then {@code rounds} more are timed, beside the check alone in the same process.
 */
public final class WebBench {
    /** The page's answer for a typical draft, after the first request (issue #18). */
    public static final double TARGET_MS = 300;
    private static final String BOUNDARY = "resolint-bench-boundary";

    private WebBench() {
    }

    public static void run(RuleEngine engine, Catalogs catalogs, List<Path> files, int rounds, PrintWriter out) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Double> all = new ArrayList<>();
        try (WebServer server = new WebServer(engine, WebLimits.standard(), catalogs).start("127.0.0.1", 0)) {
            URI view = URI.create("http://127.0.0.1:" + server.port() + "/api/view");
            Checker checker = new Checker(engine);
            for (Path file : files) {
                byte[] body = multipart(file);
                double first = post(client, view, body);
                double[] times = new double[rounds];
                double[] alone = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    times[r] = post(client, view, body);
                    long t = System.nanoTime();
                    checker.check(file);
                    alone[r] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(times);
                Arrays.sort(alone);
                Arrays.stream(times).forEach(all::add);
                out.printf("web: %s (%d KB): first request %.0f ms; then median %.1f ms, max %.1f ms over %d;"
                                + " baseline the check alone %.1f ms%n", file, Files.size(file) / 1024, first,
                        times[rounds / 2], times[rounds - 1], rounds, alone[rounds / 2]);
                out.flush();
            }
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p90 = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.9))];
        out.printf("web: POST /api/view after the first request: median %.1f ms, p90 %.1f ms over %d requests;"
                + " target %.0f ms: %s%n", median, p90, sorted.length, TARGET_MS, p90 < TARGET_MS ? "met" : "NOT met");
    }

    private static double post(HttpClient client, URI uri, byte[] body) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    /** The body the page sends: the draft as file part {@code draft}. */
    private static byte[] multipart(Path file) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"draft\"; filename=\""
                + UploadFolder.safeName(file.getFileName().toString(), "draft.txt")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(Files.readAllBytes(file));
        b.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }
}
