package org.eacplanner.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the start-up benchmark (bench/startup.sh) only: with {@code -Deacplanner.startupProbe=true} the app
 * prints the wall-clock time of its first animation pulse after the window is shown, then exits. The
 * benchmark's bare JavaFX baseline reports the same moment the same way.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void reportFirstFrame() {
        if (!Boolean.getBoolean("eacplanner.startupProbe")) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("first-frame-ms=" + System.currentTimeMillis());
                Platform.exit();
            }
        }.start();
    }
}
