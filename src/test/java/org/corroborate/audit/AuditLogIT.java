package org.corroborate.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AuditLogIT extends BrowserTest {

    @Autowired
    AuditLog audit;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Test
    void a_managers_member_change_is_recorded_with_who_and_what_and_a_refused_one_is_not() {
        ProjectSummary project = DemoData.projectWithArticle(
                        projects,
                        imports,
                        "Audited",
                        Map.of("manager", ProjectRole.MANAGER),
                        "a.txt",
                        "Title\nBody text of the article.\n")
                .project();
        String newcomer = "audited" + (System.nanoTime() % 1_000_000);
        SystemAuthentication.runAsSystem(() -> users.createUser(newcomer, "", "a-long-password", false));

        DemoData.asUser("manager", () -> {
            projects.setMember(project.id(), newcomer, ProjectRole.ANNOTATOR);
            projects.setMember(project.id(), newcomer, ProjectRole.CURATOR);
            assertThatThrownBy(() -> projects.removeMember(project.id(), "manager"))
                    .isInstanceOf(ProjectValidationException.class); // the last manager stays
            return null;
        });

        var mine = SystemAuthentication.runAsSystem(() -> audit.search(newcomer, 0, 50));
        assertThat(mine)
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.MEMBER_SET, AuditAction.MEMBER_SET, AuditAction.USER_CREATED);
        assertThat(mine.getFirst()).satisfies(r -> {
            assertThat(r.actor()).isEqualTo("manager");
            assertThat(r.projectId()).isEqualTo(project.id());
            assertThat(r.detail()).isEqualTo("ANNOTATOR → CURATOR");
        });
        assertThat(SystemAuthentication.runAsSystem(() -> audit.search("", 0, 500)))
                .noneMatch(r -> r.action() == AuditAction.MEMBER_REMOVED
                        && Long.valueOf(project.id()).equals(r.projectId()));
    }

    @Test
    void only_site_admins_read_the_log_and_its_page_lists_and_filters_entries() {
        assertThatThrownBy(() -> DemoData.asUser("manager", () -> audit.search("", 0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        String newcomer = "listed" + (System.nanoTime() % 1_000_000);
        SystemAuthentication.runAsSystem(() -> users.createUser(newcomer, "", "a-long-password", false));

        signIn("admin", DemoData.PASSWORD);
        page.locator("#main-nav").getByText("Audit log").click();
        assertThat(page.locator("#audit-grid")).containsText("user created");
        page.locator("#audit-filter input").fill(newcomer);
        assertThat(page.locator("#audit-grid")).containsText(newcomer);
        // Rows the grid hid after the filter keep their old cells: look only at what is shown.
        assertThat(page.locator("#audit-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setVisible(true).setHasText("project created")))
                .hasCount(0);
        screenshot("audit-log");

        page.locator("#sign-out").click();
        assertThat(page.locator("#login-form")).isVisible();
        signIn("manager", DemoData.PASSWORD);
        assertThat(page.locator("#main-nav")).not().containsText("Audit log");
        page.navigate(url("admin/audit"));
        assertThat(page.locator("#not-found-or-not-allowed")).isVisible();
    }
}
