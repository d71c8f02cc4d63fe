package org.corroborate.source.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SourceRegistryViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Test
    void an_annotator_adds_a_source_and_an_alias_and_sees_them_in_the_registry() {
        ProjectSummary project = DemoData.newProject(projects, "Registry UI");
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            return null;
        });
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/sources"));
        assertThat(page.locator("#no-sources")).containsText("No sources yet");
        assertThat(page.locator("#merge-source")).hasCount(0);

        page.locator("#add-source").click();
        page.locator("#source-name input").fill("Emmanuel Macron");
        page.locator("#source-affiliation input").fill("political");
        // Choose from the list once it shows (an Enter typed before the filter ran could leave it open).
        page.locator("vaadin-combo-box-item")
                .getByText("political", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("#source-affiliation")).not().hasAttribute("opened", "");
        assertThat(page.locator("#source-affiliation input")).hasValue("political");
        page.locator("#save-source").click();
        Locator grid = page.locator("#source-grid");
        assertThat(grid).containsText("Emmanuel Macron");
        assertThat(grid).containsText("political");

        grid.getByText("Emmanuel Macron").click();
        page.locator("#add-alias").click();
        page.locator("#alias-name input").fill("Macron");
        page.locator("#save-alias").click();
        assertThat(grid).containsText("Macron");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("Macron", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshot("source-registry");

        // A second source whose name differs only in case is refused with a message, not stored.
        page.locator("#add-source").click();
        page.locator("#source-name input").fill("EMMANUEL MACRON");
        page.locator("#save-source").click();
        assertThat(page.getByText("already has a source named")).isVisible();
    }
}
