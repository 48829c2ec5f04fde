package org.resolint.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets at most {@code maxConcurrent} checks run at once and stops waiting for one after
 * {@code timeoutSeconds}. A request that finds no place within {@code queueSeconds}, or whose
 * check runs too long, gets 503 with one line saying which. A check that overran keeps its place
 * until it really ends (it is interrupted, and the rule engine's own 10 s limit stops it), so a
 * stuck draft cannot make room for more work than the machine has.
 */
final class RequestGate implements AutoCloseable {
    private final WebLimits limits;
    private final Semaphore places;
    private final ExecutorService pool;

    RequestGate(WebLimits limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.maxConcurrent(), true);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "resolint-web-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> T run(Callable<T> work) throws Exception {
        if (!places.tryAcquire(limits.queueSeconds(), TimeUnit.SECONDS)) {
            throw new BadRequest(503, "resolint: server busy: " + limits.maxConcurrent()
                    + " checks are already running; try again in a moment");
        }
        Future<T> future;
        try {
            future = pool.submit(() -> {
                try {
                    return work.call();
                } finally {
                    places.release();
                }
            });
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        try {
            return future.get(limits.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BadRequest(503, "resolint: the check took longer than " + limits.timeoutSeconds()
                    + " s and was stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /** Places free now (for tests and the health line). */
    int free() {
        return places.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
