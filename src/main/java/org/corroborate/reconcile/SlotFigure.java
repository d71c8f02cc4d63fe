package org.corroborate.reconcile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A figure in a slot, kept by where it is written; its reading is recomputed when shown. */
@Entity
@Table(name = "reconcile_figure")
class SlotFigure {

    static final int QUOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "slot_id", nullable = false)
    private long slotId;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = QUOTE_MAX_LENGTH)
    private String quote;

    @Column(name = "source_text", nullable = false, length = QUOTE_MAX_LENGTH)
    private String sourceText;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private FigureOrigin origin;

    protected SlotFigure() {
        this.quote = "";
        this.sourceText = "";
        this.origin = FigureOrigin.DETECTED;
    }

    SlotFigure(long slotId, long storyId, StoryFigure figure) {
        this.slotId = slotId;
        this.storyId = storyId;
        this.articleId = figure.articleId();
        this.start = figure.start();
        this.end = figure.end();
        this.quote = clip(figure.quote());
        this.sourceText = clip(figure.source());
        this.origin = figure.origin();
    }

    private static String clip(String s) {
        return s.length() <= QUOTE_MAX_LENGTH ? s : s.substring(0, QUOTE_MAX_LENGTH - 1) + "…";
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getSlotId() {
        return slotId;
    }

    void moveTo(long newSlotId) {
        this.slotId = newSlotId;
    }

    long getStoryId() {
        return storyId;
    }

    long getArticleId() {
        return articleId;
    }

    int getStart() {
        return start;
    }

    int getEnd() {
        return end;
    }

    String getQuote() {
        return quote;
    }

    String getSourceText() {
        return sourceText;
    }

    FigureOrigin getOrigin() {
        return origin;
    }
}
