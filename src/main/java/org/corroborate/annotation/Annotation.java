package org.corroborate.annotation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.scheme.Layer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One span of one annotator's set: its layer and label, where it sits, its attributes. */
@Entity
@Table(name = "annotation")
@EntityListeners(SetContentVersions.class)
class Annotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "set_id", nullable = false)
    private long setId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Layer layer;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(nullable = false)
    private String quote;

    @Column(nullable = false, length = 64)
    private String prefix;

    @Column(nullable = false, length = 64)
    private String suffix;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "anchor_state", nullable = false, length = 20)
    private AnchorState anchorState;

    @Column(name = "frame_id", length = 40)
    private @Nullable String frameId;

    @Column(name = "suggested_by", length = 60)
    private @Nullable String suggestedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private @Nullable SuggestionReview review;

    @Column(name = "reviewed_by", length = 64)
    private @Nullable String reviewedBy;

    @Column(name = "updated_by", length = 64)
    private @Nullable String updatedBy;

    @Column(length = 400)
    private @Nullable String origin;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "annotation_attribute", joinColumns = @JoinColumn(name = "annotation_id"))
    @MapKeyColumn(name = "name", length = 60)
    @Column(name = "attr_value", nullable = false, length = 4000)
    private Map<String, String> attributes = new HashMap<>();

    @Version
    private long version;

    protected Annotation() {
        this.layer = Layer.CLAIM;
        this.label = "";
        this.quote = "";
        this.prefix = "";
        this.suffix = "";
        this.anchorState = AnchorState.ANCHORED;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Annotation(
            long setId,
            Layer layer,
            String label,
            TextQuote quote,
            Map<String, String> attributes,
            @Nullable String frameId,
            @Nullable String suggestedBy,
            String createdBy,
            Instant now) {
        this.setId = setId;
        this.layer = layer;
        this.label = label;
        setPlace(quote, AnchorState.ANCHORED);
        this.attributes = new HashMap<>(attributes);
        this.frameId = frameId;
        this.suggestedBy = suggestedBy;
        this.review = suggestedBy == null ? null : SuggestionReview.PENDING;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getSetId() {
        return setId;
    }

    long getVersion() {
        return version;
    }

    Layer getLayer() {
        return layer;
    }

    TextQuote quote() {
        return new TextQuote(startOffset, endOffset, quote, prefix, suffix);
    }

    @Nullable
    SuggestionReview getReview() {
        return review;
    }

    @Nullable
    String getFrameId() {
        return frameId;
    }

    @Nullable
    String getOrigin() {
        return origin;
    }

    void setOrigin(@Nullable String origin) {
        this.origin = origin == null || origin.length() <= 400 ? origin : origin.substring(0, 400);
    }

    @Nullable
    String getUpdatedBy() {
        return updatedBy;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void changedBy(String who) {
        this.updatedBy = who;
    }

    void place(TextQuote where, AnchorState state) {
        setPlace(where, state);
    }

    // Private, so that NullAway sees the constructor set these fields (Hibernate's proxies may override place).
    private void setPlace(TextQuote where, AnchorState state) {
        this.startOffset = where.start();
        this.endOffset = where.end();
        this.quote = where.exact();
        this.prefix = where.prefix();
        this.suffix = where.suffix();
        this.anchorState = state;
    }

    void orphan() {
        this.anchorState = AnchorState.ORPHANED;
    }

    void relabel(String label, Map<String, String> attributes, Instant now) {
        this.label = label;
        this.attributes.clear();
        this.attributes.putAll(attributes);
        this.updatedAt = now;
    }

    void review(SuggestionReview review, String by, Instant now) {
        this.review = review;
        this.reviewedBy = by;
        this.updatedAt = now;
    }

    /** The view before the annotation has an id (id 0). */
    AnnotationView toViewUnsaved() {
        return new AnnotationView(
                id == null ? 0 : id,
                version,
                layer,
                label,
                startOffset,
                endOffset,
                quote,
                new TreeMap<>(attributes),
                frameId,
                suggestedBy,
                review,
                reviewedBy,
                anchorState,
                createdBy);
    }

    AnnotationView toView() {
        return new AnnotationView(
                getId(),
                version,
                layer,
                label,
                startOffset,
                endOffset,
                quote,
                new TreeMap<>(attributes),
                frameId,
                suggestedBy,
                review,
                reviewedBy,
                anchorState,
                createdBy);
    }
}
