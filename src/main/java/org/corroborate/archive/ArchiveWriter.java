package org.corroborate.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corroborate.archive.ArchiveTables.Column;
import org.corroborate.archive.ArchiveTables.Kind;
import org.corroborate.archive.ArchiveTables.Table;
import org.corroborate.project.ProjectMemberSummary;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.WorkflowSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one project as an archive zip: the manifest, the project's settings, its members and then every table of
 * {@link ArchiveTables}, a row at a time. Plain: the caller holds the read-only snapshot and checks access.
 */
final class ArchiveWriter {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ProjectService projects;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ArchiveWriter(ProjectService projects, JdbcTemplate jdbc, Clock clock) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the project as a zip to {@code out} (not closed), one table at a time, a row at a time. */
    ArchiveSummary write(long projectId, OutputStream out) {
        ProjectSummary project = projects.get(projectId);
        ProjectSettings settings = projects.settings(projectId);
        List<Map<String, Object>> members = members(projectId);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(ProjectArchiveService.MEMBERS, (long) members.size());
        for (Table table : ArchiveTables.TABLES) {
            Long count = jdbc.queryForObject("select count(*) from " + table.from(), Long.class, projectId);
            counts.put(table.entry(), count == null ? 0 : count);
        }
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", ProjectArchiveService.FORMAT);
            manifest.put("format_version", ProjectArchiveService.FORMAT_VERSION);
            manifest.put("app_version", appVersion());
            manifest.put("created_at", clock.instant().toString());
            manifest.put("project", project.name());
            manifest.put("counts", counts);
            putJson(zip, ProjectArchiveService.MANIFEST, manifest);
            putJson(zip, ProjectArchiveService.PROJECT, projectJson(project, settings));
            zip.putNextEntry(new ZipEntry(ProjectArchiveService.MEMBERS));
            for (Map<String, Object> member : members) {
                writeLine(zip, member);
            }
            zip.closeEntry();
            for (Table table : ArchiveTables.TABLES) {
                long written = writeTable(zip, table, projectId);
                if (written != counts.getOrDefault(table.entry(), 0L)) {
                    throw new IllegalStateException(
                            "The project changed while it was archived (" + table.entry() + "); archive it again.");
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
            rows.add(member(
                    member.username(), member.displayName(), member.role().name()));
            seen.add(member.username());
        }
        // Accounts the exercises refer to (students, attempts) that are no longer members.
        jdbc.query(
                "select distinct u.username, u.display_name from app_user u where u.id in"
                        + " (select es.user_id from exercise_student es join exercise e on e.id = es.exercise_id"
                        + " where e.project_id = ? union select ea.user_id from exercise_attempt ea join exercise e"
                        + " on e.id = ea.exercise_id where e.project_id = ?) order by u.username",
                rs -> {
                    String username = rs.getString(1);
                    if (seen.add(username)) {
                        rows.add(member(username, rs.getString(2), null));
                    }
                },
                projectId,
                projectId);
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
        jdbc.query(
                con -> {
                    PreparedStatement statement = con.prepareStatement(
                            "select " + select + " from " + table.from() + " order by " + table.orderBy(),
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(500);
                    statement.setLong(1, projectId);
                    return statement;
                },
                rs -> {
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
}
