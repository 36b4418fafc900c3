package org.eacplanner;

import org.eacplanner.cli.CliMain;

/**
 * The single entry point. No arguments start the desktop app; any argument goes to the command line.
 *
 * <p>This class must not extend {@code javafx.application.Application}: the command line runs without
 * touching JavaFX, and the launcher keeps JavaFX on the module path only for the GUI.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.eacplanner.ui.App.launchApp(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }
}
