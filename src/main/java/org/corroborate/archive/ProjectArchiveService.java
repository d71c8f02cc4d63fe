package org.corroborate.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.project.ProjectService;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.user.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a whole project into one zip and restores such a zip as a new project, all or nothing
 * (docs/adr/0025-project-archive.md). Writing is for the project's managers and site admins; restoring, which
 * creates a project and possibly accounts, for site admins. This is the front that holds the transactions, the
 * access checks and the audit; {@link ArchiveWriter} writes the zip, {@link ArchiveRestorer} restores one.
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

    private final ProjectAccess access;
    private final ProjectService projects;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ImportService imports;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final ArchiveWriter writer;
    private final long maxArchiveBytes;
    private final int maxLineBytes;
    private final SecureRandom random = new SecureRandom();
    /** One read-only snapshot for the rows of an archive; the audit entry is written after it, in its own. */
    private final TransactionTemplate snapshot;

    ProjectArchiveService(
            ProjectAccess access,
            ProjectService projects,
            UserService users,
            CurrentUser currentUser,
            ImportService imports,
            AuditLog audit,
            JdbcTemplate jdbc,
            Clock clock,
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
        this.writer = new ArchiveWriter(projects, jdbc, clock);
        this.maxArchiveBytes = maxArchiveBytes;
        this.maxLineBytes = maxLineBytes;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The project's name if the current user may archive it (its managers, site admins); anyone else is told the
     * project does not exist.
     */
    @Transactional(readOnly = true)
    public String requireArchivable(long projectId) {
        requireManager(projectId);
        return projects.get(projectId).name();
    }

    /**
     * Writes the project as a zip to {@code out} (not closed), one table at a time, a row at a time. For the
     * project's managers and site admins; anyone else is told the project does not exist. Reads one snapshot, so an
     * archive taken while the team works is consistent.
     */
    public ArchiveSummary write(long projectId, OutputStream out) {
        ArchiveSummary summary = Objects.requireNonNull(
                snapshot.execute(status -> {
                    requireManager(projectId);
                    return writer.write(projectId, out);
                }),
                "the archive's summary");
        audit.record(AuditAction.PROJECT_ARCHIVED, projectId, summary.projectName(), rowCounts(summary.counts()));
        return summary;
    }

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
        ArchiveSummary summary;
        try (ArchiveInput input = new ArchiveInput(
                in, maxArchiveBytes, maxLineBytes, imports.limits().maxCompressionRatio())) {
            summary = new ArchiveRestorer(
                            projects,
                            users,
                            jdbc,
                            random,
                            currentUser.username().orElse(""))
                    .restore(input, newProjectName);
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive cannot be read (" + e.getMessage() + ").", e);
        }
        audit.record(
                AuditAction.PROJECT_RESTORED, summary.projectId(), summary.projectName(), rowCounts(summary.counts()));
        return summary;
    }

    private void requireManager(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        if (!grant.canManage()) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    /** "articles 3, annotations 12", for the audit log. */
    private static String rowCounts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(c -> c.getValue() > 0)
                .map(c -> c.getKey().replace(".jsonl", "") + " " + c.getValue())
                .collect(Collectors.joining(", "));
    }
}
