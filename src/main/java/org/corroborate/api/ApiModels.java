package org.corroborate.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the API answers, as JSON: its own records, so a change inside the app does not change the API. */
final class ApiModels {

    private ApiModels() {}

    /** A project the token's user may see, with their role in it (null for a site admin who is not a member). */
    record Project(
            long id,
            String name,
            String description,
            @Nullable String role,
            boolean canCurate,
            Instant createdAt) {}

    record ArticleSummary(
            long id,
            String title,
            @Nullable String outlet,
            @Nullable LocalDate publishedDate,
            int wordCount,
            String status,
            String sourceName,
            Instant importedAt) {}

    /**
     * One article with the label sets the user may see. {@code start}/{@code end} of spans count Unicode code points
     * of {@code text}, as the export does.
     */
    record Article(
            long id,
            String title,
            @Nullable String outlet,
            @Nullable String url,
            @Nullable String author,
            @Nullable LocalDate publishedDate,
            String status,
            String text,
            List<LabelSet> sets,
            List<String> notes) {}

    /** An annotator's set (owner: their username, status) or the gold version (owner "gold", status null). */
    record LabelSet(String owner, @Nullable String status, List<Span> spans) {}

    record Span(
            long id,
            String layer,
            String label,
            int start,
            int end,
            String text,
            Map<String, String> attributes,
            @Nullable String frame,
            @Nullable String suggestedBy) {}

    record ImportReport(
            String summary, List<ImportedArticle> imported, List<Duplicate> duplicates, List<String> notes) {}

    record ImportedArticle(long id, String title, String sourceName) {}

    record Duplicate(String file, String duplicateOf) {}

    /**
     * Agreement of a project's annotators, layer by layer: the agreement page's figures. {@code compared} says which
     * work counts (by default finished sets of the articles every compared annotator finished); {@code note} why
     * there are no figures, when there are none.
     */
    record Agreement(
            List<String> annotators,
            String compared,
            List<LayerAgreement> layers,
            @Nullable String note) {}

    /** One layer: the project figures, each pair, each label and each article, and what they rest on. */
    record LayerAgreement(
            String layer,
            int units,
            int articlesCompared,
            int articlesLeftOut,
            Figure fleissKappa,
            Figure krippendorffAlpha,
            Figure unitizingAlpha,
            @Nullable Figure frameAlpha,
            List<PairFigure> pairs,
            List<LabelFigure> labels,
            List<ArticleFigure> articles) {}

    /** One figure: {@code value} null when the data cannot carry the measure ({@code note} says why). */
    record Figure(
            @Nullable Double value, int units, @Nullable String note) {}

    record PairFigure(String a, String b, Figure cohenKappa) {}

    record LabelFigure(
            String label, Map<String, Long> countsByAnnotator, Figure krippendorffAlpha, Figure unitizingAlpha) {}

    record ArticleFigure(
            long articleId, int units, Figure fleissKappa, Figure krippendorffAlpha, Figure unitizingAlpha) {}
}
