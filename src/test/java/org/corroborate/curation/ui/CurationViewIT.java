package org.corroborate.curation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.GoldSpan;
import org.corroborate.annotation.ui.EditorDriver;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CurationViewIT extends BrowserTest {

    private static final String TRUMP = "U.S. President Donald Trump";
    private static final String ZELENSKIY = "Ukrainian President Volodymyr Zelenskiy";
    private static final String BILLION = "approximately $90 billion";

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CurationService curation;

    /** Two annotators agree on Trump, differ on Zelenskiy; only the second marks the $90 billion. */
    private TeamWork twoAnnotatorsFinished(String prefix) {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, prefix);
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, ZELENSKIY);
        team.setStatus("annotator", AnnotationSetStatus.FINISHED);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_ORGANISATION, ZELENSKIY);
        team.mark("annotator2", Layer.FIGURE, Labels.MONEY, BILLION);
        team.setStatus("annotator2", AnnotationSetStatus.FINISHED);
        return team;
    }

    private List<GoldSpan> gold(TeamWork team) {
        return DemoData.asUser("curator", () -> curation.goldAnnotations(team.projectId(), team.articleId()));
    }

    private Locator cells() {
        return page.locator("#comparison-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    @Test
    void two_annotators_and_a_curator_produce_gold_by_majority_plus_an_accepted_difference() {
        TeamWork team = twoAnnotatorsFinished("Curation");
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId()));
        page.locator("#curate").click();
        assertThat(page).hasURL(Pattern.compile(".*/articles/" + team.articleId() + "/curate$"));
        // It opens on the first layer where the annotators differ: sources.
        assertThat(page.locator("#curate-layer-source")).hasAttribute("selected", "");
        assertThat(page.locator("#curation-counts")).containsText("2 positions · 1 differs · 0 in gold");
        assertThat(cells().filter(new Locator.FilterOptions().setHasText("≠"))).hasCount(1);
        assertThat(page.locator("#curation-status")).hasText("Not curated yet");

        page.locator("#prefill-gold").click(); // majority is the default strategy
        assertThat(page.getByText("1 span added to gold (majority).")).isVisible();
        assertThat(page.locator("#curation-counts")).containsText("1 in gold");
        assertThat(page.locator("#gold-editor mark:not(.plain)")).hasCount(1);

        page.getByLabel("Accept annotator’s Named person “" + ZELENSKIY + "”").click();
        assertThat(page.getByText("Accepted annotator’s “" + ZELENSKIY + "”.")).isVisible();
        assertThat(page.locator("#curation-counts")).containsText("2 in gold");
        screenshot("curation");

        // The $90 billion only annotator2 marked is still open: marking curated asks first.
        page.locator("#mark-curated").click();
        assertThat(page.locator("#confirm-mark-curated"))
                .containsText("1 difference is not resolved. Mark curated anyway?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark curated anyway"))
                .click();
        assertThat(page.locator("#curation-status")).hasText("Curated");

        page.reload();
        assertThat(page.locator("#curation-status")).hasText("Curated");
        assertThat(page.locator("#mark-curated")).hasText("Reopen for curation");
        assertThat(page.locator("#gold-editor mark:not(.plain)")).hasCount(2);
        assertThat(page.locator("vaadin-details")).containsText("Curation log (3)");

        assertThat(gold(team))
                .extracting(g -> g.annotation().text() + "=" + g.annotation().label())
                .containsExactlyInAnyOrder(TRUMP + "=" + Labels.NAMED_PERSON, ZELENSKIY + "=" + Labels.NAMED_PERSON);
        assertThat(gold(team))
                .filteredOn(g -> g.annotation().text().equals(ZELENSKIY))
                .singleElement()
                .satisfies(g -> assertThat(g.origin()).isEqualTo("accepted from annotator"));
        assertThat(DemoData.asUser("annotator", () -> curation.isCurated(team.projectId(), team.articleId())))
                .isTrue();
    }

    @Test
    void pre_fill_fills_only_the_layer_shown_and_marking_curated_can_be_cancelled() {
        TeamWork team = twoAnnotatorsFinished("Curation per layer");
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/curate"));
        page.locator("#curate-layer-figure").click();
        page.locator("#merge-strategy").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Vote threshold"))
                .click();
        page.locator("#merge-threshold input").fill("1");
        page.locator("#prefill-gold").click();
        assertThat(page.getByText("1 span added to gold (vote threshold).")).isVisible();
        // Only the figure: the sources both annotators marked stay out of gold until their tab is pre-filled.
        assertThat(gold(team)).extracting(g -> g.annotation().text()).containsExactly(BILLION);

        // Zelenskiy's label is still disputed and not in gold: one open difference. Cancel keeps it open.
        page.locator("#mark-curated").click();
        assertThat(page.locator("#confirm-mark-curated"))
                .containsText("1 difference is not resolved. Mark curated anyway?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(page.locator("#curation-status")).hasText("Not curated yet");

        // Long labels wrap in the narrow annotator columns rather than being cut off.
        page.locator("#curate-layer-source").click();
        Locator badges = page.locator("#comparison-grid .label-badge")
                .filter(new Locator.FilterOptions().setHasText("Named organisation"));
        assertThat(badges.first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        (Boolean) badges.first().evaluate("b => b.scrollWidth <= b.clientWidth + 1"))
                .as("the whole label shows")
                .isTrue();
        screenshot("curation-labels-wrap");
    }

    @Test
    void a_curator_relabels_removes_and_adds_gold_spans_and_opens_at_a_position() {
        TeamWork team = twoAnnotatorsFinished("Curation edits");
        int billion = team.at(BILLION);
        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/curate?at=figure:"
                + billion + "-" + (billion + BILLION.length())));
        assertThat(page.locator("#curate-layer-figure")).hasAttribute("selected", "");
        assertThat(page.locator("#curation-counts")).containsText("1 position · 1 differs · 0 in gold");

        page.getByLabel("Accept annotator2’s Money “" + BILLION + "”").click();
        assertThat(page.locator("#curation-counts")).containsText("1 in gold");
        page.getByLabel("Gold label of “" + BILLION + "”").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Count"))
                .click();
        assertThat(page.getByText("Gold “" + BILLION + "” is now Count.")).isVisible();
        assertThat(gold(team))
                .singleElement()
                .satisfies(g -> assertThat(g.annotation().label()).isEqualTo(Labels.COUNT));

        page.getByLabel("Remove “" + BILLION + "” from gold").click();
        assertThat(page.getByText("Removed “" + BILLION + "” from gold.")).isVisible();
        assertThat(gold(team)).isEmpty();

        // A claim nobody marked: the claims tab, select it in the text, 1 for the first claim label, Enter.
        String claim = "Trump has pledged that the United States would help guarantee Ukraine’s security";
        page.locator("#curate-layer-claim").click();
        EditorDriver driver = new EditorDriver(page, "#gold-editor");
        driver.select(claim);
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Added “" + claim + "” to gold.")).isVisible();
        assertThat(gold(team)).singleElement().satisfies(g -> {
            assertThat(g.annotation().layer()).isEqualTo(Layer.CLAIM);
            assertThat(g.annotation().label()).isEqualTo(Labels.FACTUAL);
            assertThat(g.origin()).isNull();
            assertThat(g.createdBy()).isEqualTo("curator");
        });
        assertThat(page.locator("#curation-counts")).containsText("1 position · 1 differs · 1 in gold");
    }

    @Test
    void an_annotator_cannot_open_the_curation_page() {
        TeamWork team = twoAnnotatorsFinished("Curation refused");
        signIn("annotator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId()));
        assertThat(page.locator("#annotate")).isVisible();
        assertThat(page.locator("#curate")).hasCount(0);
        page.navigate(url("projects/" + team.projectId() + "/articles/" + team.articleId() + "/curate"));
        assertThat(page.getByText("Not found or not allowed")).isVisible();
    }
}
