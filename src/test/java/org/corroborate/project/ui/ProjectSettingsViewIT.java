package org.corroborate.project.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
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
        assertThat(stored.nearDuplicateThreshold()).isEqualByComparingTo(ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    }
}
