package org.corroborate.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.agreement.AgreementReport;
import org.corroborate.agreement.AgreementService;
import org.corroborate.agreement.Score;
import org.corroborate.agreement.SpanAgreement;
import org.corroborate.agreement.SpanPosition;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.live.TeamEvent;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.GridTooltips;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.LayerTabs;
import org.corroborate.ui.LiveUpdates;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * Inter-annotator agreement of a project on one layer between chosen annotators: the overall figures, Cohen's
 * kappa for every pair, each label, each article, whole attribution frames, and the positions where annotators
 * differ, each a link to the curation page at that position. Curators and managers only (ADR 0008).
 */
@Route("projects/:projectId/agreement")
@PageTitle("Agreement · Corroborate")
@PermitAll
class AgreementView extends VerticalLayout implements BeforeEnterObserver {

    private final AgreementService agreement;
    private final AnnotationService annotations;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final Select<Layer> layer = new Select<>();
    private final CheckboxGroup<String> annotators = new CheckboxGroup<>("Annotators");
    private final Checkbox everything =
            new Checkbox("Also compare unfinished sets and articles not every chosen" + " annotator finished");
    private final Paragraph basis = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout results = new VerticalLayout();
    private final Span fleiss = new Span();
    private final Span alpha = new Span();
    private final Span unitizing = new Span();
    private final Span units = new Span();
    private final Paragraph frames = new Paragraph();
    private final Grid<String> pairs = new Grid<>();
    private final Grid<SpanAgreement.LabelRow> labels = new Grid<>();
    private final Grid<SpanAgreement.ArticleRow> articles = new Grid<>();
    private final Grid<SpanAgreement.Disagreement> disagreements = new Grid<>();
    private final H3 disagreementTitle = new H3("Where annotators differ");

    private long projectId;
    private LabelSet labelSet = LabelSet.defaults();
    private @Nullable AgreementReport report;
    private boolean updating;
    private List<String> known = List.of();

    AgreementView(
            AgreementService agreement, AnnotationService annotations, ProjectService projects, LiveUpdates live) {
        this.agreement = agreement;
        this.annotations = annotations;
        this.projects = projects;
        // An annotator finished an article: measure again with their final version (Vaadin Push).
        live.follow(this, () -> projectId, event -> {
            if (event.kind() == TeamEvent.Kind.SET_FINISHED) {
                refresh();
                Notifications.teamNews(event.actor() + " finished an article: agreement measured again.");
            }
        });

        layer.setId("agreement-layer");
        layer.setLabel("Layer");
        layer.setItems(Layer.values());
        layer.setItemLabelGenerator(LayerTabs::caption);
        layer.setValue(Layer.SOURCE);
        layer.addValueChangeListener(e -> measure());
        annotators.setId("agreement-annotators");
        annotators.addValueChangeListener(e -> measure());
        everything.setId("agreement-everything");
        everything.addValueChangeListener(e -> measure());
        basis.setId("agreement-basis");
        HorizontalLayout controls = new HorizontalLayout(layer, annotators, everything);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);

        empty.setId("agreement-empty");
        fleiss.setId("fleiss-kappa");
        alpha.setId("krippendorff-alpha");
        unitizing.setId("unitizing-alpha");
        units.setId("agreement-units");
        HorizontalLayout overall = new HorizontalLayout(
                figure("Fleiss’ κ", fleiss),
                figure("Krippendorff’s α", alpha),
                figure("Unitizing αᵤ", unitizing),
                figure("Positions compared", units));
        overall.addClassName("agreement-figures");
        frames.setId("frame-agreement");

        pairs.setId("pair-matrix");
        pairs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        pairs.setAllRowsVisible(true);

        labels.setId("label-agreement");
        labels.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        labels.setAllRowsVisible(true);

        articles.setId("article-agreement");
        articles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        articles.setAllRowsVisible(true);

        disagreements.setId("disagreements");
        disagreements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        disagreements.setHeight("24rem");

