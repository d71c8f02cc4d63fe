package org.corroborate.reconcile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
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
        FigureReading kept = corrected != null && fits(corrected) ? corrected : null;
        String[] before = {
            correctedDimension, correctedBound, correctedLower, correctedUpper, correctedUnit, correctedCurrency
        };
        this.correctedDimension = kept == null ? null : kept.dimension();
        this.correctedBound = kept == null ? null : kept.bound();
        this.correctedLower =
                kept == null || kept.lower() == null ? null : kept.lower().toPlainString();
        this.correctedUpper =
                kept == null || kept.upper() == null ? null : kept.upper().toPlainString();
        this.correctedUnit = kept == null ? null : kept.unit();
        this.correctedCurrency = kept == null ? null : kept.currency();
        return !java.util.Arrays.equals(before, new String[] {
            correctedDimension, correctedBound, correctedLower, correctedUpper, correctedUnit, correctedCurrency
        });
    }

    /** A hand reading too long for its columns (a 60-digit bound) is not kept: the quote is read instead. */
    private static boolean fits(FigureReading r) {
        return r.dimension().length() <= 20
                && r.bound().length() <= 20
                && (r.lower() == null || r.lower().toPlainString().length() <= 60)
                && (r.upper() == null || r.upper().toPlainString().length() <= 60)
                && (r.unit() == null || r.unit().length() <= 40)
                && (r.currency() == null || r.currency().length() <= 3);
    }

    /** Whether a reading is kept with the figure (else it is read from the quote). */
    boolean keepsReading() {
        return correctedDimension != null && correctedBound != null;
    }

    /** The reading kept with the figure, if any; ends inclusive, as annotations record no more. */
    Optional<FigureReading> correctedReading() {
        if (correctedDimension == null || correctedBound == null) { // !keepsReading(), spelt out for NullAway
            return Optional.empty();
        }
        BigDecimal lower = correctedLower == null ? null : new BigDecimal(correctedLower);
        BigDecimal upper = correctedUpper == null ? null : new BigDecimal(correctedUpper);
        return Optional.of(FigureReading.given(
                correctedDimension, correctedBound, lower, upper, correctedUnit, correctedCurrency));
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
