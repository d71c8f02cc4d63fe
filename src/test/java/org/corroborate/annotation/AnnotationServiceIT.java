package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.imports.ImportService;
import org.corroborate.labels.LabelSet;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CorroborateIntegrationTest
class AnnotationServiceIT {

    private static final String RAW = "Talks stall\nA senior U.S. official said the talks had stalled.\n"
            + "Share this:\n- Click to share on Facebook (Opens in new window) Facebook\n"
            + "Zelenskiy said Ukraine offered $90 billion.\n";

    @Autowired
    AnnotationService annotations;

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private ProjectSummary project;
    private long articleId;
    private String text;

    @BeforeEach
    void projectWithOneArticle() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Annotations",
                Map.of(
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "annotator2",
                        ProjectRole.ANNOTATOR,
                        "manager",
                        ProjectRole.MANAGER),
                "talks.txt",
                RAW);
        project = fixture.project();
        articleId = fixture.articleId();
        text = SystemAuthentication.runAsSystem(
                () -> articles.get(project.id(), articleId).cleanedText());
    }

    private SpanRequest span(Layer layer, String label, String quote) {
        int start = text.indexOf(quote);
        return SpanRequest.of(layer, label, start, start + quote.length());
    }

    @Test
    @WithMockUser(username = "annotator")
    void a_created_span_is_stored_with_its_quote_and_reopens_in_the_annotators_set() {
        AnnotationView created = annotations.create(
                project.id(),
                articleId,
                span(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "A senior U.S. official")
                        .withAttributes(Map.of(Attributes.AFFILIATION, "government")));

        EditorDocument reopened = annotations.open(project.id(), articleId);
        assertThat(reopened.status()).isEqualTo(AnnotationSetStatus.IN_PROGRESS);
        assertThat(reopened.annotations()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(created.id());
            assertThat(a.text()).isEqualTo("A senior U.S. official");
            assertThat(a.attribute(Attributes.AFFILIATION)).isEqualTo("government");
            assertThat(a.createdBy()).isEqualTo("annotator");
        });
    }

    @Test
    void annotators_do_not_see_each_others_sets() {
        asUser(
                "annotator",
                () -> annotations.create(
                        project.id(), articleId, span(Layer.CLAIM, Labels.FACTUAL, "the talks had stalled")));
        asUser("annotator2", () -> {
            assertThat(annotations.open(project.id(), articleId).annotations()).isEmpty();
            return null;
        });
    }

    @Test
    void a_user_cannot_change_another_annotators_span_even_knowing_its_id() {
        AnnotationView theirs = asUser(
                "annotator",
                () -> annotations.create(
                        project.id(), articleId, span(Layer.CLAIM, Labels.FACTUAL, "the talks had stalled")));
        asUser("annotator2", () -> {
            annotations.create(project.id(), articleId, span(Layer.CLAIM, Labels.OPINION, "Talks stall"));
            assertThatThrownBy(() -> annotations.delete(project.id(), articleId, theirs.id(), theirs.version()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void outsiders_cannot_open_or_annotate_the_article() {
        asUser("outsider", () -> {
            assertThatThrownBy(() -> annotations.open(project.id(), articleId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> annotations.create(
                            project.id(), articleId, span(Layer.CLAIM, Labels.FACTUAL, "the talks had stalled")))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    @WithMockUser(username = "annotator")
    void an_edit_based_on_a_stale_version_is_refused_not_overwritten() {
        AnnotationView created =
                annotations.create(project.id(), articleId, span(Layer.CLAIM, Labels.FACTUAL, "the talks had stalled"));
        AnnotationView edited =
                annotations.update(project.id(), articleId, created.id(), created.version(), Labels.OPINION, Map.of());
        assertThat(edited.label()).isEqualTo(Labels.OPINION);

        assertThatThrownBy(() -> annotations.update(
                        project.id(), articleId, created.id(), created.version(), Labels.PREDICTION, Map.of()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> annotations.delete(project.id(), articleId, created.id(), created.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(annotations.open(project.id(), articleId).annotations())
                .singleElement()
                .extracting(AnnotationView::label)
                .isEqualTo(Labels.OPINION);
    }

    @Test
    @WithMockUser(username = "annotator")
    void bad_spans_and_unknown_labels_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> annotations.create(
                        project.id(), articleId, SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, 0, text.length() + 10)))
                .isInstanceOf(AnnotationValidationException.class);
        assertThatThrownBy(() -> annotations.createAll(
                        project.id(),
                        articleId,
                        List.of(
                                span(Layer.ATTRIBUTION, Labels.CUE, "said"),
                                span(Layer.ATTRIBUTION, "speaker", "A senior U.S. official"))))
                .isInstanceOf(AnnotationValidationException.class);
        assertThat(annotations.open(project.id(), articleId).annotations()).isEmpty();
    }

    @Test
    @WithMockUser(username = "annotator")
    void the_parts_of_an_attribution_share_one_frame_and_can_be_attached_later() {
        List<AnnotationView> frame = annotations.createAll(
                project.id(),
                articleId,
                List.of(
                        span(Layer.ATTRIBUTION, Labels.CUE, "said")
                                .withAttributes(Map.of(Attributes.CERTAINTY, "asserted")),
                        span(Layer.ATTRIBUTION, Labels.SOURCE, "A senior U.S. official")));
        String frameId = Objects.requireNonNull(frame.getFirst().frameId(), "a cue starts a frame");
        assertThat(frame).extracting(AnnotationView::frameId).containsOnly(frameId);

        AnnotationView content = annotations.create(
                project.id(),
                articleId,
                span(Layer.ATTRIBUTION, Labels.CONTENT, "the talks had stalled").inFrame(frameId));
        assertThat(content.frameId()).isEqualTo(frameId);
        assertThatThrownBy(() -> annotations.create(
                        project.id(),
                        articleId,
                        span(Layer.ATTRIBUTION, Labels.CONTENT, "Talks stall").inFrame("no-such-frame")))
                .isInstanceOf(AnnotationValidationException.class);
    }

    @Test
    @WithMockUser(username = "annotator")
    void restoring_removed_text_moves_spans_after_it_with_their_quote() {
        AnnotationView figure =
                annotations.create(project.id(), articleId, span(Layer.FIGURE, Labels.MONEY, "$90 billion"));
        ArticleDetails article = articles.get(project.id(), articleId);
        articles.setSegmentRestored(
                project.id(), articleId, article.segments().getFirst().id(), true, article.version());

        EditorDocument after = annotations.open(project.id(), articleId);
        AnnotationView moved = after.annotations().getFirst();
        assertThat(after.text().substring(moved.start(), moved.end())).isEqualTo("$90 billion");
        assertThat(moved.start()).isGreaterThan(figure.start());
        assertThat(moved.anchorState()).isEqualTo(AnchorState.MOVED);
    }

    private List<AnnotationView> suggestedFrame(String frame) {
        return annotations.addSuggestions(
                project.id(),
                articleId,
                "attributions",
                List.of(
                        span(Layer.ATTRIBUTION, Labels.CUE, "said").inFrame(frame),
                        span(Layer.ATTRIBUTION, Labels.SOURCE, "A senior U.S. official")
                                .inFrame(frame),
                        span(Layer.ATTRIBUTION, Labels.CONTENT, "the talks had stalled")
                                .inFrame(frame)));
    }

    private Map<String, SuggestionReview> reviews() {
        return annotations.mine(project.id(), articleId).stream()
                .filter(v -> v.layer() == Layer.ATTRIBUTION)
                .collect(java.util.stream.Collectors.toMap(AnnotationView::label, AnnotationView::review));
    }

    @Test
    @WithMockUser(username = "annotator")
    void accepting_any_part_of_a_suggested_frame_accepts_the_whole_frame() {
        List<AnnotationView> frame = suggestedFrame("f1");
        AnnotationView source = frame.get(1);
        List<AnnotationView> changed =
                annotations.review(project.id(), articleId, source.id(), source.version(), SuggestionReview.ACCEPTED);
        assertThat(changed.getFirst().id()).isEqualTo(source.id());
        assertThat(changed).hasSize(3).allMatch(v -> v.review() == SuggestionReview.ACCEPTED);
        assertThat(reviews())
                .containsOnly(
                        Map.entry(Labels.CUE, SuggestionReview.ACCEPTED),
                        Map.entry(Labels.SOURCE, SuggestionReview.ACCEPTED),
                        Map.entry(Labels.CONTENT, SuggestionReview.ACCEPTED));
        // Undo puts back one part at a time.
        for (AnnotationView part : changed) {
            annotations.review(project.id(), articleId, part.id(), part.version(), SuggestionReview.PENDING);
        }
        assertThat(reviews().values()).containsOnly(SuggestionReview.PENDING);
    }

    @Test
    @WithMockUser(username = "annotator")
    void rejecting_the_cue_rejects_the_frame_and_rejecting_a_content_only_that() {
        List<AnnotationView> frame = suggestedFrame("f2");
        AnnotationView content = frame.get(2);
        assertThat(annotations.review(
                        project.id(), articleId, content.id(), content.version(), SuggestionReview.REJECTED))
                .hasSize(1);
        // rejected suggestions leave the set's view
        assertThat(reviews())
                .containsOnly(
                        Map.entry(Labels.CUE, SuggestionReview.PENDING),
                        Map.entry(Labels.SOURCE, SuggestionReview.PENDING));
        AnnotationView cue = frame.getFirst();
        assertThat(annotations.review(project.id(), articleId, cue.id(), cue.version(), SuggestionReview.REJECTED))
                .hasSize(2)
                .allMatch(v -> v.review() == SuggestionReview.REJECTED);
        assertThat(reviews()).isEmpty();
    }

    @Test
    @WithMockUser(username = "annotator")
    void accepting_all_cues_accepts_their_frames() {
        suggestedFrame("f3");
        assertThat(annotations.acceptAll(project.id(), articleId, Layer.ATTRIBUTION, Labels.CUE))
                .hasSize(3);
        assertThat(reviews().values()).containsOnly(SuggestionReview.ACCEPTED);
    }

    @Test
    @WithMockUser(username = "annotator")
    void suggestions_are_pending_until_accepted_and_remember_who_proposed_and_who_accepted() {
        List<AnnotationView> suggested = annotations.addSuggestions(
                project.id(),
                articleId,
                "test-detector",
                List.of(span(Layer.ATTRIBUTION, Labels.CUE, "said"), span(Layer.FIGURE, Labels.MONEY, "$90 billion")));
        assertThat(suggested).allSatisfy(s -> assertThat(s.pendingSuggestion()).isTrue());
        // Suggesting again does not duplicate.
        assertThat(annotations.addSuggestions(
                        project.id(),
                        articleId,
                        "test-detector",
                        List.of(span(Layer.FIGURE, Labels.MONEY, "$90 billion"))))
                .isEmpty();

        AnnotationView money = suggested.get(1);
        AnnotationView accepted = annotations
                .review(project.id(), articleId, money.id(), money.version(), SuggestionReview.ACCEPTED)
                .getFirst();
        assertThat(accepted.suggestedBy()).isEqualTo("test-detector");
        assertThat(accepted.reviewedBy()).isEqualTo("annotator");

        AnnotationView cue = suggested.getFirst();
        annotations.review(project.id(), articleId, cue.id(), cue.version(), SuggestionReview.REJECTED);
        assertThat(annotations.open(project.id(), articleId).annotations())
                .extracting(AnnotationView::text)
                .containsExactly("$90 billion");
    }

    @Test
    void only_managers_edit_the_label_set_and_every_layer_keeps_a_label() {
        LabelSet trimmed = new LabelSet(LabelSet.defaults().labels().stream()
                .filter(l -> !(l.layer() == Layer.CLAIM && l.code().equals(Labels.OTHER)))
                .toList());
        asUser("annotator", () -> {
            assertThatThrownBy(() -> annotations.saveLabels(project.id(), annotations.labels(project.id()), trimmed))
                    .isInstanceOf(AccessRefusedException.class);
            return null;
        });
        asUser("manager", () -> {
            assertThat(annotations
                            .saveLabels(project.id(), annotations.labels(project.id()), trimmed)
                            .find(Layer.CLAIM, Labels.OTHER))
                    .isEmpty();
            LabelSet noClaims = new LabelSet(trimmed.labels().stream()
                    .filter(l -> l.layer() != Layer.CLAIM)
                    .toList());
            assertThatThrownBy(() -> annotations.saveLabels(project.id(), annotations.labels(project.id()), noClaims))
                    .hasMessageContaining("claim layer needs at least one label");
            return null;
        });
        asUser("annotator", () -> {
            assertThatThrownBy(() ->
                            annotations.create(project.id(), articleId, span(Layer.CLAIM, Labels.OTHER, "Talks stall")))
                    .hasMessageContaining("not a label");
            return null;
        });
    }

    private static <T> T asUser(String username, java.util.function.Supplier<T> action) {
        return DemoData.asUser(username, action);
    }

    @Test
    @WithMockUser(username = "annotator")
    void running_the_detectors_stores_pending_suggestions_once_with_attribution_parts_in_one_frame() {
        List<AnnotationView> first = annotations.suggest(project.id(), articleId);

        assertThat(first).isNotEmpty().allMatch(AnnotationView::pendingSuggestion);
        assertThat(first).anySatisfy(v -> {
            assertThat(v.layer()).isEqualTo(Layer.SOURCE);
            assertThat(v.label()).isEqualTo(Labels.UNNAMED_INDIVIDUAL);
            assertThat(v.text()).containsIgnoringCase("senior U.S. official");
        });
        assertThat(first).anySatisfy(v -> {
            assertThat(v.layer()).isEqualTo(Layer.FIGURE);
            assertThat(v.text()).isEqualTo("$90 billion");
            assertThat(v.attributes())
                    .containsEntry(Attributes.LOWER, "90000000000")
                    .containsEntry(Attributes.CURRENCY, "USD");
        });
        List<AnnotationView> cues =
                first.stream().filter(v -> Labels.CUE.equals(v.label())).toList();
        assertThat(cues).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cues.stream().map(AnnotationView::frameId).distinct()).hasSameSizeAs(cues);
        assertThat(cues)
                .allSatisfy(cue -> assertThat(first)
                        .anyMatch(v -> cue.frameId() != null
                                && cue.frameId().equals(v.frameId())
                                && Labels.CONTENT.equals(v.label())));

        assertThat(annotations.suggest(project.id(), articleId))
                .as("a second run finds nothing new")
                .isEmpty();
        assertThat(annotations.open(project.id(), articleId).annotations()).hasSameSizeAs(first);
    }

    @Test
    @WithMockUser(username = "annotator")
    void a_figure_marked_by_hand_gets_its_normalised_reading_unless_the_annotator_gave_one() {
        AnnotationView read =
                annotations.create(project.id(), articleId, span(Layer.FIGURE, Labels.MONEY, "$90 billion"));
        assertThat(read.attributes())
                .containsEntry(Attributes.BOUND, "exact")
                .containsEntry(Attributes.LOWER, "90000000000")
                .containsEntry(Attributes.UPPER, "90000000000")
                .containsEntry(Attributes.CURRENCY, "USD");

        annotations.delete(project.id(), articleId, read.id(), read.version());
        AnnotationView corrected = annotations.create(
                project.id(),
                articleId,
                span(Layer.FIGURE, Labels.MONEY, "$90 billion")
                        .withAttributes(Map.of(Attributes.LOWER, "80000000000", Attributes.BOUND, "at-least")));
        assertThat(corrected.attributes())
                .containsEntry(Attributes.LOWER, "80000000000")
                .doesNotContainKey(Attributes.UPPER);
    }

    @Test
    @WithMockUser(username = "annotator")
    void a_reason_for_anonymity_outside_the_text_and_a_figure_linked_to_an_unknown_attribution_are_refused() {
        assertThatThrownBy(() -> annotations.create(
                        project.id(),
                        articleId,
                        span(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "A senior U.S. official")
                                .withAttributes(Map.of(Attributes.REASON_START, "5", Attributes.REASON_END, "99999"))))
                .isInstanceOf(AnnotationValidationException.class)
                .hasMessageContaining("outside the text");
        assertThatThrownBy(() -> annotations.create(
                        project.id(),
                        articleId,
                        span(Layer.FIGURE, Labels.MONEY, "$90 billion")
                                .withAttributes(Map.of(Attributes.REPORTED_BY, "nope"))))
                .isInstanceOf(AnnotationValidationException.class)
                .hasMessageContaining("no longer exists");
        assertThat(annotations.open(project.id(), articleId).annotations()).isEmpty();

        AnnotationView cue = annotations.create(project.id(), articleId, span(Layer.ATTRIBUTION, Labels.CUE, "said"));
        AnnotationView figure = annotations.create(
                project.id(),
                articleId,
                span(Layer.FIGURE, Labels.MONEY, "$90 billion")
                        .withAttributes(Map.of(Attributes.REPORTED_BY, cue.frameId())));
        assertThat(figure.attributes()).containsEntry(Attributes.REPORTED_BY, cue.frameId());
    }
}
