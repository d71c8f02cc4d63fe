package org.corroborate.archive.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectArchiveViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private DemoData.ProjectWithArticle project() {
        return DemoData.projectWithArticle(
                projects,
                imports,
                "Archive page",
                Map.of("manager", ProjectRole.MANAGER, "curator", ProjectRole.CURATOR),
                "page.txt",
                "Archive page headline\nDownloaded from the settings page.\n");
    }

    @Test
    void a_manager_downloads_the_project_archive_from_the_settings_page() throws IOException {
        DemoData.ProjectWithArticle fixture = project();
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + fixture.project().id() + "/settings"));

        page.locator("#project-archive-link").click();
        assertThat(page.locator("h1")).hasText("Archive of " + fixture.project().name());
        screenshot("project-archive");
        Download download =
                page.waitForDownload(() -> page.locator("#download-archive").click());

        assertThat(download.suggestedFilename()).endsWith(".zip");
        try (InputStream in = Files.newInputStream(download.path());
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first).isNotNull();
            assertThat(first.getName()).isEqualTo("manifest.json");
            assertThat(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("corroborate-project-archive", fixture.project().name());
        }
    }

    @Test
    void a_curator_sees_no_archive_link_and_the_archive_page_does_not_exist_for_them() {
        DemoData.ProjectWithArticle fixture = project();
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + fixture.project().id() + "/settings"));
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("#project-archive-link")).isHidden();

        page.navigate(url("projects/" + fixture.project().id() + "/archive"));

        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
        assertThat(page.locator("#download-archive")).hasCount(0);
    }
}
