package org.corroborate.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments shown to people: date and time in their own locale (the browser's, see {@link BrowserLocale}). */
public final class DateTimes {

    private DateTimes() {}

    /** "Dec 3, 2026, 8:10:05 AM" in en-US, "3 Dec 2026, 08:10:05" in en-GB: medium date and time. */
    public static String medium(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(at);
    }
}
