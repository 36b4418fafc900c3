package org.eacplanner.ui.startup;

import javafx.animation.AnimationTimer;

/**
 * Runs work on the FX thread once the window has painted its first frame, to keep start-up work (icon fonts)
 * off the path to the first frame.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    public static void run(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
