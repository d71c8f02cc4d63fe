package org.corroborate.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.article.ArticleService;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportSheetContributor;
import org.corroborate.export.ExportSheets;
import org.corroborate.export.ExtraSheet;
import org.corroborate.export.SheetSpec;
import org.corroborate.export.Split;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.suggestion.CodePointOffsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Reconciliation sheet of an export: one row per figure in a slot, with the slot's automatic and human
 * verdicts. Read when the export starts (in the exporter's name), written later by the export job.
 */
@Component
class ReconciliationExportSheet implements ExportSheetContributor {

    static final SheetSpec SPEC = ExportSheets.RECONCILIATION;

    private final StoryService stories;
    private final ReconcileService reconcile;
    private final ArticleService articles;

    ReconciliationExportSheet(StoryService stories, ReconcileService reconcile, ArticleService articles) {
        this.stories = stories;
        this.reconcile = reconcile;
        this.articles = articles;
    }

    @Override
    public Optional<ExtraSheet> sheet(long projectId, ExportOptions options) {
        List<Object[]> rows = new ArrayList<>();
        // offsets leave in code points, like every sheet's
        CodePointOffsets.PerArticle offsets =
                CodePointOffsets.perArticle(id -> articles.get(projectId, id).cleanedText());
        for (StoryDetails story : stories.list(projectId)) {
            if (!reconcile.hasSlots(projectId, story.id())) {
                continue;
            }
            for (ReconciliationBoard.Row slot :
                    reconcile.board(projectId, story.id()).slots()) {
                for (ReconciliationBoard.Figure f : slot.figures()) {
                    rows.add(new Object[] {
                        story.id(),
                        story.title(),
                        slot.id(),
                        slot.title(),
                        slot.automatic().caption().toLowerCase(Locale.ROOT),
                        slot.verdict() == null ? null : slot.verdict().caption().toLowerCase(Locale.ROOT),
                        slot.errorArticleId(),
                        slot.acceptedValue(),
                        slot.rationale(),
                        slot.decidedBy(),
                        slot.decidedAt(),
                        slot.independentReports(),
                        f.articleId(),
                        null,
                        offsets.toCodePoints(f.articleId(), f.start()),
                        offsets.toCodePoints(f.articleId(), f.end()),
                        f.quote(),
                        f.source(),
                        f.reading(),
                        f.conflicting(),
                        f.origin().name().toLowerCase(Locale.ROOT)
                    });
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
            public void write(
                    org.corroborate.export.TableSink sink, java.util.function.LongFunction<@Nullable Split> splitOf) {
                for (Object[] row : rows) {
                    @Nullable Object[] values = row.clone();
                    Split split = splitOf.apply((Long) row[12]);
                    values[13] = split == null ? null : split.code();
                    sink.row(values);
                }
            }
        });
    }
}
