package org.eacplanner.ui.start;

import javafx.scene.control.ButtonBase;
import org.eacplanner.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The start page's button icons, set after the first frame. A class of its own so that the start page itself does
 * not load the icon font's classes on the way to the first frame.
 */
final class StartIcons {

    private StartIcons() {
    }

    static void decorate(ButtonBase newButton, ButtonBase openButton, ButtonBase examples) {
        newButton.setGraphic(Icons.of(Material2AL.ADD_CIRCLE_OUTLINE));
        openButton.setGraphic(Icons.of(Material2OutlinedAL.FOLDER_OPEN));
        examples.setGraphic(Icons.of(Material2OutlinedMZ.SCHOOL));
    }
}
