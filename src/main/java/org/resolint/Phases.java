package org.resolint;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's start-up time goes: each step notes when it ended, and {@code check --debug}
 * prints the notes (milliseconds since the program's first note or class use, thread). Cheap enough
 * to note always; the notes are a handful per run.
 */
public final class Phases {
    private static final long START = System.nanoTime();
    private static final long START_MILLIS = System.currentTimeMillis();
    private static final List<Note> NOTES = new ArrayList<>();

    private record Note(long nanos, String step, String thread) {
    }

    private Phases() {
    }

    /** Forgets earlier notes: one run's notes only (tests run many in one JVM). */
    public static void reset() {
        synchronized (NOTES) {
            NOTES.clear();
        }
    }

    /** Notes that {@code step} has just ended on this thread. */
    public static void done(String step) {
        Note note = new Note(System.nanoTime() - START, step, Thread.currentThread().getName());
        synchronized (NOTES) {
            NOTES.add(note);
        }
    }

    /** As {@link #done}, the first time only (a step every draft goes through). */
    public static void first(String step) {
        synchronized (NOTES) {
            if (NOTES.stream().anyMatch(n -> n.step().equals(step))) {
                return;
            }
        }
        done(step);
    }

    /** Prints the notes so far, one line each. */
    public static void print(PrintWriter err) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        err.printf(java.util.Locale.ROOT, "resolint: debug: the JVM started %d ms before the first note%n",
                START_MILLIS - jvmStart);
        synchronized (NOTES) {
            for (Note n : NOTES) {
                err.printf(java.util.Locale.ROOT, "resolint: debug: %7.1f ms  %s  [%s]%n", n.nanos() / 1e6, n.step(),
                        n.thread());
            }
        }
        err.flush();
    }
}
