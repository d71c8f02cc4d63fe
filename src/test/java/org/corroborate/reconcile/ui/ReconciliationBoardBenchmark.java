package org.corroborate.reconcile.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.SlotProposalBenchmarkData;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening the reconciliation board of a story of 50 generated articles with 50 figures each in Chromium
 * (goal: under 1 s), and the service work behind it. Prints figures; asserts only that the board shows.
 * Run: see BENCHMARKS.md.
 */
class ReconciliationBoardBenchmark extends BrowserTest {

    private static final int OPENINGS = 5;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Autowired
    ReconcileService reconcile;

    @Test
    void opening_the_board_of_fifty_articles_with_fifty_figures_each() {
        ProjectSummary project = DemoData.newProject(projects, "Board benchmark");
        List<String> texts = SlotProposalBenchmarkData.articles(50, 50, 7);
        long storyId = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "curator", ProjectRole.CURATOR);
            List<UploadedFile> files = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                files.add(new UploadedFile("report-" + i + ".txt", texts.get(i).getBytes(StandardCharsets.UTF_8)));
            }
            imports.importFiles(project.id(), files);
            List<Long> ids = articles.list(project.id()).stream().map(ArticleSummary::id).toList();
            return stories.create(project.id(), "Generated story", ids).id();
        });
        long t0 = System.nanoTime();
        int slots = DemoData.asUser("curator", () -> reconcile.propose(project.id(), storyId));
        long proposeMs = (System.nanoTime() - t0) / 1_000_000;
        List<Long> boardMs = new ArrayList<>();
        ReconciliationBoard board = null;
        for (int i = 0; i < 3; i++) {
            long t1 = System.nanoTime();
            board = DemoData.asUser("curator", () -> reconcile.board(project.id(), storyId));
            boardMs.add((System.nanoTime() - t1) / 1_000_000);
        }
        int figures = board.slots().stream().mapToInt(r -> r.figures().size()).sum();

        signIn("curator", DemoData.PASSWORD);
        String boardUrl = url("projects/" + project.id() + "/stories/" + storyId + "/reconcile");
        List<Long> opening = new ArrayList<>();
        for (int i = 0; i < OPENINGS; i++) {
            page.navigate(url(""));
            long t2 = System.nanoTime();
            page.navigate(boardUrl);
            assertThat(page.locator("#slot-grid .slot-title").first()).isVisible();
            assertThat(page.locator("#slot-grid svg.number-line").first()).isVisible();
            opening.add((System.nanoTime() - t2) / 1_000_000);
        }
        screenshot("reconciliation-board-benchmark");
        Collections.sort(opening);
        Collections.sort(boardMs);
        System.out.printf("BOARD BENCHMARK (50 articles x 50 figures: %d figures in %d slots): propose %d ms;"
                + " board service median %d ms; open in Chromium median %d ms, max %d ms over %d openings%n",
                figures, slots, proposeMs, boardMs.get(1), opening.get(OPENINGS / 2), opening.get(OPENINGS - 1),
                OPENINGS);
    }
}
