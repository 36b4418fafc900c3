package org.eacplanner.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Code that waits for the disk or the network (the file store, the settings store, the logo reader, a probe run)
 * announces itself here, so a test can install a guard that fails when such a call happens on the JavaFX thread.
 * Work run by {@link TaskRunner#sameThread()} counts as background work: in the app it runs off that thread.
 */
public final class BlockingCalls {

    private static final ThreadLocal<Boolean> IN_TASK = ThreadLocal.withInitial(() -> false);
    private static volatile Consumer<String> guard = what -> { };

    private BlockingCalls() {
    }

    /** Called before a blocking call: {@code what} names it ("assessment save", "settings flush", …). */
    public static void check(String what) {
        if (!IN_TASK.get()) {
            guard.accept(what);
        }
    }

    /** Installs the guard (tests); null removes it. */
    public static void install(Consumer<String> newGuard) {
        guard = newGuard == null ? what -> { } : newGuard;
    }

    /** Runs {@code work} as a task's work: its blocking calls are background calls. */
    static <T> T inTask(Callable<T> work) throws Exception {
        boolean outer = IN_TASK.get();
        IN_TASK.set(true);
        try {
            return work.call();
        } finally {
            IN_TASK.set(outer);
        }
    }
}
