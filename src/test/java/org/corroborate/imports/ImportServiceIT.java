package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CorroborateIntegrationTest
class ImportServiceIT {

    @Autowired
    ImportService imports;

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    private ProjectSummary project;

    @BeforeEach
    void newProject() {
        project = DemoData.newProject(projects, "Import");
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "student", ProjectRole.STUDENT);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
        });
    }

    @Test
    @WithMockUser(username = "manager")
    void one_refused_file_means_nothing_of_the_upload_is_stored() {
        List<UploadedFile> upload = List.of(
                text("first.txt", "First headline\nFirst body.\n"),
                new UploadedFile("empty.txt", new byte[0]),
                text("second.txt", "Second headline\nSecond body.\n"));

        assertThatThrownBy(() -> imports.importFiles(project.id(), upload))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("empty.txt");
        assertThat(articles.list(project.id())).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager")
    void exact_duplicates_are_reported_and_not_imported_twice() {
        imports.importFiles(project.id(), List.of(text("a.txt", "Same headline\nSame body.\n")));

        ImportReport second = imports.importFiles(
                project.id(),
                List.of(
                        text("a-again.txt", "Same headline\nSame body.\n"),
                        text("b.txt", "Other headline\nOther body.\n"),
                        text("b-copy.txt", "Other headline\nOther body.\n")));

        assertThat(second.imported()).extracting(ArticleSummary::sourceName).containsExactly("b.txt");
        assertThat(second.duplicates()).extracting(d -> d.sourceName()).containsExactly("a-again.txt", "b-copy.txt");
        assertThat(second.summary()).contains("2 duplicates skipped");
        assertThat(articles.list(project.id())).hasSize(2);
    }

    @Test
    @WithMockUser(username = "manager")
    void a_windows_1252_file_is_decoded_and_the_report_says_so() {
        byte[] cp1252 = "Caf\u00e9 headline\nShe said \u201cyes\u201d \u2013 twice.\n"
                .getBytes(Charset.forName("windows-1252"));

        ImportReport report = imports.importFiles(project.id(), List.of(new UploadedFile("old.txt", cp1252)));

        assertThat(report.notes()).singleElement().asString().contains("windows-1252");
        long id = report.imported().getFirst().id();
        assertThat(articles.get(project.id(), id).cleanedText()).contains("She said \u201cyes\u201d \u2013 twice.");
    }

    @Test
    @WithMockUser(username = "manager")
    void the_raw_text_is_kept_unchanged_and_noise_is_set_aside_in_the_cleaned_text() {
        String raw = "Headline here\nThe story sentence.\nShare this:\n- Click to share on X (Opens in new window) X\n";
        ImportReport report = imports.importFiles(project.id(), List.of(text("noisy.txt", raw)));

        var details = articles.get(project.id(), report.imported().getFirst().id());
        assertThat(details.rawText()).isEqualTo(raw);
        assertThat(details.cleanedText()).contains("The story sentence.").doesNotContain("Click to share");
        assertThat(details.segments()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "annotator")
    void an_annotator_cannot_import() {
        assertThatThrownBy(() -> imports.importFiles(project.id(), List.of(text("s.txt", "H\nBody.\n"))))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    @WithMockUser(username = "student")
    void a_student_cannot_import_and_learns_nothing_about_the_project() {
        assertThatThrownBy(() -> imports.importFiles(project.id(), List.of(text("s.txt", "H\nBody.\n"))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    @WithMockUser(username = "outsider")
    void a_non_member_cannot_import_and_learns_nothing_about_the_project() {
        assertThatThrownBy(() -> imports.importFiles(project.id(), List.of(text("s.txt", "H\nBody.\n"))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private static UploadedFile text(String name, String content) {
        return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
