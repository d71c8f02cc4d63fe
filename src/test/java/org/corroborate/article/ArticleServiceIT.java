package org.corroborate.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CorroborateIntegrationTest
class ArticleServiceIT {

    private static final String RAW = "A headline\nThe first story sentence.\nShare this:\n"
            + "- Click to share on Facebook (Opens in new window) Facebook\nThe last story sentence.\n";

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private ProjectSummary project;
    private long articleId;

    @BeforeEach
    void projectWithOneNoisyArticle() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Articles",
                Map.of(
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "student",
                        ProjectRole.STUDENT,
                        "manager",
                        ProjectRole.MANAGER),
                "noisy.txt",
                RAW);
        project = fixture.project();
        articleId = fixture.articleId();
    }

    @Test
    @WithMockUser(username = "annotator")
    void restoring_a_segment_puts_it_back_into_the_cleaned_text_and_setting_it_aside_again_removes_it() {
        ArticleDetails before = articles.get(project.id(), articleId);
        NoiseSegmentView share = before.segments().getFirst();
        assertThat(before.cleanedText()).doesNotContain("Click to share");

        ArticleDetails restored =
                articles.setSegmentRestored(project.id(), articleId, share.id(), true, before.version());
        assertThat(restored.cleanedText()).contains("Click to share on Facebook");
        assertThat(restored.segments())
                .anySatisfy(s -> assertThat(s.restoredBy()).isEqualTo("annotator"));

        ArticleDetails again =
                articles.setSegmentRestored(project.id(), articleId, share.id(), false, restored.version());
        assertThat(again.cleanedText()).isEqualTo(before.cleanedText());
    }

    @Test
    @WithMockUser(username = "annotator")
    void a_change_based_on_a_stale_version_is_refused() {
        ArticleDetails before = articles.get(project.id(), articleId);
        long segmentId = before.segments().getFirst().id();
        articles.setSegmentRestored(project.id(), articleId, segmentId, true, before.version());

        assertThatThrownBy(
                        () -> articles.setSegmentRestored(project.id(), articleId, segmentId, false, before.version()))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    @WithMockUser(username = "annotator")
    void an_annotator_can_read_and_restore_but_not_edit() {
        ArticleDetails details = articles.get(project.id(), articleId);
        assertThat(details.canRestore()).isTrue();
        assertThat(details.canEdit()).isFalse();
        assertThatThrownBy(() -> articles.updateMetadata(
                        project.id(),
                        articleId,
                        details.version(),
                        ArticleMetadata.of("New title", null, null, null, null)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    @WithMockUser(username = "student")
    void a_student_reads_no_article_of_the_project_outside_an_exercise_exactly_as_for_a_missing_one() {
        assertThatThrownBy(() -> articles.list(project.id()))
                .isInstanceOf(NotFoundOrNotAllowedException.class)
                .hasMessage(new NotFoundOrNotAllowedException().getMessage());
        assertThatThrownBy(() -> articles.get(project.id(), articleId))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> articles.get(project.id(), 987_654_321L))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    @WithMockUser(username = "manager")
    void metadata_is_saved_and_a_script_url_is_refused() {
        ArticleDetails details = articles.get(project.id(), articleId);
        ArticleDetails saved = articles.updateMetadata(
                project.id(),
                articleId,
                details.version(),
                ArticleMetadata.of(
                        "New title",
                        "Reuters",
                        "https://example.org/a",
                        "A. Writer",
                        java.time.LocalDate.of(2025, 8, 19)));
        assertThat(saved.metadata().outlet()).contains("Reuters");
        assertThat(articles.list(project.id()).getFirst().title()).isEqualTo("New title");

        assertThatThrownBy(() -> articles.updateMetadata(
                        project.id(),
                        articleId,
                        saved.version(),
                        ArticleMetadata.of("T", null, "javascript:alert(1)", null, null)))
                .isInstanceOf(ArticleValidationException.class);
    }

    @Test
    @WithMockUser(username = "annotator")
    void an_article_asked_for_under_another_project_is_not_found() {
        long demoId = DemoData.demoProject(projects).id();
        assertThatThrownBy(() -> articles.get(demoId, articleId)).isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    @WithMockUser(username = "outsider")
    void a_non_member_cannot_read_an_article() {
        assertThatThrownBy(() -> articles.get(project.id(), articleId))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }
}
