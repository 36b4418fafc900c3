package org.eacplanner.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.eacplanner.ui.startup.AfterFirstFrame;

/**
 * The app icon for windows. Kept apart from {@link Icons} so that setting it does not load the icon font, and set
 * after the first frame: decoding six PNGs is not worth delaying the window for.
 */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** The app icon in every size that is present in the jar. */
    public static List<Image> load() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/org/eacplanner/icons/app-icon-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (IOException e) {
                // an icon that cannot be read is left out; the window still opens
            }
        }
        return images;
    }

    /** Gives {@code stage} the app icon once its first frame is on screen. */
    public static void setAfterFirstFrame(Stage stage) {
        AfterFirstFrame.run(() -> stage.getIcons().setAll(load()));
    }
}
