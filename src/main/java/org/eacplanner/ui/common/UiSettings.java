package org.eacplanner.ui.common;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The desktop app's own settings (theme, language, window bounds, recent files), kept in a {@link Preferences} node:
 * the app's is a {@link FilePreferences} folder; tests hand in a throw-away node instead of the user's.
 */
public final class UiSettings {

    private static final String THEME = "theme";

    /** The languages the app comes in. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH,
            Locale.GERMAN);

    /** How many files the start page lists. */
    public static final int RECENT_LIMIT = 8;
    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings, in the app's own settings folder ({@link FilePreferences}). */
    public static UiSettings forUser() {
        return new UiSettings(FilePreferences.forUser());
    }

    /** A node below the app's settings for one part of the app (e.g. the live checks' network preferences). */
    public Preferences child(String name) {
        return node.node(name);
    }

    /** The settings node, for the app's other remembered choices (the Export step's). */
    public Preferences preferences() {
        return node;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** Remembers the theme and writes it in the background ({@link #saveSoon}). */
    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
        saveSoon();
    }

    /** The app's language: the saved choice, else the system's if the app has it, else English. */
    public Locale language() {
        String saved = node.get("language", null);
        String tag = saved != null ? saved : Locale.getDefault().getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(Locale.ENGLISH);
    }

    /** Remembers the language and writes it in the background ({@link #saveSoon}). */
    public void setLanguage(Locale locale) {
        node.put("language", locale.getLanguage());
        saveSoon();
    }

    /** Writes the settings after a short quiet period, off the calling (FX) thread ({@link SettingsWriter}). */
    private void saveSoon() {
        SettingsWriter.saveSoon(node);
    }

    public WindowBounds windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return null;
        }
        return new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    /** The files opened or saved last, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                try {
                    files.add(Path.of(p));
                } catch (InvalidPathException e) {
                    // a path from another system: skip it
                }
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent files (once), dropping the oldest beyond the limit. */
    public synchronized void addRecentFile(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(p);
        files.add(0, p);
        setRecentFiles(files);
    }

    public synchronized void removeRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(file.toAbsolutePath().normalize());
        setRecentFiles(files);
    }

    private void setRecentFiles(List<Path> files) {
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(UiSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "settings not saved: " + e.getMessage());
        }
    }

    public enum Theme { LIGHT, DARK }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
