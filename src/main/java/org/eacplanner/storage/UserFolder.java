package org.eacplanner.storage;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folders where the app keeps a user's files, by each OS's convention, unless a system property names another
 * (tests, benchmarks, portable installs).
 *
 * <table>
 * <caption>Folders</caption>
 * <tr><th></th><th>Linux (XDG)</th><th>macOS</th><th>Windows</th></tr>
 * <tr><td>{@link #SETTINGS}</td><td>{@code $XDG_CONFIG_HOME/eac-planner} ({@code ~/.config})</td>
 * <td>{@code ~/Library/Application Support/EAC Migration Planner/Settings}</td>
 * <td>{@code %APPDATA%\EAC Migration Planner\Settings}</td></tr>
 * <tr><td>{@link #RECOVERY}</td><td>{@code $XDG_DATA_HOME/eac-planner/recovery} ({@code ~/.local/share})</td>
 * <td>{@code ~/Library/Application Support/EAC Migration Planner/Recovery}</td>
 * <td>{@code %LOCALAPPDATA%\EAC Migration Planner\Recovery}</td></tr>
 * </table>
 */
public enum UserFolder {

    /** The app's settings (roaming on Windows: they follow the user). */
    SETTINGS("eacplanner.settings.dir", "XDG_CONFIG_HOME", ".config", null, "APPDATA", "Roaming", "Settings"),
    /** Autosaved copies of unsaved work (local on Windows: they belong to this machine). */
    RECOVERY("eacplanner.recovery.dir", "XDG_DATA_HOME", ".local/share", "recovery", "LOCALAPPDATA", "Local",
            "Recovery");

    private static final String APP = "EAC Migration Planner";

    private final String property;
    private final String xdgVariable;
    private final String xdgDefault;
    private final String linuxSub;
    private final String windowsVariable;
    private final String windowsDefault;
    private final String sub;

    UserFolder(String property, String xdgVariable, String xdgDefault, String linuxSub, String windowsVariable,
            String windowsDefault, String sub) {
        this.property = property;
        this.xdgVariable = xdgVariable;
        this.xdgDefault = xdgDefault;
        this.linuxSub = linuxSub;
        this.windowsVariable = windowsVariable;
        this.windowsDefault = windowsDefault;
        this.sub = sub;
    }

    /** The system property that names another folder. */
    public String property() {
        return property;
    }

    /** The folder for the current user: the system property's if set, else the OS's convention. */
    public Path path() {
        String override = System.getProperty(property);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return path(FileSystems.getDefault(), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /** The OS's convention, for {@code osName} with {@code env} and {@code userHome} (tests give other systems). */
    Path path(FileSystem fs, String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String base = env.get(windowsVariable);
            return (base != null && !base.isBlank() ? fs.getPath(base) : fs.getPath(userHome, "AppData", windowsDefault))
                    .resolve(APP).resolve(sub);
        }
        if (os.startsWith("mac")) {
            return fs.getPath(userHome, "Library", "Application Support", APP, sub);
        }
        String xdg = env.get(xdgVariable);
        // The XDG spec ignores a relative path.
        Path base = xdg != null && xdg.startsWith("/") ? fs.getPath(xdg) : fs.getPath(userHome, xdgDefault.split("/"));
        Path app = base.resolve("eac-planner");
        return linuxSub == null ? app : app.resolve(linuxSub);
    }
}
