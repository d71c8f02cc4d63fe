package org.corroborate.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TeamEvent} as one line of text, for a database notification's payload (PostgreSQL's limit is 8,000
 * bytes): numbers as they are, texts in Base64 so no separator or quote in a message can break the line.
 */
final class TeamEventCodec {

    private static final String SEPARATOR = "|";
    private static final String NONE = "-";

    private TeamEventCodec() {}

    static String encode(TeamEvent event) {
        return String.join(
                SEPARATOR,
                Long.toString(event.projectId()),
                event.articleId() == null ? NONE : Long.toString(event.articleId()),
                event.kind().name(),
                text(event.actor()),
                text(event.message()),
                event.slot() == null ? NONE : text(event.slot()));
    }

    static TeamEvent decode(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("not a team event: " + line);
        }
        return new TeamEvent(
                Long.parseLong(f[0]),
                f[1].equals(NONE) ? null : Long.valueOf(f[1]),
                TeamEvent.Kind.valueOf(f[2]),
                untext(f[3]),
                untext(f[4]),
                f[5].equals(NONE) ? null : untext(f[5]));
    }

    private static String text(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(@Nullable String value) {
        return value == null ? "" : new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
