package org.eacplanner.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text from a resource bundle. Bundle files are UTF-8 properties under
 * {@code org/eacplanner/i18n/}; a translation is one more file, never a code change.
 */
public final class Messages {

    public static final String UI_BUNDLE = "org.eacplanner.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages of(String baseName, Locale locale) {
        return new Messages(ResourceBundle.getBundle(baseName, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public static Messages ui(Locale locale) {
        return of(UI_BUNDLE, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The locale asked for (English, not the bundle's root locale, when the default file answers): numbers and
     * dates are formatted by it.
     */
    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text for {@code key}, with {@code {0}}-style arguments filled in; a missing key is a bug and throws.
     * Every value is a {@link MessageFormat} pattern, with or without arguments, so a literal apostrophe is
     * always written {@code ''} in the bundle files.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
