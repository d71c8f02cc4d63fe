package org.corroborate.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.corroborate.Application;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.Eventually;
import org.corroborate.TeamWork;
import org.corroborate.TestDatabase;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.article.ArticleService;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportJob;
import org.corroborate.export.ExportJobs;
import org.corroborate.export.ExportOptions;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one PostgreSQL database, as compose.yaml runs them behind a proxy: node A is the test's own
 * application, node B a second Spring Boot application in the same JVM on its own port with its own sessions
 * and its own LISTEN connection. A browser on each: Push crosses nodes, optimistic locking holds across nodes,
 * and background exports stay on the node that took them (the proxy's sticky session brings the owner back).
 */
class TwoNodesIT extends BrowserTest {

    private static final String TRUMP = "U.S. President Donald Trump";

    private static @Nullable ConfigurableApplicationContext nodeB;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ExportJobs exportJobs;

    /** Node B starts once node A (this test's application) has migrated the shared database. */
    @BeforeEach
    void startNodeB() {
        assumeTrue(TestDatabase.postgres(), "runs in the suite's PostgreSQL pass; H2 serves one node");
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(Application.class)
                    .profiles("test", "test-postgres")
                    // Arguments outrank the profiles' files. The schema is node A's: node B neither cleans nor migrates
                    // it.
                    .run(
                            "--server.port=0",
                            "--spring.flyway.enabled=false",
                            "--corroborate.data-dir=target/test-data-node-b");
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    private static int portB() {
        return Objects.requireNonNull(((WebServerApplicationContext) node()).getWebServer(), "node B serves the web")
                .getPort();
    }

    private static ConfigurableApplicationContext node() {
        return Objects.requireNonNull(nodeB, "node B is started before the tests");
    }

    @Test
    void an_annotator_finishing_on_node_b_updates_the_curators_open_page_on_node_a() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Two nodes push");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/workload"));
        Locator cells = page.locator("#workload-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("In progress")))
                .hasCount(1);

        Page annotator = signedInPage(portB(), "annotator", DemoData.PASSWORD);
        annotator.navigate("http://localhost:" + portB() + "/projects/" + team.projectId() + "/articles/"
                + team.articleId() + "/annotate");
        annotator.locator("#set-status").click();
        annotator
                .locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(AnnotationSetStatus.FINISHED.caption()))
                .click();
        assertThat(annotator.getByText("Marked finished.")).isVisible();

        // Node A's page, never reloaded, heard it through PostgreSQL's NOTIFY.
        assertThat(page.locator("vaadin-notification-card.team-news"))
                .containsText("annotator finished “Trump Pledges U.S. Support");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Finished")))
                .hasCount(1);
        screenshot("two-nodes-push");
    }

    @Test
    void the_same_annotation_saved_on_both_nodes_keeps_the_first_save_and_refuses_the_second() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Two nodes locking");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        String editor = "projects/" + team.projectId() + "/articles/" + team.articleId() + "/annotate";
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url(editor));
        Page onB = signedInPage(portB(), "annotator", DemoData.PASSWORD);
        onB.navigate("http://localhost:" + portB() + "/" + editor);
        openForm(page);
        openForm(onB);

        chooseAffiliation(page, "government");
        page.locator("#form-save").click();
        awaitAffiliation(team, "government");

        chooseAffiliation(onB, "military");
        onB.locator("#form-save").click();
        assertThat(onB.locator("vaadin-notification-card").last())
                .containsText("changed or deleted elsewhere (another window or session). Nothing was overwritten");
        assertThat(onB.locator("#annotation-list vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(TRUMP)))
                .isVisible();
        List<AnnotationView> saved =
                DemoData.asUser("annotator", () -> annotations.mine(team.projectId(), team.articleId()));
        assertThat(saved)
                .singleElement()
                .satisfies(v -> assertThat(v.attribute(Attributes.AFFILIATION))
                        .as("node A's save, not overwritten")
                        .isEqualTo("government"));
        screenshot("two-nodes-conflict");
    }

    @Test
    void an_export_runs_on_the_node_that_took_it_and_only_there() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Two nodes export");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        ExportJobs onB = node().getBean(ExportJobs.class);
        ExportJob job =
                DemoData.asUser("manager", () -> onB.start(team.projectId(), ExportOptions.defaults(ExportFormat.CSV)));

        ExportJob seen = Eventually.value(
                Duration.ofSeconds(60),
                () -> DemoData.asUser("manager", () -> onB.get(job.id())),
                j -> j.state() != ExportJob.State.RUNNING,
                "the export on node B finishes");
        assertThat(seen.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(DemoData.asUser("manager", () -> onB.size(job.id()))).isPositive();
        // Node A never ran it and does not pretend to know it: the same "not found" as any unknown job.
        assertThatThrownBy(() -> DemoData.asUser("manager", () -> exportJobs.get(job.id())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private static void openForm(Page on) {
        Locator row = on.locator("#annotation-list vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(TRUMP));
        assertThat(row).isVisible();
        row.click();
        assertThat(on.locator("#form-affiliation")).isVisible();
    }

    private static void chooseAffiliation(Page on, String affiliation) {
        on.locator("#form-affiliation").click();
        on.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(affiliation))
                .click();
        assertThat(on.locator("#form-affiliation")).containsText(affiliation);
    }

    private void awaitAffiliation(TeamWork team, String affiliation) {
        Eventually.until(
                Duration.ofSeconds(20),
                () -> {
                    List<AnnotationView> saved =
                            DemoData.asUser("annotator", () -> annotations.mine(team.projectId(), team.articleId()));
                    return saved.size() == 1
                            && affiliation.equals(saved.getFirst().attribute(Attributes.AFFILIATION));
                },
                "the save on node A reaches the database");
    }
}
