package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class StoryServiceIT {

    @Autowired
    StoryService storyService;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    private ProjectSummary project;

    @BeforeEach
    void projectWithMembers() {
        project = DemoData.newProject(projects, "Stories");
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            projects.setMember(project.id(), "curator", ProjectRole.CURATOR);
        });
    }

    private static <T> T as(String user, Supplier<T> work) {
        return DemoData.asUser(user, work);
    }

    private void importAs(String user, List<UploadedFile> files) {
        as(user, () -> imports.importFiles(project.id(), files));
    }

    /** Article ids by the first three characters of their file name ("001"). */
    private static long id(Map<String, Long> ids, String file) {
        return Objects.requireNonNull(ids.get(file), () -> "no seed article " + file);
    }

    private Map<String, Long> ids() {
        return as("manager", () -> articles.list(project.id())).stream()
                .collect(Collectors.toMap(
                        a -> a.sourceName()
                                .substring(0, Math.min(3, a.sourceName().length())),
                        ArticleSummary::id));
    }

    private StoryOverview overview() {
        return as("manager", () -> storyService.overview(project.id()));
    }

    @Test
    void importing_the_seed_articles_suggests_one_story_of_all_five_and_flags_the_rewrite_pair() {
        importAs("manager", SeedFiles.all());
        Map<String, Long> ids = ids();

        StoryOverview overview = overview();
        assertThat(overview.stories()).hasSize(1);
        StoryDetails story = overview.stories().getFirst();
        assertThat(story.status()).isEqualTo(StoryStatus.SUGGESTED);
        assertThat(story.needsReview()).isTrue();
        assertThat(story.articles())
                .extracting(StoryArticle::articleId)
                .containsExactlyInAnyOrderElementsOf(ids.values());
        assertThat(story.articles()).allSatisfy(a -> {
            assertThat(a.suggested()).isTrue();
            assertThat(a.similarity()).isGreaterThan(ProjectSettings.DEFAULT_STORY_SIMILARITY.doubleValue());
        });
        assertThat(overview.unassigned()).isEmpty();

        assertThat(overview.nearDuplicates()).singleElement().satisfies(flag -> {
            assertThat(List.of(flag.articleA(), flag.articleB())).containsExactly(id(ids, "001"), id(ids, "004"));
            assertThat(flag.status()).isEqualTo(NearDuplicateStatus.FLAGGED);
        });
        assertThat(as("annotator", () -> storyService.independent(project.id(), id(ids, "001"), id(ids, "004"))))
                .isFalse();
        assertThat(as("annotator", () -> storyService.independent(project.id(), id(ids, "000"), id(ids, "001"))))
                .isTrue();
        StoryDetails read = as("annotator", () -> storyService.storyOf(project.id(), story.id()));
        assertThat(read.independent(id(ids, "001"), id(ids, "004"))).isFalse();
        assertThat(read.independent(id(ids, "002"), id(ids, "004"))).isTrue();
        assertThat(read.articles())
                .filteredOn(a -> a.nearDuplicateGroup() != null)
                .extracting(StoryArticle::articleId)
                .containsExactlyInAnyOrder(id(ids, "001"), id(ids, "004"));
    }

    @Test
    void an_unrelated_article_stays_out_and_a_later_seed_article_joins_the_accepted_story_as_a_suggestion() {
        importAs("curator", SeedFiles.only("000", "001", "002", "003"));
        StoryDetails story = overview().stories().getFirst();
        StoryDetails accepted = as("manager", () -> storyService.accept(project.id(), story.id(), story.version()));
        assertThat(accepted.needsReview()).isFalse();

        importAs("curator", List.of(SeedFiles.football()));
        importAs("curator", SeedFiles.only("004"));

        StoryOverview overview = overview();
        assertThat(overview.stories()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(StoryStatus.ACCEPTED);
            assertThat(s.articles()).hasSize(5);
            assertThat(s.articles())
                    .filteredOn(StoryArticle::suggested)
                    .extracting(StoryArticle::articleId)
                    .containsExactly(ids().get("004"));
            assertThat(s.needsReview()).isTrue();
        });
        assertThat(overview.unassigned())
                .extracting(StoryArticle::title)
                .containsExactly("Rovers snatch late win over City in derby thriller");
        assertThat(overview.nearDuplicates()).hasSize(1);
    }

    @Test
    void a_manager_accepts_splits_moves_removes_and_creates() {
        importAs("manager", SeedFiles.all());
        Map<String, Long> ids = ids();
        StoryDetails story = overview().stories().getFirst();

        StoryDetails accepted = as("manager", () -> storyService.accept(project.id(), story.id(), story.version()));
        assertThat(accepted.status()).isEqualTo(StoryStatus.ACCEPTED);
        assertThat(accepted.articles()).noneMatch(StoryArticle::suggested);

        StoryDetails split = as(
                "manager",
                () -> storyService.split(
                        project.id(),
                        story.id(),
                        accepted.version(),
                        List.of(id(ids, "000"), id(ids, "002")),
                        "  Before the summit  "));
        assertThat(split.title()).isEqualTo("Before the summit");
        assertThat(split.status()).isEqualTo(StoryStatus.ACCEPTED);
        assertThat(split.articles())
                .extracting(StoryArticle::articleId)
                .containsExactly(id(ids, "000"), id(ids, "002"));
        assertThat(as("manager", () -> storyService.storyOf(project.id(), story.id()))
                        .articles())
                .hasSize(3);

        as("manager", () -> storyService.move(project.id(), List.of(id(ids, "002")), story.id()));
        assertThat(as("manager", () -> storyService.storyOf(project.id(), story.id()))
                        .articles())
                .hasSize(4);
        assertThat(as("manager", () -> storyService.storyOfArticle(project.id(), id(ids, "002"))))
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(story.id()));

        as("manager", () -> {
            storyService.remove(project.id(), id(ids, "003"));
            return null;
        });
        assertThat(overview().unassigned()).extracting(StoryArticle::articleId).containsExactly(id(ids, "003"));

        StoryDetails created =
                as("manager", () -> storyService.create(project.id(), "Forum copy", List.of(id(ids, "003"))));
        assertThat(created.articles()).extracting(StoryArticle::articleId).containsExactly(id(ids, "003"));
        assertThat(overview().stories())
                .extracting(StoryDetails::title)
                .containsExactly(story.title(), "Before the summit", "Forum copy");
        assertThat(as("annotator", () -> storyService.storyTitles(project.id())))
                .containsEntry(id(ids, "003"), "Forum copy")
                .containsEntry(id(ids, "000"), "Before the summit");
    }

    @Test
    void a_dismissed_near_duplicate_counts_as_independent_and_is_not_flagged_again() {
        importAs("manager", SeedFiles.all());
        Map<String, Long> ids = ids();
        NearDuplicateFlag flag = overview().nearDuplicates().getFirst();

        NearDuplicateFlag dismissed =
                as("manager", () -> storyService.dismiss(project.id(), flag.id(), flag.version()));
        assertThat(dismissed.status()).isEqualTo(NearDuplicateStatus.DISMISSED);
        assertThat(as("manager", () -> storyService.independent(project.id(), id(ids, "001"), id(ids, "004"))))
                .isTrue();
        assertThat(as("manager", () -> storyService.nearDuplicateGroups(project.id())))
                .isEmpty();

        SuggestionReport again = as("manager", () -> storyService.suggest(project.id()));
        assertThat(again.nearDuplicatesFlagged()).isZero();
        assertThat(overview().nearDuplicates())
                .singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(NearDuplicateStatus.DISMISSED));
    }

    @Test
    void the_project_threshold_decides_what_is_suggested() {
        SystemAuthentication.runAsSystem(() -> {
            ProjectSummary current = projects.get(project.id());
            projects.updateSettings(
                    project.id(),
                    current.version(),
                    new ProjectSettings(
                            new BigDecimal("0.5"),
                            ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD,
                            ProjectSettings.DEFAULT_APPROXIMATE_WIDTH));
        });
        importAs("manager", SeedFiles.all());

        assertThat(overview().stories()).isEmpty();
        assertThat(overview().unassigned()).hasSize(5);
    }

    @Test
    void members_who_are_not_managers_read_stories_but_cannot_change_them() {
        importAs("manager", SeedFiles.all());
        StoryDetails story = overview().stories().getFirst();
        NearDuplicateFlag flag = overview().nearDuplicates().getFirst();
        long articleId = story.articles().getFirst().articleId();

        for (String member : List.of("annotator", "curator")) {
            as(member, () -> {
                assertThat(storyService.overview(project.id()).canEdit()).isFalse();
                assertThat(storyService.list(project.id())).hasSize(1);
                assertThatThrownBy(() -> storyService.accept(project.id(), story.id(), story.version()))
                        .isInstanceOf(AccessRefusedException.class)
                        .hasMessage(StoryService.MANAGERS_ONLY);
                assertThatThrownBy(() -> storyService.rename(project.id(), story.id(), story.version(), "Mine"))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> storyService.split(
                                project.id(), story.id(), story.version(), List.of(articleId), "Mine"))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> storyService.create(project.id(), "Mine", List.of(articleId)))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> storyService.move(project.id(), List.of(articleId), story.id()))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> storyService.suggest(project.id())).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> storyService.dismiss(project.id(), flag.id(), flag.version()))
                        .isInstanceOf(AccessRefusedException.class);
                return null;
            });
        }
        assertThat(overview().stories().getFirst().status()).isEqualTo(StoryStatus.SUGGESTED);
    }

    @Test
    void an_outsider_gets_the_not_found_or_not_allowed_refusal() {
        importAs("manager", SeedFiles.all());
        StoryDetails story = overview().stories().getFirst();

        as("outsider", () -> {
            assertThatThrownBy(() -> storyService.overview(project.id()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class)
                    .hasMessage(NotFoundOrNotAllowedException.MESSAGE);
            assertThatThrownBy(() -> storyService.storyOf(project.id(), story.id()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> storyService.independent(project.id(), 1, 2))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> storyService.accept(project.id(), story.id(), story.version()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void a_story_or_article_of_another_project_is_not_found() {
        importAs("manager", SeedFiles.all());
        StoryDetails story = overview().stories().getFirst();
        ProjectSummary other = DemoData.newProject(projects, "Other stories");
        SystemAuthentication.runAsSystem(() -> projects.setMember(other.id(), "manager", ProjectRole.MANAGER));

        as("manager", () -> {
            assertThatThrownBy(() -> storyService.storyOf(other.id(), story.id()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> storyService.create(
                            other.id(),
                            "Stolen",
                            List.of(story.articles().getFirst().articleId())))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void a_rename_on_a_stale_version_is_refused_and_keeps_the_first_title() {
        importAs("manager", SeedFiles.all());
        StoryDetails story = overview().stories().getFirst();
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "curator", ProjectRole.MANAGER));

        as("manager", () -> storyService.rename(project.id(), story.id(), story.version(), "Security guarantees"));
        assertThatThrownBy(() -> as(
                        "curator",
                        () -> storyService.rename(project.id(), story.id(), story.version(), "Alaska summit")))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(overview().stories().getFirst().title()).isEqualTo("Security guarantees");
    }

    @Test
    void a_change_of_a_story_s_articles_makes_decisions_on_the_old_list_fail() {
        importAs("manager", SeedFiles.all());
        Map<String, Long> ids = ids();
        StoryDetails story = overview().stories().getFirst();

        StoryDetails split = as(
                "manager",
                () -> storyService.split(
                        project.id(), story.id(), story.version(), List.of(id(ids, "003")), "Forum copy"));
        assertThat(as("manager", () -> storyService.storyOf(project.id(), story.id()))
                        .version())
                .isGreaterThan(story.version());

        assertThatThrownBy(() -> as("manager", () -> storyService.accept(project.id(), story.id(), story.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        // The version a change hands back is the one to use next.
        as("manager", () -> storyService.rename(project.id(), split.id(), split.version(), "Forum copy of Aug 19"));
    }
}
