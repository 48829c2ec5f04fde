package org.resolint.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks many drafts at once against one engine (its KieBase is shared, each draft gets its own
 * session). Results come back in input order whatever order the threads finish in, so the
 * output of a batch run is the same from run to run.
 */
public final class ParallelChecker {
    /** Like the tests' -Xss4m: long paragraphs make deep regex and parser stacks. */
    private static final long STACK_BYTES = 4L << 20;
    private final Checker checker;
    private final int threads;

    /** {@code threads} ≤ 0 means one per available core. */
    public ParallelChecker(Checker checker, int threads) {
        this.checker = checker;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public CheckRun checkAll(List<Path> files) {
        int n = Math.min(threads, files.size());
        if (n <= 1) {
            return checker.checkAll(files);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(null, r, "resolint-check-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> checker.check(f)));
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (Future<FileResult> f : futures) {
                results.add(f.get());
            }
            return new CheckRun(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking drafts", e);
        } catch (ExecutionException e) {
            // Same failure as a sequential run would have thrown.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
