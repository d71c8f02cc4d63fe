package org.corroborate.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A news article: the raw text exactly as imported, and the cleaned text that annotations refer to.
 * The cleaned text is always the raw text minus the noise segments that are not restored.
 */
@Entity
@Table(name = "article")
class Article {

    static final int TITLE_MAX_LENGTH = 1000;
    static final int OUTLET_MAX_LENGTH = 200;
    static final int URL_MAX_LENGTH = 2000;
    static final int AUTHOR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(length = OUTLET_MAX_LENGTH)
    private @Nullable String outlet;

    @Column(length = URL_MAX_LENGTH)
    private @Nullable String url;

    @Column(length = AUTHOR_MAX_LENGTH)
    private @Nullable String author;

    @Column(name = "published_date")
    private @Nullable LocalDate publishedDate;

    @Column(name = "source_name", nullable = false, length = 1000)
    private String sourceName;

    @Column(name = "source_charset", nullable = false, length = 40)
    private String sourceCharset;

    @Column(name = "raw_text", nullable = false)
    private String rawText;

    @Column(name = "cleaned_text", nullable = false)
    private String cleanedText;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.NEW;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("startOffset")
    private List<ArticleNoiseSegment> noiseSegments = new ArrayList<>();

    protected Article() {
        this.title = "";
        this.sourceName = "";
        this.sourceCharset = "";
        this.rawText = "";
        this.cleanedText = "";
        this.contentHash = "";
        this.importedAt = Instant.EPOCH;
        this.importedBy = "";
    }

    Article(long projectId, ArticleDraft draft, Instant importedAt, String importedBy) {
        this.projectId = projectId;
        this.title = draft.title();
        this.sourceName = draft.sourceName();
        this.sourceCharset = draft.charset();
        this.rawText = draft.rawText();
        this.cleanedText = draft.cleanedText();
        this.contentHash = draft.fingerprint();
        this.wordCount = draft.wordCount();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        for (RemovedSegment segment : draft.removedSegments()) {
            noiseSegments.add(new ArticleNoiseSegment(this, segment));
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("article not saved yet");
        }
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    long getVersion() {
        return version;
    }

    String getCleanedText() {
        return cleanedText;
    }

    String getRawText() {
        return rawText;
    }

    List<ArticleNoiseSegment> getNoiseSegments() {
        return noiseSegments;
    }

    void updateMetadata(ArticleMetadata metadata) {
        this.title = metadata.title();
        this.outlet = metadata.outlet().orElse(null);
        this.url = metadata.url().orElse(null);
        this.author = metadata.author().orElse(null);
        this.publishedDate = metadata.publishedDate().orElse(null);
    }

    ArticleStatus getStatus() {
        return status;
    }

    void setStatus(ArticleStatus status) {
        this.status = status;
    }

    /** Rebuilds the cleaned text from the raw text after a segment was restored or removed again. */
    void reassembleCleanedText() {
        List<RemovedSegment> stillRemoved = noiseSegments.stream()
                .filter(s -> !s.isRestored())
                .map(ArticleNoiseSegment::toRemovedSegment)
                .toList();
        this.cleanedText = CleanedText.assemble(rawText, stillRemoved).text();
        this.contentHash = ArticleText.fingerprint(cleanedText);
        this.wordCount = ArticleText.wordCount(cleanedText);
    }

    ArticleDetails toDetails(boolean canEdit, boolean canRestore) {
        boolean fromHeadline = ArticleText.title(cleanedText).fromHeadline();
        return new ArticleDetails(
                getId(),
                projectId,
                version,
                title,
                fromHeadline,
                metadata(),
                sourceName,
                sourceCharset,
                wordCount,
                status,
                importedAt,
                importedBy,
                cleanedText,
                rawText,
                noiseSegments.stream().map(s -> s.toView(rawText)).toList(),
                canEdit,
                canRestore);
    }

    ArticleMetadata metadata() {
        return ArticleMetadata.of(title, outlet, url, author, publishedDate);
    }
}
