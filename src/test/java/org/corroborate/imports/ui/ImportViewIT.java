package org.corroborate.imports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    private ProjectSummary project;

    @BeforeEach
    void newProjectManagedByManager() {
        project = DemoData.newProject(projects, "Upload");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));
    }

    @Test
    void a_manager_imports_a_text_file_by_upload_and_sees_it_in_the_list() {
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/articles"));
        page.locator("#import-articles").click();
        page.locator("#article-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "summit.txt",
                        "text/plain",
                        "Leaders meet in Geneva\nThe leaders met on Tuesday, officials said.\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-status")).hasText("1 file(s) ready to import.");
        page.locator("#import-confirm").click();

        assertThat(page.locator("#article-grid")).containsText("Leaders meet in Geneva");
        screenshot("articles-after-upload");
    }

    @Test
    void a_csv_upload_asks_which_columns_hold_the_text_and_the_title() {
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/import"));
        page.locator("#article-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "wire.csv",
                        "text/csv",
                        "Headline,Body\r\nTalks resume in Geneva,\"Negotiators met again, officials said.\"\r\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-status")).hasText("1 file(s) ready to import.");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#csv-mapping")).isVisible();
        page.locator("#csv-column-text").click();
        page.locator("#csv-column-text vaadin-select-item")
                .getByText("Body", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#csv-column-title").click();
        page.locator("#csv-column-title vaadin-select-item")
                .getByText("Headline", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        screenshot("import-csv-mapping");
        page.locator("#csv-mapping-import").click();

        assertThat(page.locator("#article-grid")).containsText("Talks resume in Geneva");
    }

    @Test
    void an_upload_with_one_refused_file_stores_nothing_and_names_the_file() throws IOException {
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/articles"));
        page.locator("#import-articles").click();
        page.locator("#article-upload input[type=file]").setInputFiles(new FilePayload[] {
            new FilePayload(
                    "good.txt",
                    "text/plain",
                    "A good headline\nA good body sentence.\n".getBytes(StandardCharsets.UTF_8)),
            new FilePayload("evil.zip", "application/zip", zipWithEntry("../../etc/evil.txt"))
        });
        assertThat(page.locator("#import-status")).hasText("2 file(s) ready to import.");
        page.locator("#import-confirm").click();

        assertThat(page.locator("#import-problems")).containsText("evil.zip");
        screenshot("import-refused");
        long stored = SystemAuthentication.runAsSystem(
                () -> (long) articles.list(project.id()).size());
        assertThat(stored).isZero();
    }

    private static byte[] zipWithEntry(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write("Sneaky\nBody.\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
