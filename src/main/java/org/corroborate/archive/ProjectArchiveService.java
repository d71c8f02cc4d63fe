package org.corroborate.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corroborate.archive.ArchiveTables.Column;
import org.corroborate.archive.ArchiveTables.Kind;
import org.corroborate.archive.ArchiveTables.Table;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.project.ProjectMemberSummary;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.scheme.Attributes;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.corroborate.user.UserValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a whole project into one zip and restores such a zip as a new project, all or nothing
 * (docs/adr/0025-project-archive.md). Writing is for the project's managers and site admins; restoring, which
 * creates a project and possibly accounts, for site admins.
 */
@Service
public class ProjectArchiveService {

    /** Written in the manifest; a restore refuses any other. */
    public static final String FORMAT = "corroborate-project-archive";
    /** Version of the archive's layout; a restore refuses any other. */
    public static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String PROJECT = "project.json";
    static final String MEMBERS = "members.jsonl";

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final IdMap EMPTY = new IdMap();
    private static final int SMALL_ENTRY_BYTES = 1024 * 1024;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ProjectAccess access;
    private final ProjectService projects;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ImportService imports;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxArchiveBytes;
    private final int maxLineBytes;
    private final SecureRandom random = new SecureRandom();
    /** One read-only snapshot for the rows of an archive; the audit entry is written after it, in its own. */
    private final TransactionTemplate snapshot;

    ProjectArchiveService(ProjectAccess access, ProjectService projects, UserService users, CurrentUser currentUser,
            ImportService imports, AuditLog audit, JdbcTemplate jdbc, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${corroborate.archive.max-bytes:4294967296}") long maxArchiveBytes,
            @Value("${corroborate.archive.max-line-bytes:67108864}") int maxLineBytes) {
        this.access = access;
        this.projects = projects;
        this.users = users;
        this.currentUser = currentUser;
        this.imports = imports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxArchiveBytes = maxArchiveBytes;
        this.maxLineBytes = maxLineBytes;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * The project's name if the current user may archive it (its managers, site admins); anyone else is told the
     * project does not exist.
     */
    @Transactional(readOnly = true)
    public String requireArchivable(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        if (!grant.canManage()) {
            throw new NotFoundOrNotAllowedException();
        }
        return projects.get(projectId).name();
    }

    /**
     * Writes the project as a zip to {@code out} (not closed), one table at a time, a row at a time. For the
     * project's managers and site admins; anyone else is told the project does not exist. Reads one snapshot, so an
     * archive taken while the team works is consistent.
     */
    public ArchiveSummary write(long projectId, OutputStream out) {
        ArchiveSummary summary = Objects.requireNonNull(snapshot.execute(status -> writeSnapshot(projectId, out)),
                "the archive's summary");
        audit.record(AuditAction.PROJECT_ARCHIVED, projectId, summary.projectName(), summary.counts().entrySet()
                .stream().filter(c -> c.getValue() > 0).map(c -> c.getKey().replace(".jsonl", "") + " "
                        + c.getValue()).collect(Collectors.joining(", ")));
        return summary;
    }

    private ArchiveSummary writeSnapshot(long projectId, OutputStream out) {
        ProjectGrant grant = access.requireView(projectId);
        if (!grant.canManage()) {
            throw new NotFoundOrNotAllowedException();
        }
        ProjectSummary project = projects.get(projectId);
        ProjectSettings settings = projects.settings(projectId);
        List<Map<String, Object>> members = members(projectId);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(MEMBERS, (long) members.size());
        for (Table table : ArchiveTables.TABLES) {
            Long count = jdbc.queryForObject("select count(*) from " + table.from(), Long.class, projectId);
            counts.put(table.entry(), count == null ? 0 : count);
        }
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("format_version", FORMAT_VERSION);
            manifest.put("app_version", appVersion());
            manifest.put("created_at", clock.instant().toString());
            manifest.put("project", project.name());
            manifest.put("counts", counts);
            putJson(zip, MANIFEST, manifest);
            putJson(zip, PROJECT, projectJson(project, settings));
            zip.putNextEntry(new ZipEntry(MEMBERS));
            for (Map<String, Object> member : members) {
                writeLine(zip, member);
            }
            zip.closeEntry();
            for (Table table : ArchiveTables.TABLES) {
                long written = writeTable(zip, table, projectId);
                if (written != counts.getOrDefault(table.entry(), 0L)) {
                    throw new IllegalStateException("The project changed while it was archived (" + table.entry()
                            + "); archive it again.");
                }
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArchiveSummary(projectId, project.name(), counts, List.of());
    }

    private List<Map<String, Object>> members(long projectId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProjectMemberSummary member : projects.members(projectId)) {
            rows.add(member(member.username(), member.displayName(), member.role().name()));
            seen.add(member.username());
        }
        // Accounts the exercises refer to (students, attempts) that are no longer members.
        jdbc.query("select distinct u.username, u.display_name from app_user u where u.id in"
                + " (select es.user_id from exercise_student es join exercise e on e.id = es.exercise_id"
                + " where e.project_id = ? union select ea.user_id from exercise_attempt ea join exercise e"
                + " on e.id = ea.exercise_id where e.project_id = ?) order by u.username", rs -> {
                    String username = rs.getString(1);
                    if (seen.add(username)) {
                        rows.add(member(username, rs.getString(2), null));
                    }
                }, projectId, projectId);
        return rows;
    }

    private static Map<String, Object> member(String username, String displayName, @Nullable String role) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", username);
        row.put("display_name", displayName);
        row.put("role", role);
        return row;
    }

