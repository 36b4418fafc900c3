package org.eacplanner.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eacplanner.common.Messages;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogTexts;

/**
 * The report's words in its language: the report bundle ({@code i18n/report*.properties}), the catalog's
 * words for severities, areas, phases and values, and dates formatted for the locale.
 */
final class ReportText {

    static final String BUNDLE = "org.eacplanner.i18n.report";

    private final Messages messages;
    private final CatalogTexts catalog;
    private final Locale locale;
    private final DateTimeFormatter longDates;
    private final DateTimeFormatter mediumDates;

    /** The words of {@code locale}; {@code catalog} must be worded in the same language. */
    ReportText(CatalogTexts catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
        this.messages = Messages.of(BUNDLE, locale);
        this.longDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.mediumDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    CatalogTexts catalog() {
        return catalog;
    }

    /** The requested locale (a bundle's own locale is the root locale for the default language). */
    Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return messages.has(key);
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** {@code key.one} for 1, else {@code key.other} with the number. */
    String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return messages.get(key + (n == 1 ? ".one" : ".other"), args);
    }

    String date(LocalDate d) {
        return d == null ? null : longDates.format(d);
    }

    String shortDate(LocalDate d) {
        return d == null ? null : mediumDates.format(d);
    }

    /** "312 days left", "today" or "since October 1, 2026 (54 days)". */
    String relative(LocalDate deadline, long daysLeft) {
        if (daysLeft > 0) {
            return count("deadline.left", daysLeft);
        }
        if (daysLeft == 0) {
            return get("deadline.today");
        }
        return messages.get(daysLeft == -1 ? "deadline.since.one" : "deadline.since.other", date(deadline), -daysLeft);
    }

    /** "October 1, 2026 (312 days left)", or "since October 1, 2026 (54 days)" once it has passed. */
    String deadline(LocalDate deadline, long daysLeft) {
        String relative = relative(deadline, daysLeft);
        return daysLeft < 0 ? relative : get("deadline.upcoming", date(deadline), relative);
    }

    String severity(Severity s) {
        return catalog.severity(s);
    }

    String status(ProgressStatus s) {
        return catalog.display(s);
    }

    /** A value as the report shows it: yes/no for booleans, else the catalog's display (enums, dates, numbers). */
    String value(Object value) {
        if (value instanceof Boolean b) {
            return get(b ? "value.yes" : "value.no");
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        return catalog.display(value);
    }

    /** Every key of the report bundle, dots as underscores, for the template ({@code {{t.cover_client}}}). */
    Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String key : Collections.list(messages.bundle().getKeys())) {
            all.put(key.replace('.', '_'), messages.get(key));
        }
        return all;
    }
}
