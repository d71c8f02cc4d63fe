package org.corroborate.analytics;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.corroborate.project.ProjectAccess;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.story.StoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sourcing profiles of a project's articles, outlets, canonical sources and stories, for curators and managers (the
 * figures show every annotator's work; anyone else is answered as if the project did not exist). The SQL is in
 * {@link AnalyticsQueries}; nothing loads entities.
 */
@Service
public class AnalyticsService {

    private final AnalyticsQueries queries;
    private final KeptSpans kept;
    private final TransactionTemplate reads;
    private final ProjectAccess access;

    AnalyticsService(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions,
            DataSource dataSource,
            ProjectAccess access,
            StoryService stories) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.kept = new KeptSpans(jdbcTemplate, ownTransaction);
        this.queries = new AnalyticsQueries(jdbc, stories::nearDuplicateGroups, isH2(dataSource), kept);
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        this.access = access;
    }

    /**
     * Runs a call's reads in a read-only transaction, then keeps what they worked out ({@link KeptSpans}) in one of its
     * own: the methods that count spans are not {@code @Transactional} themselves for that reason.
     */
    private <T> T counted(long projectId, Supplier<T> work) {
        return kept.afterReads(() -> Objects.requireNonNull(reads.execute(status -> {
            guard(projectId);
            return work.get();
        })));
    }

    /** Whether the current user may see the project's analytics (a project they may not see answers false too). */
    @Transactional(readOnly = true)
    public boolean canView(long projectId) {
        return access.canView(projectId) && access.requireView(projectId).canCurate();
    }

    public List<ArticleProfile> articles(long projectId, Counts counts, Scope scope) {
        return counted(projectId, () -> queries.articles(projectId, counts, scope));
    }

    public Optional<ArticleProfile> article(long projectId, long articleId, Counts counts) {
        return counted(projectId, () -> queries.article(projectId, articleId, counts));
    }

    public List<OutletProfile> outlets(long projectId, Counts counts, Scope scope) {
        return counted(projectId, () -> queries.outlets(projectId, counts, scope));
    }

    public List<SourceRecord> sources(long projectId, Counts counts) {
        return counted(projectId, () -> queries.sources(projectId, counts));
    }

    /** The counted spans of one article, with what each counted as: the spans behind the profile's numbers. */
    @Transactional(readOnly = true)
    public List<CountedSpan> spans(long projectId, long articleId, Counts counts) {
        guard(projectId);
        return queries.spans(projectId, articleId, counts);
    }

    public Optional<StoryMap> story(long projectId, long storyId, Counts counts) {
        return counted(projectId, () -> queries.story(projectId, storyId, counts));
    }

    /** Everything at once, as the headless command and the export give it. */
    public AnalyticsReport report(long projectId, Counts counts) {
        return counted(projectId, () -> queries.report(projectId, counts));
    }

    /**
     * Works out and keeps what each counts of the project reads that can be kept (gold, the majority, every annotator
     * with a finished set), so the next page finds it kept ({@link AnalyticsWarmUp} does this once the app has
     * started). Returns how many counts were worked out.
     */
    public int keepAll(long projectId) {
        List<Counts> all = new ArrayList<>(List.of(Counts.GOLD, Counts.MAJORITY));
        counted(projectId, () -> queries.annotatorsWithFinishedSets(projectId))
                .forEach(annotator -> all.add(Counts.annotator(annotator)));
        for (Counts counts : all) {
            counted(projectId, () -> queries.articles(projectId, counts, Scope.ALL));
        }
        return all.size();
    }

    /** The annotators with a finished set in the project, for the counts chooser. */
    @Transactional(readOnly = true)
    public List<String> annotatorsWithFinishedSets(long projectId) {
        guard(projectId);
        return queries.annotatorsWithFinishedSets(projectId);
    }

    /** What counts when a page does not say: the gold once any article is curated, else the majority of finished sets. */
    @Transactional(readOnly = true)
    public Counts defaultCounts(long projectId) {
        guard(projectId);
        return queries.defaultCounts(projectId);
    }

    /** The project's stories (id, title), for choosers. */
    @Transactional(readOnly = true)
    public Map<Long, String> stories(long projectId) {
        guard(projectId);
        return queries.stories(projectId);
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false; // then the reads run as on any database
        }
    }

    private void guard(long projectId) {
        if (!access.requireView(projectId).canCurate()) {
            throw new NotFoundOrNotAllowedException(); // analytics show everyone's work: curators and managers only
        }
    }
}