        Paragraph how = new Paragraph("Labels are compared where annotators marked exactly the same stretch of "
                + "text; unitizing αᵤ also gives credit for overlapping stretches. Cohen’s κ and Fleiss’ κ use the "
                + "positions every compared annotator marked; α counts the rest as missing. 1 is perfect agreement, "
                + "0 what chance would give.");
        how.addClassName("muted");
        results.setPadding(false);
        results.add(
                overall,
                frames,
                how,
                new H3("Pairs of annotators (Cohen’s κ)"),
                pairs,
                new H3("Labels"),
                labels,
                new H3("Articles"),
                articles,
                disagreementTitle,
                disagreements);
        add(title, controls, basis, empty, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        if (!project.canCurate()) {
            throw new NotFoundOrNotAllowedException();
        }
        title.setText("Agreement: " + project.name());
        labelSet = annotations.labels(projectId);
        refresh();
    }

    /** Reads the project's annotators again (someone may have started) and measures anew. */
    void refresh() {
        List<String> everyone = agreement.annotators(projectId);
        Set<String> chosen = new LinkedHashSet<>(annotators.getValue());
        updating = true;
        annotators.setItems(everyone);
        // Newcomers are included; whoever the user unticked stays out.
        chosen.retainAll(everyone);
        everyone.stream().filter(a -> !known.contains(a)).forEach(chosen::add);
        known = List.copyOf(everyone);
        annotators.setValue(chosen);
        updating = false;
        measure();
    }

    private void measure() {
        if (updating || layer.getValue() == null) {
            return;
        }
        List<String> chosen = annotators.getValue().stream().sorted().toList();
        if (chosen.size() < 2) {
            report = null;
            empty.setText(
                    known.size() < 2
                            ? "Agreement needs the work of at least two annotators; so far " + known.size()
                                    + " annotated in this project."
                            : "Choose at least two annotators.");
            basis.setText("");
            empty.setVisible(true);
            results.setVisible(false);
            return;
        }
        AgreementReport current = agreement.report(
                projectId,
                layer.getValue(),
                chosen,
                List.of(),
                everything.getValue()
                        ? AgreementService.Comparison.EVERYTHING
                        : AgreementService.Comparison.COMPARABLE);
        report = current;
        basis.setText("Compared: " + current.comparison().describe() + ". " + current.articlesCompared()
                + (current.articlesCompared() == 1 ? " article" : " articles") + " compared"
                + (current.articlesLeftOut() == 0 ? "." : ", " + current.articlesLeftOut() + " left out."));
        empty.setVisible(false);
        results.setVisible(true);
        show(current);
    }

    private void show(AgreementReport current) {
        SpanAgreement.Report r = current.report();
        showScore(fleiss, r.fleiss());
        showScore(alpha, r.alpha());
        showScore(unitizing, r.unitizing());
        units.setText(String.valueOf(r.units()));
        SpanAgreement.FrameAgreement frame = r.frames();
        frames.setVisible(frame != null);
        if (frame != null) {
            frames.setText("Whole attribution frames (cue, sources and contents all alike): α = "
                    + frame.alpha().formatted() + " over " + frame.frames() + " frames; " + frame.fullyMatched()
                    + " matched fully by every annotator.");
        }
        showPairs(r);
        showLabels(r);
        showArticles(r, current.articleTitles());
        showDisagreements(r, current.articleTitles());
    }

    private void showPairs(SpanAgreement.Report r) {
        pairs.removeAllColumns();
        pairs.addColumn(rater -> rater).setHeader("").setAutoWidth(true).setFlexGrow(0);
        for (String column : r.raters()) {
            pairs.addColumn(row ->
                            row.equals(column) ? "—" : pairScore(r, row, column).formatted())
                    .setHeader(column)
                    .setAutoWidth(true)
                    .setTooltipGenerator(row -> row.equals(column) ? "" : pairTooltip(pairScore(r, row, column)));
        }
        pairs.setItems(r.raters());
        GridTooltips.nullSafe(pairs);
    }

    private static Score pairScore(SpanAgreement.Report r, String a, String b) {
        return r.pairs().stream()
                .filter(p -> (p.a().equals(a) && p.b().equals(b)) || (p.a().equals(b) && p.b().equals(a)))
                .map(SpanAgreement.PairScore::cohen)
                .findFirst()
                .orElse(Score.undefined(0, "no positions"));
    }

    private static String pairTooltip(Score score) {
        return score.units() + " positions both marked" + (score.note() == null ? "" : "; " + score.note());
    }

