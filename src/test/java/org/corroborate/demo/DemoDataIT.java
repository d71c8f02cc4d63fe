package org.corroborate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.project.ProjectMemberSummary;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.NearDuplicateFlag;
import org.corroborate.story.NearDuplicateStatus;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryOverview;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryStatus;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class DemoDataIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    @Autowired
    UserService users;

    @Autowired
    StoryService stories;

    @Test
    void first_start_loads_the_five_seed_articles_into_the_demo_project() {
        ProjectSummary demo = DemoData.demoProject(projects);
        List<ArticleSummary> list = SystemAuthentication.runAsSystem(() -> articles.list(demo.id()));

        assertThat(list).hasSize(5);
        assertThat(list).allSatisfy(a -> assertThat(a.publishedDate()).isNotNull());
        assertThat(list)
                .extracting(ArticleSummary::title)
                .contains("Trump Promises Security Guarantees for Ukraine After Meeting Zelenskyy");
    }

    @Test
    void the_five_seed_articles_are_one_accepted_story_with_the_rewrite_pair_flagged() {
        ProjectSummary demo = DemoData.demoProject(projects);
        StoryOverview overview = SystemAuthentication.runAsSystem(() -> stories.overview(demo.id()));

        StoryDetails story = overview.stories().getFirst();
        assertThat(overview.stories()).hasSize(1);
        assertThat(story.status()).isEqualTo(StoryStatus.ACCEPTED);
        assertThat(story.title()).isEqualTo(DemoDataLoader.STORY_TITLE);
        assertThat(story.articles()).hasSize(5);
        assertThat(story.needsReview()).isFalse();
        NearDuplicateFlag flag = overview.nearDuplicates().getFirst();
        assertThat(overview.nearDuplicates()).hasSize(1);
        assertThat(flag.status()).isEqualTo(NearDuplicateStatus.FLAGGED);
        List<String> pair = SystemAuthentication.runAsSystem(() -> articles.list(demo.id())).stream()
                .filter(a -> a.id() == flag.articleA() || a.id() == flag.articleB())
                .map(a -> a.sourceName().substring(0, 3))
                .sorted()
                .toList();
        assertThat(pair).containsExactly("001", "004");
    }

    @Test
    void the_demo_article_with_a_repeated_body_is_shown_once() {
        ProjectSummary demo = DemoData.demoProject(projects);
        ArticleDetails a003 = SystemAuthentication.runAsSystem(() -> articles.list(demo.id()).stream()
                .filter(a -> a.sourceName().startsWith("003_"))
                .findFirst()
                .map(a -> articles.get(demo.id(), a.id()))
                .orElseThrow());

        String paragraph = "Dividing the Burden";
        assertThat(a003.cleanedText().split(paragraph, -1)).hasSize(2);
        assertThat(a003.rawText().split(paragraph, -1)).hasSize(3);
    }

    @Test
    void every_role_has_a_demo_user_in_the_demo_project() {
        ProjectSummary demo = DemoData.demoProject(projects);
        List<ProjectMemberSummary> members = SystemAuthentication.runAsSystem(() -> projects.members(demo.id()));

        assertThat(members)
                .extracting(m -> m.role().name())
                .contains("MANAGER", "CURATOR", "ANNOTATOR", "INSTRUCTOR", "STUDENT");
        List<UserSummary> all = SystemAuthentication.runAsSystem(users::listUsers);
        assertThat(all)
                .filteredOn(UserSummary::siteAdmin)
                .extracting(UserSummary::username)
                .contains("admin");
    }

    @Autowired
    org.corroborate.annotation.TeamAnnotationService team;

    @Autowired
    org.corroborate.agreement.AgreementService agreement;

    @Test
    void two_demo_annotators_finished_one_seed_article_so_agreement_and_curation_have_something_to_show() {
        ProjectSummary demo = DemoData.demoProject(projects);
        List<org.corroborate.annotation.AnnotatorSet> sets =
                DemoData.asUser("curator", () -> team.projectSets(demo.id()));

        assertThat(sets)
                .extracting(org.corroborate.annotation.AnnotatorSet::annotator)
                .containsExactlyInAnyOrder("annotator", "annotator2");
        assertThat(sets).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(org.corroborate.annotation.AnnotationSetStatus.FINISHED);
            assertThat(s.annotations()).isEqualTo(8);
        });
        var report = DemoData.asUser(
                        "curator",
                        () -> agreement.report(demo.id(), org.corroborate.scheme.Layer.SOURCE, List.of(), List.of()))
                .report();
        assertThat(report.pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.cohen().defined()).isTrue());
        assertThat(report.disagreements()).isNotEmpty();
    }
}
