package org.corroborate.exercise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An instructor's exercise: what to do, on which articles, when, and how it is scored. */
@Entity
@Table(name = "exercise")
class Exercise {

    static final int TITLE_MAX_LENGTH = 200;
    static final int INSTRUCTIONS_MAX_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = INSTRUCTIONS_MAX_LENGTH)
    private String instructions = "";

    @Column(nullable = false, length = 200)
    private String tasks = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_article", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "article_id", nullable = false)
    private List<Long> articleIds = new ArrayList<>();

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed = 1;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private FeedbackTiming feedback = FeedbackTiming.AFTER_SUBMIT;

    @Column(name = "allow_suggestions", nullable = false)
    private boolean allowSuggestions;

    @Column(name = "overlap_threshold", nullable = false)
    private double overlapThreshold = ScoringRules.DEFAULT_OVERLAP;

    @Column(name = "partial_credit", nullable = false)
    private double partialCredit = ScoringRules.DEFAULT_PARTIAL_CREDIT;

    @Column(nullable = false)
    private double penalty = ScoringRules.DEFAULT_PENALTY;

    @Column(name = "class_code", nullable = false, length = 16)
    private String classCode = "";

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Exercise() {}

    Exercise(long projectId, String classCode, String createdBy, Instant now) {
        this.projectId = projectId;
        this.classCode = classCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(ExerciseSettings settings, Instant now) {
        this.title = settings.title();
        this.instructions = settings.instructions();
        this.tasks = ExerciseTask.format(settings.tasks());
        this.articleIds.clear();
        this.articleIds.addAll(settings.articleIds());
        this.opensAt = settings.opensAt();
        this.dueAt = settings.dueAt();
        this.attemptsAllowed = settings.attemptsAllowed();
        this.feedback = settings.feedback();
        this.allowSuggestions = settings.allowSuggestions();
        this.overlapThreshold = settings.rules().overlap();
        this.partialCredit = settings.rules().partialCredit();
        this.penalty = settings.rules().penalty();
        this.updatedAt = now;
    }

    ExerciseSettings settings() {
        return new ExerciseSettings(
                title,
                instructions,
                ExerciseTask.parse(tasks),
                List.copyOf(articleIds),
                opensAt,
                dueAt,
                attemptsAllowed,
                feedback,
                allowSuggestions,
                rules());
    }

    ScoringRules rules() {
        return new ScoringRules(overlapThreshold, partialCredit, penalty);
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getClassCode() {
        return classCode;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