    private static Map<String, Object> projectJson(ProjectSummary project, ProjectSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", project.name());
        json.put("description", project.description());
        json.put("created_at", project.createdAt().toString());
        json.put("story_similarity_threshold", settings.storySimilarity());
        json.put("near_duplicate_threshold", settings.nearDuplicateThreshold());
        json.put("approximate_width", settings.approximateWidth());
        WorkflowSettings workflow = project.workflow();
        json.put("annotators_per_article", workflow.annotatorsPerArticle());
        json.put("assignment_mode", workflow.assignmentMode().name());
        json.put("abandon_after_minutes", workflow.abandonAfterMinutes());
        json.put("blind_mode", workflow.blindMode());
        return json;
    }

    private long writeTable(ZipOutputStream zip, Table table, long projectId) throws IOException {
        zip.putNextEntry(new ZipEntry(table.entry()));
        String select = table.columns().stream()
                .map(c -> c.kind() == Kind.USER
                        ? "(select u.username from app_user u where u.id = t." + c.name() + ") as " + c.name()
                        : "t." + c.name())
                .collect(Collectors.joining(", "));
        long[] rows = {0};
        jdbc.query(con -> {
            PreparedStatement statement = con.prepareStatement("select " + select + " from " + table.from()
                    + " order by " + table.orderBy(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(500);
            statement.setLong(1, projectId);
            return statement;
        }, rs -> {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            int i = 1;
            for (Column column : table.columns()) {
                row.put(column.name(), value(rs, i++, column.kind()));
            }
            try {
                writeLine(zip, row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows[0]++;
        });
        zip.closeEntry();
        return rows[0];
    }

    private static @Nullable Object value(ResultSet rs, int i, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case ID, REF, LONG -> rs.getLong(i);
            case INT -> rs.getInt(i);
            case BOOL -> rs.getBoolean(i);
            case DOUBLE -> rs.getDouble(i);
            case DECIMAL -> rs.getBigDecimal(i);
            case TEXT, USER -> rs.getString(i);
            case INSTANT -> {
                OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
                yield at == null ? null : at.toInstant().toString();
            }
            case DATE -> {
                LocalDate day = rs.getObject(i, LocalDate.class);
                yield day == null ? null : day.toString();
            }
        };
        return rs.wasNull() ? null : value;
    }

    private static void putJson(ZipOutputStream zip, String name, Object json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        zip.closeEntry();
    }

    private static void writeLine(OutputStream out, Object row) throws IOException {
        out.write(JSON.writeValueAsBytes(row));
        out.write('\n');
    }

    private static String appVersion() {
        String version = ProjectArchiveService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    // ---------------------------------------------------------------------------------------------------- restoring

    /**
     * Restores an archive as a new project named {@code newProjectName}, in one transaction: any bad entry refuses the
     * whole archive ({@link ArchiveRefusedException} naming the entry and line) and nothing is stored. Accounts the
     * archive names that this instance does not have are created disabled, with an unusable password, so that their
     * work keeps its author; an admin enables them. Site admins only: it creates a project. Reads {@code in} to its
     * end and leaves it open.
     */
    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional(rollbackFor = Exception.class)
    public ArchiveSummary read(InputStream in, String newProjectName) {
        Restore restore = new Restore();
        try (ArchiveInput input = new ArchiveInput(in, maxArchiveBytes, maxLineBytes,
                imports.limits().maxCompressionRatio())) {
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
            restore.projectId = createProject(input, newProjectName);
            name = input.nextEntry();
            if (!MEMBERS.equals(name)) {
                throw new ArchiveRefusedException("The archive's third entry must be " + MEMBERS + ".");
            }
            restore.counts.put(MEMBERS, restoreMembers(input, restore));
            while ((name = input.nextEntry()) != null) {
                Table table = ArchiveTables.byEntry(name);
                if (table == null) {
                    throw new ArchiveRefusedException("The archive has an unknown entry '" + name + "'.");
                }
                if (restore.counts.containsKey(name)) {
                    throw new ArchiveRefusedException("The archive has the entry '" + name + "' twice.");
                }
                restore.counts.put(name, restoreTable(input, table, restore));
            }
            input.requireEnd();
            for (Map.Entry<String, Long> count : expected.entrySet()) {
                if (!restore.counts.containsKey(count.getKey())) {
                    throw new ArchiveRefusedException(count.getKey() + ": the manifest lists this entry but the"
                            + " archive does not hold it (is it cut short?).");
                }
                long found = restore.counts.getOrDefault(count.getKey(), 0L);
                if (found != count.getValue()) {
                    throw new ArchiveRefusedException(count.getKey() + ": the manifest counts " + count.getValue()
                            + " rows but the archive holds " + found + " (is it cut short?).");
                }
            }
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive cannot be read (" + e.getMessage() + ").", e);
        }
        String projectName = projects.get(restore.projectId).name();
        audit.record(AuditAction.PROJECT_RESTORED, restore.projectId, projectName, restore.counts.entrySet().stream()
                .filter(c -> c.getValue() > 0).map(c -> c.getKey().replace(".jsonl", "") + " " + c.getValue())
                .collect(Collectors.joining(", ")));
        return new ArchiveSummary(restore.projectId, projectName, restore.counts, restore.createdUsers);
    }

    /** What a restore has mapped so far: old ids to new per table, usernames to user ids, article text lengths. */
    private static final class Restore {
        long projectId;
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, IdMap> ids = new HashMap<>();
        final Map<String, Long> userIds = new HashMap<>();
        final List<String> createdUsers = new ArrayList<>();
        /** Old article id → {raw length, cleaned length} (UTF-16 units, as offsets are). */
        final Map<Long, int[]> textLengths = new HashMap<>();
        /** Old annotation set id → old article id, to check the offsets of the sets' spans. */
        final Map<Long, Long> setArticles = new HashMap<>();
    }

    private Map<String, Long> manifest(ArchiveInput input) {
        JsonNode manifest = parse(input, input.readSmallEntry(SMALL_ENTRY_BYTES));
        if (!FORMAT.equals(text(manifest, "format"))) {
            throw new ArchiveRefusedException(MANIFEST + ": not a Corroborate project archive (format is not '"
                    + FORMAT + "').");
        }
        JsonNode version = manifest.get("format_version");
        if (version == null || !version.isIntegralNumber() || version.longValue() != FORMAT_VERSION) {
            throw new ArchiveRefusedException(MANIFEST + ": archive format version "
                    + (version == null ? "(none)" : version.toString()) + " is not supported; this Corroborate reads"
                    + " version " + FORMAT_VERSION + ".");
        }
        JsonNode counts = manifest.get("counts");
        if (counts == null || !counts.isObject()) {
            throw new ArchiveRefusedException(MANIFEST + ": the row counts are missing.");
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        for (String entry : counts.propertyNames()) {
            JsonNode count = counts.get(entry);
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
            ProjectSummary project = projects.create(newProjectName, Optional.ofNullable(text(json, "description"))
                    .orElse(""));
            ProjectSettings settings = new ProjectSettings(decimal(json, "story_similarity_threshold"),
                    decimal(json, "near_duplicate_threshold"), decimal(json, "approximate_width"));
            project = projects.updateSettings(project.id(), project.version(), settings);
            WorkflowSettings workflow = new WorkflowSettings(integer(json, "annotators_per_article"),
                    enumValue(AssignmentMode.class, PROJECT, "assignment_mode", text(json, "assignment_mode")),
                    integer(json, "abandon_after_minutes"), bool(json, "blind_mode"));
            projects.updateWorkflow(project.id(), project.version(), workflow);
            return project.id();
        } catch (ProjectValidationException e) {
            throw new ArchiveRefusedException(PROJECT + ": " + e.getMessage(), e);
        }
    }

    private long restoreMembers(ArchiveInput input, Restore restore) {
        long rows = 0;
        String actor = currentUser.username().orElse("");
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
                    restore.createdUsers.add(user.username());
                }
                if (!user.username().equals(username)) {
                    throw new ArchiveRefusedException(input.where() + "the username '" + username
                            + "' is not one this instance accepts as it is.");
                }
                restore.userIds.put(username, user.id());
                if (role != null) {
                    projects.setMember(restore.projectId, username,
                            enumValue(ProjectRole.class, input.where(), "role", role));
                }
            } catch (UserValidationException | ProjectValidationException e) {
                throw new ArchiveRefusedException(input.where() + e.getMessage(), e);
            }
        }
        return rows;
    }

    private long restoreTable(ArchiveInput input, Table table, Restore restore) {
        IdMap ids = restore.ids.computeIfAbsent(table.table(), t -> new IdMap());
        Set<String> known = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        List<String> names = new ArrayList<>(table.columns().stream().filter(c -> c.kind() != Kind.ID)
                .map(Column::name).toList());
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
                Object value = fieldValue(input, row, column, restore);
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
                values.set(index, relinkSource(input, (String) Objects.requireNonNull(values.get(index),
                        "attribute values are not null"), restore));
            }
            checkOffsets(input, table, row, restore);
            if (table.projectColumn()) {
                values.add(restore.projectId);
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
                    jdbc.update(con -> {
                        PreparedStatement statement = con.prepareStatement(insert, new String[] {"id"});
                        bind(statement, values);
                        return statement;
                    }, keys);
                    if (!ids.add(oldId, generatedId(keys))) {
                        throw new ArchiveRefusedException(input.where() + "the id " + oldId + " does not come after"
                                + " the previous row's: rows are archived in ascending id order, each once.");
                    }
                    if (table.entry().equals(ArchiveTables.ARTICLES)) {
                        restore.textLengths.put(oldId, new int[] {((String) Objects.requireNonNull(
                                byName.get("raw_text"), "raw_text")).length(), ((String) Objects.requireNonNull(
                                byName.get("cleaned_text"), "cleaned_text")).length()});
                    }
                    if (table.entry().equals(ArchiveTables.ANNOTATION_SETS)) {
                        restore.setArticles.put(oldId, row.get("article_id").longValue());
                    }
                } else {
                    jdbc.update(insert, values.toArray());
                }
            } catch (DataAccessException e) {
                throw new ArchiveRefusedException(input.where() + "the row is refused ("
                        + String.valueOf(Objects.requireNonNullElse(e.getMostSpecificCause().getMessage(), e.getMessage()))
                                .lines().findFirst().orElse("") + ").", e);
            }
        }
        return rows;
    }

    private static long generatedId(GeneratedKeyHolder keys) {
        Map<String, Object> generated = keys.getKeys();
        Object id = generated == null ? keys.getKey() : generated.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("id")).map(Map.Entry::getValue).findFirst()
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
    private @Nullable Object fieldValue(ArchiveInput input, JsonNode row, Column column, Restore restore) {
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
                    OptionalLong mapped = restore.ids.getOrDefault(target, EMPTY).get(value);
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
                        Long id = restore.userIds.get(text);
                        if (id == null) {
                            throw new ArchiveRefusedException(bad + "names '" + shorten(text)
                                    + "', who is not among the archive's members.");
                        }
                        yield id;
                    }
                    default -> text;
                };
            }
        }
    }

    /** Offsets must lie in their article's text: the editor and the exports cut the text at them. */
    private static void checkOffsets(ArchiveInput input, Table table, JsonNode row, Restore restore) {
        ArchiveTables.Offsets offsets = table.offsets();
        if (offsets == null) {
            return;
        }
        long article = row.get(offsets.article()).longValue();
        if (offsets.article().equals("set_id")) {
            article = Objects.requireNonNull(restore.setArticles.get(article), "the set was mapped above");
        }
        int[] lengths = Objects.requireNonNull(restore.textLengths.get(article), "the article was mapped above");
        int length = offsets.raw() ? lengths[0] : lengths[1];
        int start = row.get(offsets.start()).intValue();
        int end = row.get(offsets.end()).intValue();
        if (start < 0 || end < start || end > length) {
            throw new ArchiveRefusedException(input.where() + "the offsets " + start + "-" + end
                    + " do not lie in the article's text (" + length + " characters).");
        }
    }

    private static String relinkSource(ArchiveInput input, String value, Restore restore) {
        if (value.isEmpty()) {
            return value;
        }
        OptionalLong mapped = OptionalLong.empty();
        try {
            mapped = restore.ids.getOrDefault("canonical_source", EMPTY).get(Long.parseLong(value));
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
            Integer taken = jdbc.queryForObject("select count(*) from exercise where class_code = ?", Integer.class,
                    code.toString());
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

    private static JsonNode parse(ArchiveInput input, byte[] bytes) {
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

    private static @Nullable String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new ArchiveRefusedException(field + " is not text.");
        }
        return node.stringValue();
    }

    private static BigDecimal decimal(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isNumber()) {
            throw new ArchiveRefusedException(PROJECT + ": " + field + " is missing or not a number.");
        }
        return node.decimalValue();
    }

    private static int integer(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isInt()) {
            throw new ArchiveRefusedException(PROJECT + ": " + field + " is missing or not a whole number.");
        }
        return node.intValue();
    }

    private static boolean bool(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isBoolean()) {
            throw new ArchiveRefusedException(PROJECT + ": " + field + " is missing or not true or false.");
        }
        return node.booleanValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String where, String field, @Nullable String value) {
        try {
            return Enum.valueOf(type, Objects.requireNonNullElse(value, ""));
        } catch (IllegalArgumentException e) {
            throw new ArchiveRefusedException(where + (where.endsWith(": ") ? "" : ": ") + field + " '"
                    + shorten(String.valueOf(value)) + "' is not one of " + List.of(type.getEnumConstants()) + ".", e);
        }
    }

    private static OffsetDateTime instant(String bad, String text) {
        try {
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException(bad + "is not an ISO instant.", e);
        }
    }

    private static LocalDate date(String bad, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException(bad + "is not an ISO date.", e);
        }
    }

    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
