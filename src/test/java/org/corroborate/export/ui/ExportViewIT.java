package org.corroborate.export.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportViewIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    AnnotationService annotations;

    /** The five seed articles with a manager, an annotator and one annotator's spans and suggestions. */
    private ProjectSummary demoLikeProject() throws IOException {
        ProjectSummary project = DemoData.newProject(projects, "Export UI");
        List<UploadedFile> files = new ArrayList<>();
        try (Stream<Path> seed = Files.list(Path.of("fixtures/articles"))) {
            for (Path file :
                    seed.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                files.add(new UploadedFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        List<Long> ids = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            return imports.importFiles(project.id(), files).imported().stream()
                    .map(a -> a.id())
                    .toList();
        });
        DemoData.asUser("annotator", () -> {
            for (long article : ids) {
                annotations.create(project.id(), article, SpanRequest.of(Layer.CLAIM, "factual", 0, 10));
                annotations.suggest(project.id(), article);
                annotations.setStatus(project.id(), article, AnnotationSetStatus.FINISHED);
            }
            return null;
        });
        return project;
    }

    @Test
    void a_manager_exports_a_workbook_watching_the_progress_and_downloads_it() throws Exception {
        ProjectSummary project = demoLikeProject();
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/export"));
        assertThat(page.locator("#project-nav")).containsText("Export");
        for (String option : List.of("#export-tokens", "#export-split", "#export-pending")) {
            page.locator(option + " input").click();
            assertThat(page.locator(option)).hasAttribute("checked", "");
        }
        assertThat(page.locator("#export-ratios")).not().hasAttribute("disabled", "");
        page.locator("#start-export").click();
        assertThat(page.locator("#export-progress")).isVisible();
        assertThat(page.locator("#download-export")).isVisible();
        assertThat(page.locator("#export-status")).containsText("Ready: 5 articles");
        screenshot("export-ready");

        Download download =
                page.waitForDownload(() -> page.locator("#download-export").click());
        Path file = Files.createTempFile("export", ".xlsx");
        download.saveAs(file);
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .endsWith(".xlsx");
            org.assertj.core.api.Assertions.assertThat(book.getSheet("Articles").getLastRowNum())
                    .isEqualTo(5);
            org.assertj.core.api.Assertions.assertThat(book.getSheet("Claims").getLastRowNum())
                    .isGreaterThanOrEqualTo(5);
            org.assertj.core.api.Assertions.assertThat(book.getSheet("Spans").getLastRowNum())
                    .isGreaterThan(5);
            org.assertj.core.api.Assertions.assertThat(book.getSheet("Tokens").getLastRowNum())
                    .isGreaterThan(100);
            org.assertj.core.api.Assertions.assertThat(
                            book.getSheet("Articles").getRow(1).getCell(1).getStringCellValue())
                    .isIn("train", "dev", "test");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void an_annotator_is_told_that_only_managers_and_curators_export() throws IOException {
        ProjectSummary project = DemoData.newProject(projects, "Export refused");
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            return null;
        });
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/export"));
        assertThat(page.locator("#export-not-allowed")).isVisible();
        assertThat(page.locator("#start-export")).isHidden();
    }

    @Test
    void asking_for_gold_labels_before_there_are_any_says_why() throws IOException {
        ProjectSummary project = demoLikeProject();
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + project.id() + "/export"));
        page.locator("#export-labels").click();
        page.locator("vaadin-select-item").getByText("Gold only").click();
        page.locator("#start-export").click();
        assertThat(page.getByText("no gold labels yet")).isVisible();
    }
}
