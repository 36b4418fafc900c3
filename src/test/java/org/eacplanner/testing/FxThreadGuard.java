package org.eacplanner.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eacplanner.task.BlockingCalls;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test in which the file store, the settings store, the logo reader or a probe run was called on the
 * JavaFX thread outside a task (registered for every test through META-INF/services).
 */
public final class FxThreadGuard implements BeforeEachCallback, AfterEachCallback {

    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final List<String> CALLS = new CopyOnWriteArrayList<>();

    static {
        BlockingCalls.install(what -> {
            if (FX_THREAD.equals(Thread.currentThread().getName())) {
                CALLS.add(what);
            }
        });
    }

    /** The blocking calls made on the JavaFX thread since the test began. */
    public static List<String> callsOnFxThread() {
        return new ArrayList<>(CALLS);
    }

    /** Forgets the calls so far (a test that makes one on purpose). */
    public static void forget() {
        CALLS.clear();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CALLS.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> calls = callsOnFxThread();
        CALLS.clear();
        if (!calls.isEmpty()) {
            throw new AssertionError("blocking calls on the JavaFX thread: " + calls);
        }
    }
}
