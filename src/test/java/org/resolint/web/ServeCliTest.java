package org.resolint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.resolint.cli.Main;

/** {@code resolint serve} and {@code bench --web} from the command line. */
class ServeCliTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aPortInUseIsOneLineAndExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String[] r = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals("2", r[0]);
            assertTrue(r[2].startsWith("resolint: 127.0.0.1:" + taken.getLocalPort() + ": cannot listen ("), r[2]);
            assertEquals(1, r[2].strip().lines().count(), r[2]);
        }
    }

    @Test
    void badPortIsRefusedBeforeAnythingStarts() {
        String[] r = run("serve", "--port", "70000");
        assertEquals("2", r[0]);
        assertEquals("resolint: --port 70000: give a port from 0 to 65535", r[2].strip());
    }

    @Test
    void benchWebTimesThePagesAnswer() {
        String[] r = run("bench", "--web", "--rounds", "3", "drafts/mandate-with-errors.txt");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("web: drafts/mandate-with-errors.txt (1 KB): first request "), r[1]);
        assertTrue(r[1].matches("(?s).*web: POST /api/view after the first request: median [0-9.]+ ms, p90 [0-9.]+ ms"
                + " over 3 requests; target 300 ms: (met|NOT met)\\s*"), r[1]);
    }
}
