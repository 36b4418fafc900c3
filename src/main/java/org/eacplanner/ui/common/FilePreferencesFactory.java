package org.eacplanner.ui.common;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;
import org.eacplanner.storage.UserFolder;

/**
 * Makes {@link FilePreferences} the process's {@code java.util.prefs} store. Kept apart from FilePreferences on
 * purpose: loading any {@link Preferences} subclass initialises {@code Preferences}, which picks its store there and
 * then, so the property must be set by a class that is not one.
 */
public final class FilePreferencesFactory implements PreferencesFactory {

    static final String PROPERTY = "java.util.prefs.PreferencesFactory";
    private FilePreferences system;

    /** Made by {@code java.util.prefs.Preferences} from the property. */
    public FilePreferencesFactory() {
    }

    /**
     * Sets the property (unless one is set already) before anything touches {@code java.util.prefs}: without it the
     * JDK's own store is set up on the first node of any kind, with a scan of every library for plug-ins.
     */
    public static void install() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, FilePreferencesFactory.class.getName());
        }
    }

    @Override
    public Preferences userRoot() {
        return FilePreferences.forUser();
    }

    /** Not used by the app; kept beside the user's folder, not inside it. */
    @Override
    public synchronized Preferences systemRoot() {
        if (system == null) {
            Path user = UserFolder.SETTINGS.path();
            system = FilePreferences.in(user.resolveSibling(user.getFileName() + "-system"));
        }
        return system;
    }
}
