package org.corroborate.archive;

import static org.corroborate.archive.ArchiveFields.bool;
import static org.corroborate.archive.ArchiveFields.date;
import static org.corroborate.archive.ArchiveFields.decimal;
import static org.corroborate.archive.ArchiveFields.enumValue;
import static org.corroborate.archive.ArchiveFields.instant;
import static org.corroborate.archive.ArchiveFields.integer;
import static org.corroborate.archive.ArchiveFields.parse;
import static org.corroborate.archive.ArchiveFields.shorten;
import static org.corroborate.archive.ArchiveFields.text;
import static org.corroborate.archive.ProjectArchiveService.FORMAT;
import static org.corroborate.archive.ProjectArchiveService.FORMAT_VERSION;
import static org.corroborate.archive.ProjectArchiveService.MANIFEST;
import static org.corroborate.archive.ProjectArchiveService.MEMBERS;
import static org.corroborate.archive.ProjectArchiveService.PROJECT;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.archive.ArchiveTables.Column;
import org.corroborate.archive.ArchiveTables.Kind;
import org.corroborate.archive.ArchiveTables.Table;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.scheme.Attributes;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.corroborate.user.UserValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;

/**
 * Restores one archive as a new project: reads the entries in order, checks every row against {@link ArchiveTables}
 * (kinds, allowed values, references, offsets) and inserts it, mapping the archived ids to new ones. Any bad entry
 * throws {@link ArchiveRefusedException} naming the entry and line; the caller's transaction then stores nothing.
 * One restorer per restore: it holds what the restore has mapped so far.
 */
final class ArchiveRestorer {

    private static final IdMap EMPTY = new IdMap();
    private static final int SMALL_ENTRY_BYTES = 1024 * 1024;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ProjectService projects;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final SecureRandom random;
    /** Who restores, for the audit of the accounts the restore disables. */
    private final String actor;

    private long projectId;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    /** Old ids to new, per table. */
    private final Map<String, IdMap> ids = new HashMap<>();

    private final Map<String, Long> userIds = new HashMap<>();
    private final List<String> createdUsers = new ArrayList<>();
    /** Old article id → {raw length, cleaned length} (UTF-16 units, as offsets are). */
    private final Map<Long, int[]> textLengths = new HashMap<>();
    /** Old annotation set id → old article id, to check the offsets of the sets' spans. */
    private final Map<Long, Long> setArticles = new HashMap<>();

    ArchiveRestorer(ProjectService projects, UserService users, JdbcTemplate jdbc, SecureRandom random, String actor) {
        this.projects = projects;
        this.users = users;
        this.jdbc = jdbc;
        this.random = random;
        this.actor = actor;
    }

    /** Restores the archive {@code input} reads as a new project named {@code newProjectName}. */
    ArchiveSummary restore(ArchiveInput input, String newProjectName) {
        String name = input.nextEntry();
        if (!MANIFEST.equals(name)) {
            throw new ArchiveRefusedException("Not a Corroborate project archive: its first entry is "
                    + (name == null ? "missing" : "'" + name + "'") + ", not " + MANIFEST + ".");
        }
        Map<String, Long> expected = manifest(input);
        name = input.nextEntry();
        if (!PROJECT.equals(name)) {
            throw new ArchiveRefusedException("The archive's second entry must be " + PROJECT + ".");
        }
        projectId = createProject(input, newProjectName);
        name = input.nextEntry();
        if (!MEMBERS.equals(name)) {
            throw new ArchiveRefusedException("The archive's third entry must be " + MEMBERS + ".");
        }
        counts.put(MEMBERS, restoreMembers(input));
        while ((name = input.nextEntry()) != null) {
            Table table = ArchiveTables.byEntry(name);
            if (table == null) {
                throw new ArchiveRefusedException("The archive has an unknown entry '" + name + "'.");
            }
            if (counts.containsKey(name)) {
                throw new ArchiveRefusedException("The archive has the entry '" + name + "' twice.");
            }
            counts.put(name, restoreTable(input, table));
        }
        input.requireEnd();
        for (Map.Entry<String, Long> count : expected.entrySet()) {
            if (!counts.containsKey(count.getKey())) {
                throw new ArchiveRefusedException(count.getKey() + ": the manifest lists this entry but the"
                        + " archive does not hold it (is it cut short?).");
            }
            long found = counts.getOrDefault(count.getKey(), 0L);
            if (found != count.getValue()) {
                throw new ArchiveRefusedException(count.getKey() + ": the manifest counts " + count.getValue()
                        + " rows but the archive holds " + found + " (is it cut short?).");
            }
        }
        return new ArchiveSummary(projectId, projects.get(projectId).name(), counts, createdUsers);
    }

