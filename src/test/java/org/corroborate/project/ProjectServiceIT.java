package org.corroborate.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@CorroborateIntegrationTest
class ProjectServiceIT {

    @Autowired
    ProjectService projects;

    @Test
    @WithMockUser(username = "outsider")
    void a_non_member_sees_no_projects_and_cannot_open_one_by_id() {
        long demoId = DemoData.demoProject(projects).id();

        assertThat(projects.listMyProjects()).isEmpty();
        assertThatThrownBy(() -> projects.get(demoId)).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> projects.members(demoId)).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(projects.findByName(DemoData.PROJECT_NAME)).isEmpty();
    }

    @Test
    @WithMockUser(username = "annotator")
    void an_annotator_sees_the_project_but_cannot_change_it() {
        ProjectSummary demo = DemoData.demoProject(projects);

        assertThat(projects.listMyProjects()).extracting(ProjectSummary::name).contains(DemoData.PROJECT_NAME);
        assertThat(projects.get(demo.id()).myRole()).contains(ProjectRole.ANNOTATOR);
        assertThatThrownBy(() -> projects.update(demo.id(), demo.version(), "Renamed", ""))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> projects.setMember(demo.id(), "outsider", ProjectRole.ANNOTATOR))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> projects.create("Annotator project", ""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "manager")
    void a_manager_renames_and_a_stale_edit_is_refused_not_overwritten() {
        ProjectSummary project = DemoData.newProject(projects, "Rename");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));

        ProjectSummary renamed = projects.update(project.id(), project.version(), project.name() + " v2", "New text");
        assertThat(renamed.description()).isEqualTo("New text");

        assertThatThrownBy(() -> projects.update(project.id(), project.version(), "Lost update", ""))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(projects.get(project.id()).name()).isEqualTo(project.name() + " v2");
    }

    @Test
    @WithMockUser(username = "manager")
    void a_new_project_has_the_default_analysis_settings_and_its_manager_changes_them() {
        ProjectSummary project = DemoData.newProject(projects, "Settings");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));
        assertThat(projects.settings(project.id()).approximateWidth()).isEqualByComparingTo("0.10");
        assertThat(projects.settings(project.id()).storySimilarity())
                .isEqualByComparingTo(ProjectSettings.DEFAULT_STORY_SIMILARITY);

        ProjectSummary saved = projects.updateSettings(
                project.id(),
                project.version(),
                new ProjectSettings(new BigDecimal("0.2"), new BigDecimal("0.3"), new BigDecimal("0.05")));

        ProjectSettings settings = projects.settings(project.id());
        assertThat(settings.storySimilarity()).isEqualByComparingTo("0.2");
        assertThat(settings.nearDuplicateThreshold()).isEqualByComparingTo("0.3");
        assertThat(settings.approximateWidth()).isEqualByComparingTo("0.05");
        assertThatThrownBy(() -> projects.updateSettings(project.id(), project.version(), ProjectSettings.DEFAULTS))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> projects.updateSettings(
                        project.id(),
                        saved.version(),
                        new ProjectSettings(new BigDecimal("1.5"), BigDecimal.ONE, BigDecimal.ONE)))
                .isInstanceOf(ProjectValidationException.class)
                .hasMessageContaining("story similarity");
        assertThatThrownBy(() -> projects.updateSettings(
                        project.id(),
                        saved.version(),
                        new ProjectSettings(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .isInstanceOf(ProjectValidationException.class)
                .hasMessageContaining("approximately");
    }

    @Test
    @WithMockUser(username = "annotator")
    void an_annotator_reads_the_analysis_settings_but_cannot_change_them() {
        ProjectSummary demo = DemoData.demoProject(projects);

        assertThat(projects.settings(demo.id())).isNotNull();
        assertThatThrownBy(() -> projects.updateSettings(demo.id(), demo.version(), ProjectSettings.DEFAULTS))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    @WithMockUser(username = "student")
    void a_student_is_not_shown_the_project_and_opening_it_answers_as_for_a_missing_one() {
        long demoId = DemoData.demoProject(projects).id();

        assertThat(projects.listMyProjects()).extracting(ProjectSummary::id).doesNotContain(demoId);
        for (long id : new long[] {demoId, 987_654_321L}) {
            assertThatThrownBy(() -> projects.get(id)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> projects.settings(id)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> projects.members(id)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> projects.nameForTeaching(id)).isInstanceOf(NotFoundOrNotAllowedException.class);
        }
    }

    @Test
    @WithMockUser(username = "instructor")
    void an_instructor_is_shown_the_project_for_its_exercises_and_nothing_else_of_it() {
        long demoId = DemoData.demoProject(projects).id();

        ProjectSummary listed = projects.listMyProjects().stream()
                .filter(p -> p.id() == demoId)
                .findFirst()
                .orElseThrow();
        assertThat(listed.seesProjectPages()).isFalse();
        assertThat(listed.teaches()).isTrue();
        assertThat(projects.nameForTeaching(demoId)).isEqualTo(DemoData.PROJECT_NAME);
        assertThatThrownBy(() -> projects.get(demoId)).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> projects.members(demoId)).isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    @WithMockUser(username = "manager")
    void a_project_keeps_at_least_one_manager() {
        ProjectSummary project = DemoData.newProject(projects, "Managers");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));

        assertThatThrownBy(() -> projects.removeMember(project.id(), "manager"))
                .isInstanceOf(ProjectValidationException.class)
                .hasMessageContaining("at least one manager");
        assertThatThrownBy(() -> projects.setMember(project.id(), "manager", ProjectRole.ANNOTATOR))
                .isInstanceOf(ProjectValidationException.class);
    }

    @Test
    @WithMockUser(username = "somebody", roles = "ADMIN")
    void a_site_admin_sees_every_project() {
        assertThat(projects.listMyProjects()).extracting(ProjectSummary::name).contains(DemoData.PROJECT_NAME);
    }
}
