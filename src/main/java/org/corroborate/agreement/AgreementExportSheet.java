package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportSheetContributor;
import org.corroborate.export.ExportSheets;
import org.corroborate.export.ExtraSheet;
import org.corroborate.export.SheetSpec;
import org.corroborate.scheme.Layer;
import org.springframework.stereotype.Component;

/**
 * The Agreement sheet of an export: for each exported layer that two or more annotators worked on, the
 * project's agreement figures, per pair, per label and per article. Computed when the export starts (in the
 * exporter's name), written later by the export job.
 */
@Component
class AgreementExportSheet implements ExportSheetContributor {

    static final SheetSpec SPEC = ExportSheets.AGREEMENT;

    /** What the figures compare: comparable work only (see {@link AgreementService.Comparison}). */
    static final String COMPARED = AgreementService.Comparison.COMPARABLE.describe();

    private final AgreementService agreement;

    AgreementExportSheet(AgreementService agreement) {
        this.agreement = agreement;
    }

    @Override
    public Optional<ExtraSheet> sheet(long projectId, ExportOptions options) {
        List<String> annotators = agreement.annotators(projectId);
        if (annotators.size() < 2) {
            return Optional.empty();
        }
        String who = String.join(", ", annotators);
        List<Object[]> rows = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!options.layers().isEmpty() && !options.layers().contains(layer)) {
                continue;
            }
            AgreementReport report = agreement.report(projectId, layer, List.of(), List.of());
            SpanAgreement.Report r = report.report();
            if (r.units() == 0) {
                continue;
            }
            String code = layer.code();
            int articles = report.articlesCompared();
            rows.add(row(code, "project", "Fleiss' kappa", r.fleiss(), articles, who));
            rows.add(row(code, "project", "Krippendorff's alpha", r.alpha(), articles, who));
            rows.add(row(code, "project", "unitizing alpha", r.unitizing(), articles, who));
            if (r.frames() != null) {
                rows.add(row(code, "project", "frame alpha", r.frames().alpha(), articles, who));
            }
            for (SpanAgreement.PairScore pair : r.pairs()) {
                rows.add(row(
                        code,
                        pair.a() + " / " + pair.b(),
                        "Cohen's kappa",
                        pair.cohen(),
                        articles,
                        pair.a() + ", " + pair.b()));
            }
            for (SpanAgreement.LabelRow label : r.labels()) {
                rows.add(row(code, "label " + label.label(), "Krippendorff's alpha", label.alpha(), articles, who));
                rows.add(row(code, "label " + label.label(), "unitizing alpha", label.unitizing(), articles, who));
            }
            for (SpanAgreement.ArticleRow article : r.articles()) {
                rows.add(row(code, "article " + article.articleId(), "Fleiss' kappa", article.fleiss(), 1, who));
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
                    org.corroborate.export.TableSink sink,
                    java.util.function.LongFunction<org.corroborate.export.@org.jspecify.annotations.Nullable Split>
                            splitOf) {
                rows.forEach(sink::row);
            }
        });
    }

    private static Object[] row(
            String layer, String scope, String measure, Score score, int articles, String annotators) {
        return new Object[] {
            layer,
            scope,
            measure,
            score.defined() ? score.value() : null,
            score.units(),
            articles,
            annotators,
            COMPARED,
            score.note()
        };
    }
}
