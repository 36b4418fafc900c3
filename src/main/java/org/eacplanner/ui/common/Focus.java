package org.eacplanner.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;

/** Keyboard focus that stays where the user works. */
public final class Focus {

    private Focus() {
    }

    /**
     * A start button and a stop button that take turns being enabled while {@code running} changes: the focus goes
     * from the one that gets disabled to the other, instead of to the top of the window (which would also scroll
     * the view there). Install it before binding the buttons' disabled state, so that it sees the focus first.
     */
    public static void passBetween(ObservableBooleanValue running, Button start, Button stop) {
        running.addListener(o -> {
            if (start.isFocused() || stop.isFocused()) {
                Button next = running.get() ? stop : start;
                Platform.runLater(next::requestFocus); // once its binding has enabled it
            }
        });
    }
}
