package org.corroborate.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Exports run in the background, one at a time per server (two cores are shared with the web app), as the user
 * who started them. Jobs live in memory only: a restart forgets them, and their files in
 * {@code <data-dir>/exports} are deleted after a day. Only the user who started a job sees it and its file.
 */
@Service
public class ExportJobs {

    private static final Duration KEEP = Duration.ofDays(1);

    private final ExportService exports;
    private final AuditLog audit;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Path folder;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();

    ExportJobs(
            ExportService exports,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock,
            AuditLog audit,
            @Value("${corroborate.data-dir}") String dataDir) {
        this.audit = audit;
        this.exports = exports;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.folder = Path.of(dataDir, "exports");
    }

    /**
     * Starts an export; access and options are checked now, in the caller's thread, so a refusal is reported at
     * once rather than as a failed job.
     */
    public ExportJob start(long projectId, ExportOptions options) {
        exports.data(projectId, options); // checks access and gold availability before anything runs
        cleanUp();
        audit.record(
                AuditAction.EXPORT_STARTED,
                projectId,
                options.format().name().toLowerCase(Locale.ROOT),
                "labels " + options.labels() + (options.pseudonyms() ? ", pseudonyms" : "")
                        + (options.split() == null ? "" : ", split with seed " + options.seed()));
        String owner = currentUser.requireUsername();
        String id = UUID.randomUUID().toString();
        Running job = new Running(id, projectId, owner, options.format(), clock.instant());
        jobs.put(id, job);
        Path target = ExportJob.file(folder, id, options.format());
        ExportProgress progress = new ExportProgress() {
            @Override
            public void articleDone(int done, int total) {
                job.done.set(done);
                job.total.set(total);
            }

            @Override
            public boolean cancelled() {
                return job.cancel.get();
            }
        };
        job.future = executor.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                ExportSummary summary = exports.export(projectId, options, target, progress);
                job.summary.set(summary);
                List<String> message = new ArrayList<>();
                summary.warnings().forEach(w -> message.add("Warning: " + w));
                message.addAll(summary.notes());
                job.message.set(String.join(" ", message));
                job.state.set(ExportJob.State.DONE);
            } catch (ExportCancelledException e) {
                job.state.set(ExportJob.State.CANCELLED);
            } catch (RuntimeException e) {
                job.message.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                job.state.set(job.cancel.get() ? ExportJob.State.CANCELLED : ExportJob.State.FAILED);
            }
        }));
        return job.view();
    }

    /** The user's own job; anybody else's is "not found". */
    public ExportJob get(String id) {
        return own(id).view();
    }

    public void cancel(String id) {
        Running job = own(id);
        job.cancel.set(true);
    }

    /** The finished file of the user's own job. */
    public InputStream open(String id) {
        Running job = own(id);
        if (job.state.get() != ExportJob.State.DONE) {
            throw new IllegalStateException("The export is not finished.");
        }
        try {
            return Files.newInputStream(ExportJob.file(folder, id, job.format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size(String id) {
        try {
            return Files.size(ExportJob.file(folder, id, own(id).format));
        } catch (IOException e) {
            return -1;
        }
    }

    /** The user's own job, while they may still export the project (a removed member's job is gone for them). */
    private Running own(String id) {
        Running job = jobs.get(id);
        if (job == null || !job.owner.equals(currentUser.username().orElse(""))) {
            throw new NotFoundOrNotAllowedException();
        }
        try {
            access.requireExport(job.projectId);
        } catch (AccessRefusedException e) {
            throw new NotFoundOrNotAllowedException();
        }
        return job;
    }

    /** Forgets jobs older than a day and deletes their files. */
    private void cleanUp() {
        Instant cutoff = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.startedAt.isBefore(cutoff) && j.state.get() != ExportJob.State.RUNNING);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException ignored) {
            // an old file left behind is removed next time
        }
    }

    Optional<Future<?>> future(String id) {
        return Optional.ofNullable(jobs.get(id)).map(j -> j.future);
    }

    private static final class Running {
        final String id;
        final long projectId;
        final String owner;
        final ExportFormat format;
        final Instant startedAt;
        final AtomicReference<ExportJob.State> state = new AtomicReference<>(ExportJob.State.RUNNING);
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger total = new AtomicInteger();
        final AtomicBoolean cancel = new AtomicBoolean();
        final AtomicReference<@Nullable String> message = new AtomicReference<>();
        final AtomicReference<@Nullable ExportSummary> summary = new AtomicReference<>();
        volatile @Nullable Future<?> future;

        Running(String id, long projectId, String owner, ExportFormat format, Instant startedAt) {
            this.id = id;
            this.projectId = projectId;
            this.owner = owner;
            this.format = format;
            this.startedAt = startedAt;
        }

        ExportJob view() {
            return new ExportJob(
                    id,
                    projectId,
                    owner,
                    format,
                    state.get(),
                    done.get(),
                    total.get(),
                    message.get(),
                    startedAt,
                    summary.get());
        }
    }
}
