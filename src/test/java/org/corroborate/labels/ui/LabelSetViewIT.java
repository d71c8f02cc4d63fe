package org.corroborate.labels.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.labels.LabelSetService;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LabelSetViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    LabelSetService labelSets;

    private ProjectSummary project;

    @BeforeEach
    void projectWithAManagerAndAnAnnotator() {
        project = DemoData.newProject(projects, "Labels UI");
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            return null;
        });
    }

    @Test
    void a_manager_adds_a_claim_label_and_it_is_saved() {
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/labels"));
        assertThat(page.locator("#label-grid")).containsText("factual");

        page.locator("#new-label-code input").fill("rumour");
        page.locator("#new-label-caption input").fill("Rumour");
        page.locator("#new-label-color input").fill("#123456");
        page.locator("#add-label").click();
        assertThat(page.locator("#label-grid")).containsText("rumour");
        page.locator("#save-labels").click();
        assertThat(page.getByText("Labels saved.")).isVisible();
        screenshot("label-set-manager");

        ProjectLabel saved = SystemAuthentication.runAsSystem(
                () -> labelSets.labels(project.id()).find(Layer.CLAIM, "rumour").orElseThrow());
        org.assertj.core.api.Assertions.assertThat(saved)
                .isEqualTo(new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#123456"));

        page.locator("#layer-tab-source").click();
        assertThat(page.locator("#label-grid")).containsText("unnamed-individual");
    }

    @Test
    void an_annotator_sees_the_labels_read_only() {
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/labels"));
        assertThat(page.locator("#label-grid")).containsText("factual");
        assertThat(page.locator("#labels-read-only")).isVisible();
        assertThat(page.locator("#save-labels")).isHidden();
        assertThat(page.locator("#add-label")).isHidden();
        assertThat(page.locator("#label-grid input")).hasCount(0);
    }
}
