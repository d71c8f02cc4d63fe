package org.corroborate.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.export.Column;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportSheetContributor;
import org.corroborate.export.ExtraSheet;
import org.corroborate.export.SheetSpec;
import org.corroborate.export.Split;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.springframework.stereotype.Component;

/**
 * The Reconciliation sheet of an export: one row per figure in a slot, with the slot's automatic and human
 * verdicts. Read when the export starts (in the exporter's name), written later by the export job.
 */
@Component
class ReconciliationExportSheet implements ExportSheetContributor {

    static final SheetSpec SPEC = SheetSpec.of("Reconciliation", "one figure in a slot of a story", List.of(
            Column.integer("Story id", "The story (articles of one event) the slot belongs to."),
            Column.text("Story", 30, "The story's title."),
            Column.integer("Slot id", "The slot: figures of the story that measure one thing."),
            Column.text("Slot", 30, "What the slot's figures measure, as the reconciler titled it."),
            Column.text("Automatic verdict", 16, "From the intervals alone: consistent (they overlap), compatible"
                    + " (only within the project's approximation width), conflict (disjoint), not comparable,"
                    + " single report."),
            Column.text("Verdict", 16, "The reconciler's verdict: consistent, conflict, different scope, superseded,"
                    + " error in an article; empty when none yet."),
            Column.integer("Article in error", "For the verdict 'error in an article': which article."),
            Column.text("Accepted value", 24, "The value the reconciler accepts for the slot, as they wrote it."),
            Column.text("Rationale", 40, "Why, in the reconciler's words."),
            Column.text("Decided by", 14, "Who recorded the verdict."),
            Column.timestamp("Decided at", "When the verdict was recorded (UTC)."),
            Column.integer("Independent reports", "Articles reporting the slot, rewrites of one copy counted once."),
            Column.integer("Article id", "The article this figure is written in."),
            Column.text("Split", 6, "The article's split (train, dev, test) when the export is split."),
            Column.integer("Start", "Where the figure starts in the article's cleaned text (UTF-16 offset)."),
            Column.integer("End", "Where the figure ends (exclusive)."),
            Column.text("Figure as written", 24, "The figure as the article writes it."),
            Column.text("Said by", 20, "The source of the attribution that reports the figure, as written."),
            Column.text("Reading", 24, "The figure's normalised interval, or 'not understood'."),
            Column.bool("Conflicting", "Disjoint from another figure of the slot even with the tolerance."),
            Column.text("Origin", 10, "annotated (by a person or gold) or detected (by the figure detector).")));

    private final StoryService stories;
    private final ReconcileService reconcile;

    ReconciliationExportSheet(StoryService stories, ReconcileService reconcile) {
        this.stories = stories;
        this.reconcile = reconcile;
    }

    @Override
    public Optional<ExtraSheet> sheet(long projectId, ExportOptions options) {
        List<Object[]> rows = new ArrayList<>();
        for (StoryDetails story : stories.list(projectId)) {
            if (!reconcile.hasSlots(projectId, story.id())) {
                continue;
            }
            for (ReconciliationBoard.Row slot : reconcile.board(projectId, story.id()).slots()) {
                for (ReconciliationBoard.Figure f : slot.figures()) {
                    rows.add(new Object[] {story.id(), story.title(), slot.id(), slot.title(),
                        slot.automatic().caption().toLowerCase(java.util.Locale.ROOT),
                        slot.verdict() == null ? null : slot.verdict().caption().toLowerCase(java.util.Locale.ROOT),
                        slot.errorArticleId(), slot.acceptedValue(), slot.rationale(), slot.decidedBy(),
                        slot.decidedAt(), slot.independentReports(), f.articleId(), null, f.start(), f.end(),
                        f.quote(), f.source(), f.reading(), f.conflicting(),
                        f.origin().name().toLowerCase(java.util.Locale.ROOT)});
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExtraSheet() {
            @Override
            public SheetSpec spec() {
                return SPEC;
            }

            @Override
            public void write(org.corroborate.export.TableSink sink, java.util.function.LongFunction<Split> splitOf) {
                for (Object[] row : rows) {
                    Object[] values = row.clone();
                    Split split = splitOf.apply((Long) row[12]);
                    values[13] = split == null ? null : split.code();
                    sink.row(values);
                }
            }
        });
    }
}
