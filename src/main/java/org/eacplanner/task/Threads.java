package org.eacplanner.task;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Every thread the program makes: named, daemon (none keeps the program alive), in one place. */
public final class Threads {

    private Threads() {
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, … */
    public static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts {@code work} on a daemon thread of its own (start-up work before any runner exists). */
    public static Thread start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Runs {@code work} when the program exits normally. */
    public static void atExit(String name, Runnable work) {
        Runtime.getRuntime().addShutdownHook(new Thread(work, name));
    }
}
