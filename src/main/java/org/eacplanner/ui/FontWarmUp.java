package org.eacplanner.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * JavaFX starts its font system on the first text it measures: fontconfig, the font files, their glyph tables.
 * That is 60-100 ms on the way to the first frame. Measuring a text of the window's two faces (regular and bold,
 * for the headings) on a thread of its own while the FX thread builds the window takes most of it off that path.
 * Text nodes may be made and measured on any thread as long as they are not in a shown window; the font system
 * is shared with the render thread and so already works from more than one thread.
 */
final class FontWarmUp {

    private FontWarmUp() {
    }

    /** Starts the warm-up; call on the FX thread once the toolkit is up (from {@code Application.start}). */
    static void start() {
        Thread t = new Thread(FontWarmUp::measure, "font-warm-up");
        t.setDaemon(true);
        t.start();
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
