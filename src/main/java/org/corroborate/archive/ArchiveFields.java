package org.corroborate.archive;

import static org.corroborate.archive.ProjectArchiveService.PROJECT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading an archive's JSON fields, each refused with a message that names where the bad value is. */
final class ArchiveFields {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ArchiveFields() {}

    static JsonNode parse(ArchiveInput input, byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ArchiveRefusedException(input.where() + "not a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw new ArchiveRefusedException(input.where() + "not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
    }

    static @Nullable String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new ArchiveRefusedException(field + " is not text.");
        }
        return node.stringValue();
    }

    static BigDecimal decimal(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isNumber()) {
            throw new ArchiveRefusedException(PROJECT + ": " + field + " is missing or not a number.");
        }
        return node.decimalValue();
    }

    static int integer(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isInt()) {
            throw new ArchiveRefusedException(PROJECT + ": " + field + " is missing or not a whole number.");
        }
        return node.intValue();
    }

    static boolean bool(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isBoolean()) {
            throw new ArchiveRefusedException(PROJECT + ": " + field + " is missing or not true or false.");
        }
        return node.booleanValue();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String where, String field, @Nullable String value) {
        try {
            return Enum.valueOf(type, Objects.requireNonNullElse(value, ""));
        } catch (IllegalArgumentException e) {
            throw new ArchiveRefusedException(
                    where + (where.endsWith(": ") ? "" : ": ") + field + " '" + shorten(String.valueOf(value))
                            + "' is not one of " + List.of(type.getEnumConstants()) + ".",
                    e);
        }
    }

    static OffsetDateTime instant(String bad, String text) {
        try {
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException(bad + "is not an ISO instant.", e);
        }
    }

    static LocalDate date(String bad, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException(bad + "is not an ISO date.", e);
        }
    }

    static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
