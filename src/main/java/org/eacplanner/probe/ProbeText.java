package org.eacplanner.probe;

import java.util.Arrays;
import java.util.Locale;
import org.eacplanner.common.Messages;

/**
 * A user-visible text of the live checks (a step's name, reason or advice, a proposal's basis): a key of the
 * probes bundle with its arguments, worded in the run's language when the step ends, so that a saved result
 * holds the text of the language the run was made in. An argument that is itself a text is worded too; other
 * arguments are data (host names, status codes, the server's or the JDK's messages) and stay as they are.
 * Numbers are formatted for the language: pass ports and other numbers that must not be grouped as text.
 */
public final class ProbeText {

    public static final String BUNDLE = "org.eacplanner.i18n.probes";
    /** The suffix of a text's wording for the app, where it differs from the command line's. */
    public static final String APP = ".app";

    private final String key;
    private final Object[] args;

    private ProbeText(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    static ProbeText of(String key, Object... args) {
        return new ProbeText(key, args.clone());
    }

    /** Data shown as it is (e.g. an error code and message the server sent): no key, nothing to translate. */
    static ProbeText plain(String text) {
        return new ProbeText(null, new Object[] {text});
    }

    /** A duration such as {@code 5 s} or {@code 2.5 s}. */
    static ProbeText seconds(long millis) {
        return of("probe.unit.seconds", millis / 1000.0);
    }

    /** The probes bundle in {@code locale} (English when there is no translation). */
    public static Messages texts(Locale locale) {
        return Messages.of(BUNDLE, locale);
    }

    /** The bundle key, null for {@link #plain} text. */
    public String key() {
        return key;
    }

    /** The text in the language of {@code texts} (the probes bundle), worded for the command line. */
    public String in(Messages texts) {
        return in(texts, false);
    }

    /** The text in the language of {@code texts}; for the app, its {@code KEY.app} wording where there is one. */
    public String in(Messages texts, boolean app) {
        if (key == null) {
            return String.valueOf(args[0]);
        }
        Object[] worded = Arrays.stream(args).map(a -> a instanceof ProbeText t ? t.in(texts, app) : a).toArray();
        return texts.get(app && texts.has(key + APP) ? key + APP : key, worded);
    }

    /** English: for exception messages and logs. */
    @Override
    public String toString() {
        return in(English.TEXTS);
    }

    /** The probes bundle in English. */
    static Messages english() {
        return English.TEXTS;
    }

    /** Loaded on first use. */
    private static final class English {
        static final Messages TEXTS = texts(Locale.ENGLISH);
    }
}
