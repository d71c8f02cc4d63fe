package org.corroborate.agreement.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.corroborate.BrowserTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.agreement.AgreementService;
import org.corroborate.agreement.SpanAgreement;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgreementViewIT extends BrowserTest {

    private static final String TRUMP = "U.S. President Donald Trump";
    private static final String ZELENSKIY = "Ukrainian President Volodymyr Zelenskiy";
    private static final String MACRON = "French President Emmanuel Macron";

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AgreementService agreement;

    @Test
    void a_curator_sees_the_kappa_of_two_annotators_and_goes_from_a_disagreement_to_the_curation_page() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Agreement");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, ZELENSKIY);
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, MACRON);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_ORGANISATION, ZELENSKIY);
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_ORGANISATION, MACRON);
        team.setStatus("annotator", AnnotationSetStatus.FINISHED); // agreement compares finished work
        team.setStatus("annotator2", AnnotationSetStatus.FINISHED);
        SpanAgreement.Report expected = DemoData.asUser(
                        "curator", () -> agreement.report(team.projectId(), Layer.SOURCE, List.of(), List.of()))
                .report();

        signIn("curator", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/articles"));
        page.locator("#project-nav").getByText("Agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + team.projectId() + "/agreement$"));
        assertThat(page.locator("#agreement-units")).hasText("3");
        assertThat(page.locator("#agreement-basis")).containsText("finished sets only");
        assertThat(page.locator("#agreement-basis")).containsText("1 article compared.");
        assertThat(page.locator("#pair-matrix"))
                .containsText(expected.pairs().getFirst().cohen().formatted());
        assertThat(page.locator("#pair-matrix")).containsText("annotator2");
        assertThat(page.locator("#fleiss-kappa")).hasText(expected.fleiss().formatted());
        assertThat(page.locator("#krippendorff-alpha")).hasText(expected.alpha().formatted());
        assertThat(page.locator("#label-agreement")).containsText("Named organisation");
        assertThat(page.locator("#disagreements")).containsText(ZELENSKIY);
        screenshot("agreement");

        int at = team.at(ZELENSKIY);
        page.getByLabel("Compare source " + at + "–" + (at + ZELENSKIY.length()) + " in ")
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/curate\\?at=source:" + at + "-" + (at + ZELENSKIY.length())));
        assertThat(page.locator("#curate-layer-source")).hasAttribute("selected", "");
        assertThat(page.locator("#curation-counts")).containsText("3 positions · 2 differ");
    }

    @Test
    void with_one_annotator_the_page_says_agreement_needs_two() {
        TeamWork team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Agreement alone");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, TRUMP);
        signIn("manager", DemoData.PASSWORD);
        page.navigate(url("projects/" + team.projectId() + "/agreement"));
        assertThat(page.locator("#agreement-empty")).containsText("at least two annotators; so far 1");
        assertThat(page.locator("#pair-matrix")).isHidden();
    }
}
