package org.corroborate.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportSheetContributor;
import org.corroborate.export.ExportSheets;
import org.corroborate.export.ExtraSheet;
import org.corroborate.export.LabelChoice;
import org.corroborate.export.SheetSpec;
import org.corroborate.export.Split;
import org.corroborate.export.TableSink;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Analytics, Outlets and Source records sheets of an export (the same in JSON Lines and CSV): what the analytics
 * pages show, counting the gold when the export takes gold labels and the majority of finished sets when it takes
 * only annotators' labels. Read when the export starts, in the exporter's name.
 */
final class AnalyticsExportSheets {

    private AnalyticsExportSheets() {}

    static Counts countsFor(ExportOptions options) {
        return options.labels() == LabelChoice.ANNOTATORS ? Counts.MAJORITY : Counts.GOLD;
    }

    static List<@Nullable Object> components(Components c) {
        SourceTypes t = c.sourcesByType();
        List<@Nullable Object> values = new ArrayList<>();
        values.addAll(List.of(
                c.attributions(),
                c.claims(),
                c.claimsAttributed(),
                c.sourceMentions(),
                t.namedPerson(),
                t.namedOrganisation(),
                t.unnamedIndividual(),
                t.unnamedGroup(),
                t.document(),
                t.pronounUnresolved(),
                t.pronounsResolved(),
                c.anonymousMentions()));
        values.add(c.anonymousShare());
        values.addAll(List.of(c.reasonsGiven(), c.contentWords(), c.anonymousWords()));
        values.add(c.anonymousWordShare());
        values.addAll(List.of(
                c.hedged(),
                c.asserted(),
                c.figures(),
                c.verdicts().consistent(),
                c.verdicts().conflict(),
                c.verdicts().superseded()));
        return values;
    }

    static Optional<ExtraSheet> sheet(SheetSpec spec, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExtraSheet() {
            @Override
            public SheetSpec spec() {
                return spec;
            }

            @Override
            public void write(TableSink sink, LongFunction<@Nullable Split> splitOf) {
                rows.forEach(sink::row);
            }
        });
    }

    @Component
    static class Articles implements ExportSheetContributor {

        private final AnalyticsService analytics;

        Articles(AnalyticsService analytics) {
            this.analytics = analytics;
        }

        @Override
        public Optional<ExtraSheet> sheet(long projectId, ExportOptions options) {
            Counts counts = countsFor(options);
            List<Object[]> rows = new ArrayList<>();
            for (ArticleProfile a : analytics.articles(projectId, counts, Scope.ALL)) {
                List<@Nullable Object> row =
                        new ArrayList<>(List.of(a.articleId(), a.title(), a.outlet(), counts.code(), a.counted()));
                row.addAll(components(a.components()));
                row.add(a.nearDuplicate());
                rows.add(row.toArray());
            }
            return AnalyticsExportSheets.sheet(ExportSheets.ANALYTICS, rows);
        }
    }

    @Component
    static class Outlets implements ExportSheetContributor {

        private final AnalyticsService analytics;

        Outlets(AnalyticsService analytics) {
            this.analytics = analytics;
        }

        @Override
        public Optional<ExtraSheet> sheet(long projectId, ExportOptions options) {
            Counts counts = countsFor(options);
            List<Object[]> rows = new ArrayList<>();
            for (OutletProfile o : analytics.outlets(projectId, counts, Scope.ALL)) {
                List<@Nullable Object> row =
                        new ArrayList<>(List.of(o.outlet(), counts.code(), o.articles(), o.countedArticles()));
                row.addAll(components(o.components()));
                row.add(o.nearDuplicates());
                rows.add(row.toArray());
            }
            return AnalyticsExportSheets.sheet(ExportSheets.OUTLETS, rows);
        }
    }

    @Component
    static class Sources implements ExportSheetContributor {

        private final AnalyticsService analytics;

        Sources(AnalyticsService analytics) {
            this.analytics = analytics;
        }

        @Override
        public Optional<ExtraSheet> sheet(long projectId, ExportOptions options) {
            Counts counts = countsFor(options);
            List<Object[]> rows = new ArrayList<>();
            for (SourceRecord s : analytics.sources(projectId, counts)) {
                rows.add(new Object[] {
                    s.sourceId(),
                    s.name(),
                    s.kind().toLowerCase(java.util.Locale.ROOT),
                    counts.code(),
                    s.mentions(),
                    s.articles(),
                    s.stories(),
                    s.attributions(),
                    s.claims(),
                    s.figures(),
                    s.agree(),
                    s.conflict(),
                    s.superseded()
                });
            }
            return AnalyticsExportSheets.sheet(ExportSheets.SOURCE_RECORDS, rows);
        }
    }
}
