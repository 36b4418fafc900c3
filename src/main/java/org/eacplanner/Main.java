package org.eacplanner;

import org.eacplanner.cli.CliMain;

/**
 * The single entry point. No arguments start the desktop app, and so does a single assessment file (opened
 * from a file manager); any other argument goes to the command line.
 *
 * <p>This class must not extend {@code javafx.application.Application}: the command line runs without
 * touching JavaFX (the launcher puts JavaFX on the module path for every run; the command line never loads it).
 */
public final class Main {

    private Main() {
    }

    /**
     * A single argument that is an existing {@code *.eacplan.json} file is what a file manager passes on a
     * double-click: it opens in the app, not the command line.
     */
    static boolean opensInApp(String[] args) {
        if (args.length != 1 || !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".eacplan.json")) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("eacplanner.startupProbe")) {
            System.out.println("mark main=" + System.currentTimeMillis());   // start-up benchmark: the JVM is up
        }
        if (args.length == 0 || opensInApp(args)) {
            // Settings, texts and stylesheet parsing on a second thread while the JavaFX toolkit starts.
            org.eacplanner.ui.Prelaunch.start();
            org.eacplanner.ui.App.launchApp(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }
}
