package org.corroborate.project.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectSettingsViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Test
    void a_manager_changes_the_analysis_settings_and_they_are_kept() {
        ProjectSummary project = DemoData.newProject(projects, "Analysis settings");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/settings"));
        assertThat(page.locator("#settings-approximate-width input")).hasValue("10");

        page.locator("#settings-story-similarity input").fill("0.2");
        page.locator("#settings-approximate-width input").fill("12.5");
        page.locator("#save-analysis-settings").click();
        assertThat(page.getByText("Analysis settings saved.")).isVisible();
        screenshot("project-analysis-settings");

        page.reload();
        assertThat(page.locator("#settings-story-similarity input")).hasValue("0.2");
        assertThat(page.locator("#settings-approximate-width input")).hasValue("12.5");
        ProjectSettings stored = SystemAuthentication.runAsSystem(() -> projects.settings(project.id()));
        assertThat(stored.approximateWidth()).isEqualByComparingTo("0.125");
        assertThat(stored.nearDuplicateThreshold())
                .isEqualByComparingTo(ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    }

    @Test
    void a_manager_changes_the_team_workflow_and_a_stale_page_is_refused() {
        ProjectSummary project = DemoData.newProject(projects, "Workflow settings");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/settings"));
        assertThat(page.locator("#settings-annotators-per-article input")).hasValue("2");
        assertThat(page.locator("#settings-blind-mode input")).isChecked();

        page.locator("#settings-annotators-per-article input").fill("3");
        page.locator("#settings-assignment-mode").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(AssignmentMode.MANUAL.label()))
                .click();
        page.locator("#settings-abandon-minutes input").fill("90");
        page.locator("#settings-blind-mode input").uncheck();
        page.locator("#save-workflow-settings").click();
        assertThat(page.getByText("Workflow settings saved.")).isVisible();
        screenshot("project-workflow-settings");

        WorkflowSettings stored = SystemAuthentication.runAsSystem(
                () -> projects.get(project.id()).workflow());
        assertThat(stored).isEqualTo(new WorkflowSettings(3, AssignmentMode.MANUAL, 90, false));
        page.reload();
        assertThat(page.locator("#settings-annotators-per-article input")).hasValue("3");
        assertThat(page.locator("#settings-blind-mode input")).not().isChecked();

        // Someone else changes the project meanwhile: this page's next save is refused, nothing overwritten.
        SystemAuthentication.runAsSystem(() -> projects.updateWorkflow(
                project.id(),
                projects.get(project.id()).version(),
                new WorkflowSettings(4, AssignmentMode.MANUAL, 90, false)));
        page.locator("#settings-annotators-per-article input").fill("5");
        page.locator("#save-workflow-settings").click();
        assertThat(page.getByText("Someone else changed this meanwhile")).isVisible();
        assertThat(SystemAuthentication.runAsSystem(
                        () -> projects.get(project.id()).workflow().annotatorsPerArticle()))
                .isEqualTo(4);

        page.reload();
        page.locator("#settings-annotators-per-article input").fill("0");
        page.locator("#save-workflow-settings").click();
        assertThat(page.getByText("Annotators per article must be between 1 and 20."))
                .isVisible();
    }
}