    private Map<String, Long> manifest(ArchiveInput input) {
        JsonNode manifest = parse(input, input.readSmallEntry(SMALL_ENTRY_BYTES));
        if (!FORMAT.equals(text(manifest, "format"))) {
            throw new ArchiveRefusedException(
                    MANIFEST + ": not a Corroborate project archive (format is not '" + FORMAT + "').");
        }
        JsonNode version = manifest.get("format_version");
        if (version == null || !version.isIntegralNumber() || version.longValue() != FORMAT_VERSION) {
            throw new ArchiveRefusedException(MANIFEST + ": archive format version "
                    + (version == null ? "(none)" : version.toString()) + " is not supported; this Corroborate reads"
                    + " version " + FORMAT_VERSION + ".");
        }
        JsonNode listed = manifest.get("counts");
        if (listed == null || !listed.isObject()) {
            throw new ArchiveRefusedException(MANIFEST + ": the row counts are missing.");
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        for (String entry : listed.propertyNames()) {
            JsonNode count = listed.get(entry);
            if (!entry.equals(MEMBERS) && ArchiveTables.byEntry(entry) == null) {
                throw new ArchiveRefusedException(MANIFEST + ": counts an unknown entry '" + entry + "'.");
            }
            if (count == null || !count.isIntegralNumber() || count.longValue() < 0) {
                throw new ArchiveRefusedException(MANIFEST + ": the count of " + entry + " is not a number.");
            }
            expected.put(entry, count.longValue());
        }
        return expected;
    }

    private long createProject(ArchiveInput input, String newProjectName) {
        JsonNode json = parse(input, input.readSmallEntry(SMALL_ENTRY_BYTES));
        try {
            ProjectSummary project = projects.create(
                    newProjectName,
                    Optional.ofNullable(text(json, "description")).orElse(""));
            ProjectSettings settings = new ProjectSettings(
                    decimal(json, "story_similarity_threshold"),
                    decimal(json, "near_duplicate_threshold"),
                    decimal(json, "approximate_width"));
            project = projects.updateSettings(project.id(), project.version(), settings);
            WorkflowSettings workflow = new WorkflowSettings(
                    integer(json, "annotators_per_article"),
                    enumValue(AssignmentMode.class, PROJECT, "assignment_mode", text(json, "assignment_mode")),
                    integer(json, "abandon_after_minutes"),
                    bool(json, "blind_mode"));
            projects.updateWorkflow(project.id(), project.version(), workflow);
            return project.id();
        } catch (ProjectValidationException e) {
            throw new ArchiveRefusedException(PROJECT + ": " + e.getMessage(), e);
        }
    }

    private long restoreMembers(ArchiveInput input) {
        long rows = 0;
        byte[] line;
        while ((line = input.nextLine()) != null) {
            rows++;
            JsonNode row = parse(input, line);
            String username = Objects.requireNonNullElse(text(row, "username"), "");
            String displayName = Objects.requireNonNullElse(text(row, "display_name"), "");
            String role = text(row, "role");
            if (username.isBlank()) {
                throw new ArchiveRefusedException(input.where() + "the username is missing.");
            }
            try {
                Optional<UserSummary> existing = users.findByUsername(username);
                UserSummary user;
                if (existing.isPresent()) {
                    user = existing.get();
                } else {
                    user = users.createUser(username, displayName, unusablePassword(), false);
                    users.setEnabled(user.username(), false, actor);
                    createdUsers.add(user.username());
                }
                if (!user.username().equals(username)) {
                    throw new ArchiveRefusedException(input.where() + "the username '" + username
                            + "' is not one this instance accepts as it is.");
                }
                userIds.put(username, user.id());
                if (role != null) {
                    projects.setMember(projectId, username, enumValue(ProjectRole.class, input.where(), "role", role));
                }
            } catch (UserValidationException | ProjectValidationException e) {
                throw new ArchiveRefusedException(input.where() + e.getMessage(), e);
            }
        }
        return rows;
    }

    private long restoreTable(ArchiveInput input, Table table) {
        IdMap tableIds = ids.computeIfAbsent(table.table(), t -> new IdMap());
        Set<String> known = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        List<String> names = new ArrayList<>(table.columns().stream()
                .filter(c -> c.kind() != Kind.ID)
                .map(Column::name)
                .toList());
        if (table.projectColumn()) {
            names.add("project_id");
        }
        boolean exercise = table.entry().equals(ArchiveTables.EXERCISES);
        if (exercise) {
            names.add("class_code");
        }
        boolean versioned = ArchiveTables.VERSIONED.contains(table.table());
        if (versioned) {
            names.add("version");
        }
        String insert = "insert into " + table.table() + " (" + String.join(", ", names) + ") values ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        Column idColumn = table.id();
        long rows = 0;
        byte[] line;
        while ((line = input.nextLine()) != null) {
            rows++;
            JsonNode row = parse(input, line);
            for (String field : row.propertyNames()) {
                if (!known.contains(field)) {
                    throw new ArchiveRefusedException(input.where() + "unknown field '" + field + "'.");
                }
            }
            List<@Nullable Object> values = new ArrayList<>();
            Map<String, @Nullable Object> byName = new HashMap<>();
            long oldId = 0;
            for (Column column : table.columns()) {
                Object value = fieldValue(input, row, column);
                if (column.kind() == Kind.ID) {
                    oldId = (Long) Objects.requireNonNull(value, "an id is never null");
                } else {
                    values.add(value);
                    byName.put(column.name(), value);
                }
            }
            if (table.entry().equals(ArchiveTables.ANNOTATION_ATTRIBUTES)
                    && Attributes.CANONICAL_SOURCE.equals(byName.get("name"))) {
                int index = names.indexOf("attr_value");
                values.set(index, relinkSource(input, (String)
                        Objects.requireNonNull(values.get(index), "attribute values are not null")));
            }
            checkOffsets(input, table, row);
            if (table.projectColumn()) {
                values.add(projectId);
            }
            if (exercise) {
                values.add(newClassCode());
            }
            if (versioned) {
                values.add(0L);
            }
            try {
                if (idColumn != null) {
                    GeneratedKeyHolder keys = new GeneratedKeyHolder();
                    jdbc.update(
                            con -> {
                                PreparedStatement statement = con.prepareStatement(insert, new String[] {"id"});
                                bind(statement, values);
                                return statement;
                            },
                            keys);
                    if (!tableIds.add(oldId, generatedId(keys))) {
                        throw new ArchiveRefusedException(input.where() + "the id " + oldId + " does not come after"
                                + " the previous row's: rows are archived in ascending id order, each once.");
                    }
                    if (table.entry().equals(ArchiveTables.ARTICLES)) {
                        textLengths.put(oldId, new int[] {
                            ((String) Objects.requireNonNull(byName.get("raw_text"), "raw_text")).length(),
                            ((String) Objects.requireNonNull(byName.get("cleaned_text"), "cleaned_text")).length()
                        });
                    }
                    if (table.entry().equals(ArchiveTables.ANNOTATION_SETS)) {
                        setArticles.put(oldId, row.get("article_id").longValue());
                    }
                } else {
                    jdbc.update(insert, values.toArray());
                }
            } catch (DataAccessException e) {
                throw new ArchiveRefusedException(
                        input.where() + "the row is refused ("
                                + String.valueOf(Objects.requireNonNullElse(
                                                e.getMostSpecificCause().getMessage(), e.getMessage()))
                                        .lines()
                                        .findFirst()
                                        .orElse("")
                                + ").",
                        e);
            }
        }
        return rows;
    }

    private static long generatedId(GeneratedKeyHolder keys) {
        Map<String, Object> generated = keys.getKeys();
        Object id = generated == null
                ? keys.getKey()
                : generated.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase("id"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(keys.getKey());
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("the database gave no id");
        }
        return number.longValue();
    }

    private static void bind(PreparedStatement statement, List<@Nullable Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A field's value as the database takes it, checked against its kind and allowed values; refs mapped. */
    private @Nullable Object fieldValue(ArchiveInput input, JsonNode row, Column column) {
        JsonNode node = row.get(column.name());
        if (node == null || node.isNull()) {
            if (!column.nullable()) {
                throw new ArchiveRefusedException(input.where() + "the field '" + column.name() + "' is missing.");
            }
            return null;
        }
        String bad = input.where() + "the field '" + column.name() + "' ";
        switch (column.kind()) {
            case ID, LONG, INT, REF -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    throw new ArchiveRefusedException(bad + "is not a whole number.");
                }
                long value = node.longValue();
                if (column.kind() == Kind.INT) {
                    if (value != (int) value) {
                        throw new ArchiveRefusedException(bad + "is out of range.");
                    }
                    return (int) value;
                }
                if (column.kind() == Kind.REF) {
                    String target = Objects.requireNonNull(column.ref(), "a ref names its table");
                    OptionalLong mapped = ids.getOrDefault(target, EMPTY).get(value);
                    if (mapped.isEmpty()) {
                        throw new ArchiveRefusedException(bad + "refers to " + target.replace('_', ' ') + " " + value
                                + ", which is not in the archive (or comes after it).");
                    }
                    return mapped.getAsLong();
                }
                return value;
            }
            case BOOL -> {
                if (!node.isBoolean()) {
                    throw new ArchiveRefusedException(bad + "is not true or false.");
                }
                return node.booleanValue();
            }
            case DOUBLE, DECIMAL -> {
                if (!node.isNumber()) {
                    throw new ArchiveRefusedException(bad + "is not a number.");
                }
                return column.kind() == Kind.DOUBLE ? (Object) node.doubleValue() : node.decimalValue();
            }
            default -> {
                if (!node.isString()) {
                    throw new ArchiveRefusedException(bad + "is not text.");
                }
                String text = node.stringValue();
                if (!column.allowed().isEmpty() && !column.allowed().contains(text)) {
                    throw new ArchiveRefusedException(bad + "holds '" + shorten(text) + "', which is not one of "
                            + column.allowed().stream().sorted().toList() + ".");
                }
                return switch (column.kind()) {
                    case INSTANT -> instant(bad, text);
                    case DATE -> date(bad, text);
                    case USER -> {
                        Long id = userIds.get(text);
                        if (id == null) {
                            throw new ArchiveRefusedException(
                                    bad + "names '" + shorten(text) + "', who is not among the archive's members.");
                        }
                        yield id;
                    }
                    default -> text;
                };
            }
        }
    }

