package org.eacplanner.ui.startup;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.eacplanner.task.Threads;

/**
 * JavaFX starts its font system on the first text it measures: fontconfig, the font files, their glyph tables.
 * That is 60-100 ms on the way to the first frame. A thread of its own measures a text in the window's two faces
 * (regular and bold, for the headings) while the FX thread builds the window's nodes, which measures no text; the
 * FX thread waits for it ({@link #awaitDone}) before showing the window, where it measures its own. The two never
 * measure at once: JavaFX's glyph caches are not made for that. A Text node may be made and measured on any thread
 * while it is in no window.
 */
public final class FontWarmUp {

    private static volatile Thread running;

    private FontWarmUp() {
    }

    /** Starts the warm-up; call on the FX thread once the toolkit is up (from {@code Application.start}). */
    public static void start() {
        running = Threads.start("font-warm-up", FontWarmUp::measure);
    }

    /** Waits (2 s at most) for a warm-up started by {@link #start} to end; returns at once if none was. */
    public static void awaitDone() {
        Thread t = running;
        running = null;
        if (t != null) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void measure() {
        try {
            Text text = new Text("Hg");
            text.getLayoutBounds();
            text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
            text.getLayoutBounds();
        } catch (RuntimeException e) {
            // only a head start: the FX thread loads the fonts itself when it needs them
        }
    }
}
