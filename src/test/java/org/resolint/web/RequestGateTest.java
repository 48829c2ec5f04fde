package org.resolint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrency and time limits of the server's checks. */
class RequestGateTest {

    @Test
    void aRequestFindingNoPlaceGets503() throws Exception {
        try (RequestGate gate = new RequestGate(new WebLimits(1024, 30, 1, 0))) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return gate.run(() -> {
                        running.countDown();
                        release.await(10, TimeUnit.SECONDS);
                        return "first";
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            running.await(10, TimeUnit.SECONDS);
            BadRequest busy = assertThrows(BadRequest.class, () -> gate.run(() -> "second"));
            assertEquals(503, busy.status());
            assertEquals("resolint: server busy: 1 checks are already running; try again in a moment", busy.getMessage());
            release.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals("third", gate.run(() -> "third"), "the place is free again");
        }
    }

    @Test
    void aCheckOverTheTimeLimitGets503AndIsInterrupted() throws Exception {
        try (RequestGate gate = new RequestGate(new WebLimits(1024, 1, 1, 5))) {
            CountDownLatch interrupted = new CountDownLatch(1);
            long t0 = System.nanoTime();
            BadRequest late = assertThrows(BadRequest.class, () -> gate.run(() -> {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            }));
            assertEquals(503, late.status());
            assertEquals("resolint: the check took longer than 1 s and was stopped", late.getMessage());
            assertEquals(true, interrupted.await(5, TimeUnit.SECONDS), "the overrunning check is interrupted");
            assertEquals(true, (System.nanoTime() - t0) / 1_000_000 < 10_000);
            assertEquals("next", gate.run(() -> "next"));
        }
    }

    @Test
    void aBadRequestInsideTheCheckReachesTheCaller() {
        try (RequestGate gate = new RequestGate(new WebLimits(1024, 5, 1, 1))) {
            BadRequest e = assertThrows(BadRequest.class, () -> gate.run(() -> {
                throw new BadRequest("resolint: x.txt: file is empty");
            }));
            assertEquals(400, e.status());
            assertEquals(1, gate.free());
        }
    }
}
