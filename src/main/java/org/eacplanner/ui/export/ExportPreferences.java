package org.eacplanner.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.Paper;
import org.eacplanner.ui.common.SettingsWriter;
import org.eacplanner.ui.common.UiSettings;

/**
 * What the Export step remembers between runs: the consultant's name, company and logo, the paper size, the
 * format, the report's language and the folder last exported to. Kept in the app's {@link Preferences} node
 * (keys prefixed {@code export.}), so tests that use a throw-away node for the app's settings isolate these too.
 */
public final class ExportPreferences {

    private static final String PREFIX = "export.";

    private final Preferences node;

    public ExportPreferences(Preferences node) {
        this.node = node;
    }

    /** Everything remembered; absent values are null (a missing logo file or folder is forgotten). */
    public Saved load() {
        return new Saved(node.get(PREFIX + "consultant", null), node.get(PREFIX + "company", null),
                existing(node.get(PREFIX + "logo", null)), named(Paper.class, node.get(PREFIX + "paper", null)),
                named(ExportFormat.class, node.get(PREFIX + "format", null)),
                language(node.get(PREFIX + "language", null)), existing(node.get(PREFIX + "folder", null)));
    }

    /** Remembers {@code saved}; null values are forgotten. */
    public void save(Saved saved) {
        put("consultant", saved.consultant());
        put("company", saved.company());
        put("logo", saved.logo() == null ? null : saved.logo().toAbsolutePath().toString());
        put("paper", saved.paper() == null ? null : saved.paper().name());
        put("format", saved.format() == null ? null : saved.format().name());
        put("language", saved.language() == null ? null : saved.language().getLanguage());
        put("folder", saved.folder() == null ? null : saved.folder().toAbsolutePath().toString());
        SettingsWriter.saveSoon(node);
    }

    private void put(String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(PREFIX + key);
        } else {
            node.put(PREFIX + key, value.strip());
        }
    }

    private static Path existing(String path) {
        if (path == null) {
            return null;
        }
        try {
            Path p = Path.of(path);
            return p.toFile().exists() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Locale language(String tag) {
        return tag == null ? null : UiSettings.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(null);
    }

    /** The remembered values; any of them may be null. */
    public record Saved(String consultant, String company, Path logo, Paper paper, ExportFormat format,
            Locale language, Path folder) {
    }
}
