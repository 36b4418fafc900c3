package org.eacplanner.ui.startup;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.eacplanner.common.Messages;
import org.eacplanner.task.Threads;
import org.eacplanner.ui.common.FilePreferencesFactory;
import org.eacplanner.ui.common.Stylesheets;
import org.eacplanner.ui.common.UiSettings;

/**
 * Start-up work that needs no JavaFX toolkit, done on a thread of its own while the toolkit starts, so the FX
 * thread finds it done: the user's settings, the texts, the logging system (JavaFX's CSS code asks for a logger on
 * the first styled node, and the JDK then looks for logging plug-ins in every library) and a first parse of the
 * theme's stylesheet (the parser's classes are then ready when JavaFX parses it). Nothing here may create a node,
 * a control or a window: the toolkit is not up yet.
 */
public final class Prelaunch {

    private static volatile CompletableFuture<UiSettings> prepared;

    private Prelaunch() {
    }

    /** Starts the work on a daemon thread; called before the toolkit starts. */
    public static void start() {
        FilePreferencesFactory.install();
        CompletableFuture<UiSettings> future = new CompletableFuture<>();
        prepared = future;
        Threads.start("prelaunch", () -> {
            try {
                future.complete(prepare(true));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
    }

    /**
     * The user's settings, read while the toolkit started (the texts of their language wait in the resource bundle
     * cache), else (a failure there) read now.
     */
    public static UiSettings take() {
        CompletableFuture<UiSettings> future = prepared;
        prepared = null;
        if (future != null) {
            try {
                return future.join();
            } catch (RuntimeException e) {
                // read again below, where a real problem is reported as it always was
            }
        }
        return prepare(false);
    }

    private static UiSettings prepare(boolean warmUp) {
        if (warmUp) {
            System.getLogger(Prelaunch.class.getName());
        }
        UiSettings settings = UiSettings.forUser();
        Locale locale = settings.language();
        UiSettings.Theme theme = settings.theme();   // reads the settings file
        Messages.ui(locale).get("app.title");
        if (warmUp) {
            Stylesheets.preparse(theme);
        }
        return settings;
    }
}
