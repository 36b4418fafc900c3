package org.eacplanner;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.eacplanner.cli.CliMain;
import org.eacplanner.ui.App;
import org.eacplanner.ui.startup.Prelaunch;

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
        if (args.length != 1 || !args[0].toLowerCase(Locale.ROOT).endsWith(".eacplan.json")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("eacplanner.startupProbe")) {
            System.out.println("mark main=" + System.currentTimeMillis());   // start-up benchmark: the JVM is up
        }
        if (args.length == 0 || opensInApp(args)) {
            // Settings, texts and stylesheet parsing on a second thread while the JavaFX toolkit starts.
            Prelaunch.start();
            App.launchApp(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }
}
