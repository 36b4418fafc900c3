package org.eacplanner.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons: Ikonli's Material 2 pack for the UI, the app icon from resources for windows. */
public final class Icons {

    private static final int[] APP_ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** The app icon in every size that is present in the jar. */
    public static List<Image> appIcons() {
        List<Image> images = new ArrayList<>();
        for (int size : APP_ICON_SIZES) {
            try (InputStream in = Icons.class.getResourceAsStream("/org/eacplanner/icons/app-icon-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon that cannot be read is left out; the window still opens
            }
        }
        return images;
    }
}
