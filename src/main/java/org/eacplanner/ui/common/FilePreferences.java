package org.eacplanner.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * The app's settings as {@link java.util.prefs.Preferences}, kept in plain properties files: one
 * {@code settings.properties} per node, child nodes in sub-folders. The JDK's own store on Linux and macOS is XML,
 * and reading it on start-up loads an XML parser, looks for parser plug-ins in every library on the class path and
 * starts a timer thread: tens of milliseconds on the way to the first frame for a dozen values.
 *
 * <p>Values are read on first use of a node and written on {@link #flush()}, each file replaced atomically, so a
 * crash leaves the old or the new file, never half of one. A file that cannot be read counts as empty (with a
 * warning) and is replaced on the next flush. Two instances of the app writing at once: the last flush wins.
 */
public final class FilePreferences extends AbstractPreferences {

    /** Where the settings are kept instead of the default folder (tests, benchmarks). */
    public static final String FOLDER_PROPERTY = "eacplanner.settings.dir";
    static final String FILE = "settings.properties";
    private static final String APP = "EAC Migration Planner";

    private final Path folder;
    private Properties values;
    private boolean dirty;

    private FilePreferences(Path folder) {
        super(null, "");
        this.folder = folder;
    }

    private FilePreferences(FilePreferences parent, String name) {
        super(parent, name);
        this.folder = parent.folder.resolve(URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** The root node of the settings kept in {@code folder}. */
    public static FilePreferences in(Path folder) {
        return new FilePreferences(folder);
    }

    /**
     * The user's settings: {@value #FOLDER_PROPERTY} if set, else the folder of {@link #defaultFolder}. Call
     * {@link #install()} first where start-up time matters: the first node of any kind makes the JDK set up its
     * preferences store, its own unless told otherwise.
     */
    public static FilePreferences forUser() {
        String override = System.getProperty(FOLDER_PROPERTY);
        return in(override != null && !override.isBlank() ? Path.of(override)
                : defaultFolder(FileSystems.getDefault(), System.getProperty("os.name", ""), System.getenv(),
                        System.getProperty("user.home")));
    }

    /**
     * Makes this store the process's preferences store ({@code java.util.prefs.PreferencesFactory}), unless one is
     * set already. Creating any preferences node first initialises {@link java.util.prefs.Preferences}, and that
     * looks up its store: without this, the JDK's XML store and a scan of every library for plug-ins.
     */
    public static void install() {
        if (System.getProperty(FACTORY_PROPERTY) == null) {
            System.setProperty(FACTORY_PROPERTY, Factory.class.getName());
        }
    }

    static final String FACTORY_PROPERTY = "java.util.prefs.PreferencesFactory";

    /** The store for {@code java.util.prefs}: user nodes in the user's settings folder, system nodes below it. */
    public static final class Factory implements java.util.prefs.PreferencesFactory {
        private FilePreferences user;
        private FilePreferences system;

        @Override
        public synchronized java.util.prefs.Preferences userRoot() {
            if (user == null) {
                user = forUser();
            }
            return user;
        }

        @Override
        public synchronized java.util.prefs.Preferences systemRoot() {
            if (system == null) {
                system = in(forUser().folder().resolve("system"));
            }
            return system;
        }
    }

    /**
     * The settings folder by each OS's convention: Linux {@code $XDG_CONFIG_HOME/eac-planner} (default
     * {@code ~/.config}), macOS {@code ~/Library/Application Support/EAC Migration Planner/Settings}, Windows
     * {@code %APPDATA%\EAC Migration Planner\Settings}.
     */
    static Path defaultFolder(FileSystem fs, String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String roaming = env.get("APPDATA");
            Path base = roaming != null && !roaming.isBlank() ? fs.getPath(roaming)
                    : fs.getPath(userHome, "AppData", "Roaming");
            return base.resolve(APP).resolve("Settings");
        }
        if (os.startsWith("mac")) {
            return fs.getPath(userHome, "Library", "Application Support", APP, "Settings");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? fs.getPath(xdg) : fs.getPath(userHome, ".config");
        return base.resolve("eac-planner");
    }

    /** This node's folder. */
    public Path folder() {
        return folder;
    }

    private Properties values() {
        if (values == null) {
            values = new Properties();
            Path file = folder.resolve(FILE);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    values.load(in);
                } catch (IOException | IllegalArgumentException e) {
                    values.clear();
                    System.getLogger(FilePreferences.class.getName()).log(System.Logger.Level.WARNING,
                            "settings in " + file + " not read, using defaults: " + e.getMessage());
                }
            }
        }
        return values;
    }

    @Override
    protected void putSpi(String key, String value) {
        if (!value.equals(values().put(key, value))) {
            dirty = true;
        }
    }

    @Override
    protected String getSpi(String key) {
        return values().getProperty(key);
    }

    @Override
    protected void removeSpi(String key) {
        if (values().remove(key) != null) {
            dirty = true;
        }
    }

    @Override
    protected void removeNodeSpi() throws BackingStoreException {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
            try {
                Files.deleteIfExists(folder);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // something else is kept there: leave the folder
            }
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
        values = new Properties();
        dirty = false;
    }

    @Override
    protected String[] keysSpi() {
        return values().stringPropertyNames().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() throws BackingStoreException {
        if (!Files.isDirectory(folder)) {
            return new String[0];
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path child : children) {
                names.add(URLDecoder.decode(child.getFileName().toString(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
        return names.toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new FilePreferences(this, name);
    }

    /** Writes unsaved changes; otherwise forgets what was read, so the next read sees the file as it is now. */
    @Override
    protected void syncSpi() throws BackingStoreException {
        if (dirty) {
            flushSpi();
        } else {
            values = null;
        }
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        if (!dirty || isRemoved()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            values().store(bytes, "EAC Migration Planner settings");
            new org.eacplanner.storage.AtomicFileWriter().write(folder.resolve(FILE), bytes.toByteArray(), false);
            dirty = false;
        } catch (IOException | org.eacplanner.storage.SaveException e) {
            throw new BackingStoreException(e);
        }
    }

    /** Unlike the JDK's nodes, does not look up the JDK's preferences store to say whether this is a user node. */
    @Override
    public String toString() {
        return "Settings node " + absolutePath() + " in " + folder;
    }
}