    /** Offsets must lie in their article's text: the editor and the exports cut the text at them. */
    private void checkOffsets(ArchiveInput input, Table table, JsonNode row) {
        ArchiveTables.Offsets offsets = table.offsets();
        if (offsets == null) {
            return;
        }
        long article = row.get(offsets.article()).longValue();
        if (offsets.article().equals("set_id")) {
            article = Objects.requireNonNull(setArticles.get(article), "the set was mapped above");
        }
        int[] lengths = Objects.requireNonNull(textLengths.get(article), "the article was mapped above");
        int length = offsets.raw() ? lengths[0] : lengths[1];
        int start = row.get(offsets.start()).intValue();
        int end = row.get(offsets.end()).intValue();
        if (start < 0 || end < start || end > length) {
            throw new ArchiveRefusedException(input.where() + "the offsets " + start + "-" + end
                    + " do not lie in the article's text (" + length + " characters).");
        }
    }

    private String relinkSource(ArchiveInput input, String value) {
        if (value.isEmpty()) {
            return value;
        }
        OptionalLong mapped = OptionalLong.empty();
        try {
            mapped = ids.getOrDefault("canonical_source", EMPTY).get(Long.parseLong(value));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (mapped.isEmpty()) {
            throw new ArchiveRefusedException(input.where() + "the link to canonical source '" + shorten(value)
                    + "' names no source in the archive.");
        }
        return Long.toString(mapped.getAsLong());
    }

    private String newClassCode() {
        for (int i = 0; i < 20; i++) {
            StringBuilder code = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            Integer taken = jdbc.queryForObject(
                    "select count(*) from exercise where class_code = ?", Integer.class, code.toString());
            if (taken == null || taken == 0) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free class code");
    }

    /** A long random password nobody is told: the account is disabled until an admin resets it. */
    private String unusablePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
