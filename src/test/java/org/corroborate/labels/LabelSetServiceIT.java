package org.corroborate.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class LabelSetServiceIT {

    private static final String RAW = "Rumours\nOfficials said the bridge would reopen in May.\n";

    @Autowired
    AnnotationService annotations;

    @Autowired
    LabelSetService labelSets;

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
                "Labels",
                Map.of("annotator", ProjectRole.ANNOTATOR, "manager", ProjectRole.MANAGER),
                "bridge.txt",
                RAW);
        project = fixture.project();
        articleId = fixture.articleId();
        text = SystemAuthentication.runAsSystem(
                () -> articles.get(project.id(), articleId).cleanedText());
    }

    @Test
    void a_manager_adds_a_label_which_annotators_can_then_use_in_its_place() {
        LabelSet saved = as(
                "manager",
                () -> labelSets.saveLabels(
                        project.id(),
                        LabelSet.defaults(),
                        with(LabelSet.defaults(), new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#123456"))));
        assertThat(saved.of(Layer.CLAIM).getLast())
                .isEqualTo(new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#123456"));
        AnnotationView used = as(
                "annotator",
                () -> annotations.create(
                        project.id(), articleId, span(Layer.CLAIM, "rumour", "the bridge would reopen in May")));
        assertThat(used.label()).isEqualTo("rumour");
        assertThat(as("annotator", () -> labelSets.labelUsage(project.id()))).containsEntry("claim:rumour", 1L);
    }

    @Test
    void a_second_manager_saving_over_a_set_changed_since_they_loaded_it_is_refused_and_the_first_change_stays() {
        LabelSet bothLoaded = as("manager", () -> labelSets.labels(project.id()));
        as(
                "manager",
                () -> labelSets.saveLabels(
                        project.id(),
                        bothLoaded,
                        with(bothLoaded, new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#123456"))));
        as("manager", () -> {
            assertThatThrownBy(() -> labelSets.saveLabels(
                            project.id(),
                            bothLoaded,
                            with(bothLoaded, new ProjectLabel(Layer.CLAIM, "satire", "Satire", "#654321"))))
                    .isInstanceOf(ConcurrentChangeException.class);
            return null;
        });
        LabelSet now = as("manager", () -> labelSets.labels(project.id()));
        assertThat(now.find(Layer.CLAIM, "rumour")).isPresent();
        assertThat(now.find(Layer.CLAIM, "satire")).isEmpty();
    }

    @Test
    void an_annotator_cannot_save_labels_even_bypassing_the_ui_and_an_outsider_cannot_read_them() {
        LabelSet extended = with(LabelSet.defaults(), new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#123456"));
        as("annotator", () -> {
            assertThatThrownBy(() -> labelSets.saveLabels(project.id(), labelSets.labels(project.id()), extended))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessageContaining("Only the project's managers");
            return null;
        });
        as("outsider", () -> {
            assertThatThrownBy(() -> labelSets.labels(project.id())).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> labelSets.saveLabels(project.id(), labelSets.labels(project.id()), extended))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        assertThat(as("annotator", () -> labelSets.labels(project.id()))).isEqualTo(LabelSet.defaults());
    }

    @Test
    void a_label_that_annotations_use_cannot_be_removed_but_an_unused_one_can() {
        as(
                "annotator",
                () -> annotations.create(
                        project.id(),
                        articleId,
                        span(Layer.CLAIM, Labels.PREDICTION, "the bridge would reopen in May")));
        as("manager", () -> {
            assertThatThrownBy(() -> labelSets.saveLabels(
                            project.id(),
                            labelSets.labels(project.id()),
                            without(LabelSet.defaults(), Labels.PREDICTION)))
                    .isInstanceOf(LabelSetException.class)
                    .hasMessage("Labels in use cannot be removed: the claim label 'prediction' (1 annotation). "
                            + "Relabel those annotations first.");
            assertThat(labelSets.labels(project.id()).find(Layer.CLAIM, Labels.PREDICTION))
                    .isPresent();

            LabelSet saved = labelSets.saveLabels(
                    project.id(), labelSets.labels(project.id()), without(LabelSet.defaults(), Labels.OPINION));
            assertThat(saved.find(Layer.CLAIM, Labels.OPINION)).isEmpty();
            return null;
        });
    }

    @Test
    void colours_must_be_hex_and_codes_unique_within_a_layer() {
        as("manager", () -> {
            assertThatThrownBy(() -> labelSets.saveLabels(
                            project.id(),
                            labelSets.labels(project.id()),
                            with(LabelSet.defaults(), new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "red"))))
                    .hasMessage("The colour of 'rumour' must look like #1a2b3c, not 'red'.");
            assertThatThrownBy(() -> labelSets.saveLabels(
                            project.id(),
                            labelSets.labels(project.id()),
                            with(
                                    LabelSet.defaults(),
                                    new ProjectLabel(Layer.CLAIM, Labels.OPINION, "Opinion again", "#000000"))))
                    .hasMessage("The claim layer has the label 'opinion' twice.");
            assertThatThrownBy(() -> labelSets.saveLabels(
                            project.id(),
                            labelSets.labels(project.id()),
                            with(LabelSet.defaults(), new ProjectLabel(Layer.CLAIM, "rumour", " ", "#000000"))))
                    .hasMessage("The label 'rumour' needs a caption.");
            return null;
        });
    }

    private static LabelSet with(LabelSet labels, ProjectLabel extra) {
        List<ProjectLabel> all = new ArrayList<>(labels.labels());
        all.add(extra);
        return new LabelSet(all);
    }

    private static LabelSet without(LabelSet labels, String claimLabel) {
        return new LabelSet(labels.labels().stream()
                .filter(l -> !(l.layer() == Layer.CLAIM && l.code().equals(claimLabel)))
                .toList());
    }

    private SpanRequest span(Layer layer, String label, String quote) {
        int start = text.indexOf(quote);
        return SpanRequest.of(layer, label, start, start + quote.length());
    }

    private static <T> T as(String username, Supplier<T> work) {
        return DemoData.asUser(username, work);
    }
}
