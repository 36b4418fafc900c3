package org.eacplanner.ui.startup;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the start-up benchmark (bench/startup.sh) only: with {@code -Deacplanner.startupProbe=true} the app
 * prints the wall-clock time of its first animation pulse after the window is shown, then exits. The
 * benchmark's bare JavaFX baseline reports the same moment the same way. Marks on the way ({@link #mark}) show where
 * the time goes ({@code bench/startup.sh} prints their medians).
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** With the probe on, prints {@code mark WHAT=MILLIS}: where the time to the first frame goes. */
    public static void mark(String what) {
        if (Boolean.getBoolean("eacplanner.startupProbe")) {
            System.out.println("mark " + what + "=" + System.currentTimeMillis());
        }
    }

    public static void reportFirstFrame() {
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