    private void showLabels(SpanAgreement.Report r) {
        labels.removeAllColumns();
        labels.addColumn(row -> caption(r.layer(), row.label()))
                .setHeader("Label")
                .setAutoWidth(true);
        for (String rater : r.raters()) {
            labels.addColumn(row -> row.countsByRater().getOrDefault(rater, 0L))
                    .setHeader(rater)
                    .setAutoWidth(true);
        }
        labels.addColumn(row -> row.alpha().formatted())
                .setHeader("α")
                .setAutoWidth(true)
                .setTooltipGenerator(row -> note(row.alpha()));
        labels.addColumn(row -> row.unitizing().formatted())
                .setHeader("αᵤ")
                .setAutoWidth(true)
                .setTooltipGenerator(row -> note(row.unitizing()));
        labels.setItems(r.labels());
        GridTooltips.nullSafe(labels);
    }

    private void showArticles(SpanAgreement.Report r, Map<Long, String> titles) {
        articles.removeAllColumns();
        articles.addComponentColumn(row -> link(row.articleId(), titles, null))
                .setHeader("Article")
                .setFlexGrow(1);
        articles.addColumn(SpanAgreement.ArticleRow::units)
                .setHeader("Positions")
                .setAutoWidth(true);
        articles.addColumn(row -> row.fleiss().formatted())
                .setHeader("Fleiss’ κ")
                .setAutoWidth(true)
                .setTooltipGenerator(row -> note(row.fleiss()));
        articles.addColumn(row -> row.alpha().formatted())
                .setHeader("α")
                .setAutoWidth(true)
                .setTooltipGenerator(row -> note(row.alpha()));
        articles.addColumn(row -> row.unitizing().formatted())
                .setHeader("αᵤ")
                .setAutoWidth(true)
                .setTooltipGenerator(row -> note(row.unitizing()));
        articles.setItems(r.articles());
        GridTooltips.nullSafe(articles);
    }

    private void showDisagreements(SpanAgreement.Report r, Map<Long, String> titles) {
        disagreementTitle.setText(
                "Where annotators differ (" + r.disagreements().size() + ")");
        disagreements.removeAllColumns();
        disagreements
                .addColumn(d -> titles.getOrDefault(d.position().articleId(), ""))
                .setHeader("Article")
                .setWidth("14rem")
                .setFlexGrow(1)
                .setSortable(true);
        disagreements
                .addColumn(SpanAgreement.Disagreement::text)
                .setHeader("Text")
                .setWidth("16rem")
                .setFlexGrow(2);
        for (String rater : r.raters()) {
            disagreements
                    .addColumn(d -> {
                        String label = d.labelsByRater().get(rater);
                        return label == null ? "—" : caption(r.layer(), label);
                    })
                    .setHeader(rater)
                    .setAutoWidth(true);
        }
        disagreements
                .addComponentColumn(d -> link(d.position().articleId(), titles, d.position()))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        disagreements.setItems(r.disagreements());
    }

    /** The curation page of an article; at a position, opened there. */
    private Component link(long articleId, Map<Long, String> titles, @Nullable SpanPosition at) {
        String href = "projects/" + projectId + "/articles/" + articleId + "/curate";
        if (at == null) {
            return InAppLink.to(href, titles.getOrDefault(articleId, "Article " + articleId));
        }
        Anchor compare = InAppLink.to(href + "?at=" + at.inText().format(), "Compare");
        compare.getElement()
                .setAttribute(
                        "aria-label",
                        "Compare " + at.layer().code() + " " + at.start() + "–" + at.end() + " in "
                                + titles.getOrDefault(articleId, "the article"));
        return compare;
    }

    private static void showScore(Span target, Score score) {
        target.setText(score.formatted());
        target.getElement()
                .setAttribute("title", score.units() + " units" + (score.note() == null ? "" : "; " + score.note()));
    }

    private static String note(Score score) {
        return score.units() + " units" + (score.note() == null ? "" : "; " + score.note());
    }

    private static Component figure(String caption, Span value) {
        Span label = new Span(caption);
        label.addClassName("muted");
        value.addClassName("agreement-figure");
        Div box = new Div(label, value);
        box.addClassName("agreement-figure-box");
        return box;
    }

    private String caption(Layer layer, String code) {
        return labelSet.find(layer, code).map(ProjectLabel::caption).orElse(code);
    }
}
