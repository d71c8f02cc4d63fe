package org.corroborate.reconcile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.corroborate.figure.FigureCodec;
import org.corroborate.figure.FigureReading;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A figure in a slot, kept by where it is written. Its reading is recomputed when shown, unless it differs
 * from what the words alone give (an annotator's correction, a reading in its sentence): that one is kept
 * (taken when the figure is put into the slot, and again whenever slots are proposed).
 */
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

    @Column(name = "corrected_dimension", length = 20)
    private @Nullable String correctedDimension;

    @Column(name = "corrected_bound", length = 20)
    private @Nullable String correctedBound;

    @Column(name = "corrected_lower", length = 60)
    private @Nullable String correctedLower;

    @Column(name = "corrected_upper", length = 60)
    private @Nullable String correctedUpper;

    @Column(name = "corrected_unit", length = 40)
    private @Nullable String correctedUnit;

    @Column(name = "corrected_currency", length = 3)
    private @Nullable String correctedCurrency;

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
        takeCorrection(figure.corrected());
    }

    /**
     * Keeps {@code corrected} as the figure's reading (null: read the quote again); whether that changed what
     * was kept.
     */
    boolean takeCorrection(@Nullable FigureReading corrected) {
        FigureCodec.Columns before = columns();
        FigureCodec.Columns kept = corrected == null ? FigureCodec.Columns.NONE : FigureCodec.columns(corrected);
        if (!fits(kept)) {
            kept = FigureCodec.Columns.NONE;
        }
        this.correctedDimension = kept.dimension();
        this.correctedBound = kept.bound();
        this.correctedLower = kept.lower();
        this.correctedUpper = kept.upper();
        this.correctedUnit = kept.unit();
        this.correctedCurrency = kept.currency();
        return !before.equals(kept);
    }

    /** A hand reading too long for its columns (a 60-digit bound) is not kept: the quote is read instead. */
    private static boolean fits(FigureCodec.Columns c) {
        return fits(c.dimension(), 20)
                && fits(c.bound(), 20)
                && fits(c.lower(), 60)
                && fits(c.upper(), 60)
                && fits(c.unit(), 40)
                && fits(c.currency(), 3);
    }

    private static boolean fits(@Nullable String value, int length) {
        return value == null || value.length() <= length;
    }

    private FigureCodec.Columns columns() {
        return new FigureCodec.Columns(
                correctedDimension, correctedBound, correctedLower, correctedUpper, correctedUnit, correctedCurrency);
    }

    /** Whether a reading is kept with the figure (else it is read from the quote). */
    boolean keepsReading() {
        return correctedDimension != null && correctedBound != null;
    }

    /** The reading kept with the figure, if any; ends inclusive, as annotations record no more. */
    Optional<FigureReading> correctedReading() {
        return FigureCodec.fromColumns(columns());
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
