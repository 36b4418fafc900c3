package org.eacplanner.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import org.eacplanner.storage.AtomicFileWriter;
import org.eacplanner.storage.SaveException;
import org.eacplanner.storage.UserFolder;
import org.eacplanner.task.BlockingCalls;
import org.eacplanner.task.Threads;

/**
 * The app's settings as {@link java.util.prefs.Preferences}, kept in plain properties files: one
 * {@code settings.properties} per node, child nodes in sub-folders. The JDK's own store on Linux and macOS is XML,
 * and reading it on start-up loads an XML parser, looks for parser plug-ins in every library on the class path and
 * starts a timer thread: tens of milliseconds on the way to the first frame for a dozen values.
 *
 * <p>Values are read on first use of a node. {@link #flush()} writes the keys this process set or removed over the
 * file as it is then, so what another instance of the app saved meanwhile is kept (for the same key the last flush
 * wins); each file is replaced atomically, so a crash leaves the old or the new file, never half of one. A file
 * that cannot be read counts as empty (with a warning) and is replaced on the next flush.
 */
public final class FilePreferences extends AbstractPreferences {

    static final String FILE = "settings.properties";
    private static FilePreferences user;
    private final Path folder;
    private Properties values;

    /** Keys set or removed (null) since the file was last read or written: what a flush writes over the file. */
    private final Map<String, String> changes = new HashMap<>();

    private FilePreferences(Path folder) {
        super(null, "");
        this.folder = folder;
    }

    private FilePreferences(FilePreferences parent, String name) {
        super(parent, name);
        this.folder = parent.folder.resolve(encode(name));
        newNode = !Files.isDirectory(folder);
    }

    /** A node name as a folder name: percent-encoded, dots too, so "." and ".." stay names. */
    static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
    }

    /** The node name of a folder, or null for a folder that is not one of ours. */
    static String decode(String folderName) {
        if (folderName.startsWith(".")) {
            return null;
        }
        try {
            return URLDecoder.decode(folderName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The root node of the settings kept in {@code folder}. */
    public static FilePreferences in(Path folder) {
        return new FilePreferences(folder);
    }

    /**
     * The user's settings, one root per process, in {@link UserFolder#SETTINGS}. Unsaved changes are written when the process exits normally. Call
     * {@link FilePreferencesFactory#install()} before this where start-up time matters: making the first node of any
     * kind has the JDK set up its preferences store, its own unless told otherwise.
     */
    public static synchronized FilePreferences forUser() {
        if (user == null) {
            user = in(UserFolder.SETTINGS.path());
            FilePreferences root = user;
            Threads.atExit("settings-flush", () -> {
                try {
                    root.flush();
                } catch (BackingStoreException | IllegalStateException e) {
                    // exiting: nothing more to do
                }
            });
        }
        return user;
    }

    /** This node's folder. */
    public Path folder() {
        return folder;
    }

    private Properties values() {
        if (values == null) {
            values = read();
        }
        return values;
    }

    /** The node's file as it is now; empty if there is none or it cannot be read (with a warning). */
    private Properties read() {
        Properties read = new Properties();
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                read.load(in);
            } catch (IOException | IllegalArgumentException e) {
                read.clear();
                System.getLogger(FilePreferences.class.getName()).log(System.Logger.Level.WARNING,
                        "settings in " + file + " not read, using defaults: " + e.getMessage());
            }
        }
        return read;
    }

    @Override
    protected void putSpi(String key, String value) {
        values().put(key, value);
        changes.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values().getProperty(key);
    }

    @Override
    protected void removeSpi(String key) {
        values().remove(key);
        changes.put(key, null);
    }

    @Override
    protected void removeNodeSpi() throws BackingStoreException {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                // something else is kept there: leave the folder
            }
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
        values = new Properties();
        changes.clear();
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
                String name = decode(child.getFileName().toString());
                if (name != null) {
                    names.add(name);
                }
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

    /** Writes this process's changes, then forgets what was read: the next read sees the file as others left it. */
    @Override
    protected void syncSpi() throws BackingStoreException {
        BlockingCalls.check("settings sync");
        flushSpi();
        values = null;
    }

    /**
     * Writes this process's changes over the file as it is now, so keys another instance of the app saved in the
     * meantime are kept (for the same key, the last flush wins).
     */
    @Override
    protected void flushSpi() throws BackingStoreException {
        BlockingCalls.check("settings flush");
        if (changes.isEmpty() || isRemoved()) {
            return;
        }
        Properties merged = read();
        changes.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        try {
            Files.createDirectories(folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            merged.store(bytes, "EAC Migration Planner settings");
            new AtomicFileWriter().write(folder.resolve(FILE), bytes.toByteArray(), false);
        } catch (IOException | SaveException e) {
            throw new BackingStoreException(e);
        }
        values = merged;
        changes.clear();
    }

    /** Unlike the JDK's nodes, does not look up the JDK's preferences store to say whether this is a user node. */
    @Override
    public String toString() {
        return "Settings node " + absolutePath() + " in " + folder;
    }
}
