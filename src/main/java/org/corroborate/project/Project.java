package org.corroborate.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A set of articles and the people who annotate them. */
@Entity
@Table(name = "project")
public class Project {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "story_similarity_threshold", nullable = false, precision = 5, scale = ProjectSettings.SCALE)
    private BigDecimal storySimilarityThreshold = ProjectSettings.DEFAULT_STORY_SIMILARITY;

    @Column(name = "near_duplicate_threshold", nullable = false, precision = 5, scale = ProjectSettings.SCALE)
    private BigDecimal nearDuplicateThreshold = ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD;

    @Column(name = "approximate_width", nullable = false, precision = 5, scale = ProjectSettings.SCALE)
    private BigDecimal approximateWidth = ProjectSettings.DEFAULT_APPROXIMATE_WIDTH;

    @Column(name = "annotators_per_article", nullable = false)
    private int annotatorsPerArticle = WorkflowSettings.DEFAULTS.annotatorsPerArticle();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "assignment_mode", nullable = false, length = 20)
    private AssignmentMode assignmentMode = WorkflowSettings.DEFAULTS.assignmentMode();

    @Column(name = "abandon_after_minutes", nullable = false)
    private int abandonAfterMinutes = WorkflowSettings.DEFAULTS.abandonAfterMinutes();

    @Column(name = "blind_mode", nullable = false)
    private boolean blindMode = WorkflowSettings.DEFAULTS.blindMode();

    @Version
    private long version;

    protected Project() {
        this.name = "";
        this.description = "";
        this.createdAt = Instant.EPOCH;
    }

    Project(String name, String description, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("project not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public WorkflowSettings workflow() {
        return new WorkflowSettings(annotatorsPerArticle, assignmentMode, abandonAfterMinutes, blindMode);
    }

    void setWorkflow(WorkflowSettings settings) {
        this.annotatorsPerArticle = settings.annotatorsPerArticle();
        this.assignmentMode = settings.assignmentMode();
        this.abandonAfterMinutes = settings.abandonAfterMinutes();
        this.blindMode = settings.blindMode();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    ProjectSettings getSettings() {
        return new ProjectSettings(storySimilarityThreshold, nearDuplicateThreshold, approximateWidth);
    }

    void setSettings(ProjectSettings settings) {
        this.storySimilarityThreshold = settings.storySimilarity();
        this.nearDuplicateThreshold = settings.nearDuplicateThreshold();
        this.approximateWidth = settings.approximateWidth();
    }
}
