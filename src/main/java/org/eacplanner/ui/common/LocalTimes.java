package org.eacplanner.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments (file saves, autosaves) as the user reads them: in their time zone, formatted for their language. */
public final class LocalTimes {

    private LocalTimes() {
    }

    /** "November 25, 2026" (English) / "25. November 2026" (German). */
    public static String date(Instant when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(when.atZone(ZoneId.systemDefault()));
    }

    /** "November 25, 2026, 7:15 PM" (English) / "25. November 2026, 19:15" (German). */
    public static String dateTime(Instant when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(when.atZone(ZoneId.systemDefault()));
    }
}
