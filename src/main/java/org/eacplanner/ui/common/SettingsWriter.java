package org.eacplanner.ui.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.eacplanner.task.Threads;

/**
 * Writes settings to disk after a short quiet period, on one thread of its own: typing in a settings field or
 * choosing an option never makes the FX thread wait for the disk, and a burst of changes is one write. The app
 * calls {@link #flushNow()} when it closes.
 */
public final class SettingsWriter {

    /** How long after the last change a node is written. */
    static final long QUIET_MS = 400;

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(
            Threads.daemon("eac-settings-writer"));
    private static final Set<Preferences> PENDING = ConcurrentHashMap.newKeySet();

    private SettingsWriter() {
    }

    /** Writes {@code node} (and its subtree) once no change has come for a moment. */
    public static void saveSoon(Preferences node) {
        if (PENDING.add(node)) {
            EXECUTOR.schedule(() -> write(node), QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes every pending node now, waiting at most two seconds (called when the app closes). */
    public static void flushNow() {
        try {
            EXECUTOR.submit(() -> PENDING.forEach(SettingsWriter::write)).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.getLogger(SettingsWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "settings not written at exit: " + e);
        }
    }

    private static void write(Preferences node) {
        PENDING.remove(node);
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            System.getLogger(SettingsWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "settings not saved: " + e.getMessage());
        }
    }
}
