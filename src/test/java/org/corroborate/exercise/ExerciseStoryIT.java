package org.corroborate.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleSummary;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor sets a whole story: its curated articles go into the exercise, the uncurated ones cannot. */
@CorroborateIntegrationTest
class ExerciseStoryIT {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    CurationService curation;

    @Autowired
    StoryService stories;

    @Test
    void a_whole_story_offers_its_curated_articles_and_counts_the_ones_without_gold() {
        ProjectSummary project = DemoData.newProject(projects, "Story exercise");
        long projectId = project.id();
        List<Long> ids = SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "instructor", ProjectRole.INSTRUCTOR);
            projects.setMember(projectId, "curator", ProjectRole.CURATOR);
            projects.setMember(projectId, "manager", ProjectRole.MANAGER);
            projects.setMember(projectId, "student", ProjectRole.STUDENT);
            return imports
                    .importFiles(
                            projectId,
                            List.of(
                                    file(
                                            "port.txt",
                                            "Port reopens\nThe harbour authority said the port reopened on Monday.\n"),
                                    file(
                                            "grain.txt",
                                            "Grain exports climb\nTraders said grain shipments rose to 4 million tonnes.\n"),
                                    file(
                                            "strike.txt",
                                            "Drone strike\nA regional governor said a drone hit an oil depot overnight.\n")))
                    .imported()
                    .stream()
                    .map(ArticleSummary::id)
                    .toList();
        });
        long storyId = DemoData.asUser(
                "manager",
                () -> stories.create(projectId, "Black Sea shipping", ids).id());
        DemoData.asUser("curator", () -> {
            curation.markCurated(projectId, ids.get(0), true);
            curation.markCurated(projectId, ids.get(2), true);
            return null;
        });

        StoryChoice choice = DemoData.asUser("instructor", () -> exercises.storyChoices(projectId)).stream()
                .filter(c -> c.storyId() == storyId)
                .findFirst()
                .orElseThrow();
        assertThat(choice.title()).isEqualTo("Black Sea shipping");
        assertThat(choice.articleIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(choice.curatedArticleIds()).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(choice.uncurated()).isEqualTo(1);

        // the story's curated articles make a valid exercise
        ExerciseSummary made = DemoData.asUser(
                "instructor",
                () -> exercises.create(
                        projectId,
                        new ExerciseSettings(
                                "Whole story",
                                "",
                                Set.of(ExerciseTask.SOURCE_TYPES),
                                choice.curatedArticleIds(),
                                null,
                                null,
                                1,
                                FeedbackTiming.AFTER_SUBMIT,
                                false,
                                ScoringRules.DEFAULTS)));
        assertThat(made.settings().articleIds()).containsExactlyElementsOf(choice.curatedArticleIds());

        // only those who set exercises see the choices
        for (String other : List.of("curator", "student", "annotator")) {
            DemoData.asUser(other, () -> {
                assertThatThrownBy(() -> exercises.storyChoices(projectId))
                        .as(other)
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
                return null;
            });
        }
    }

    private static UploadedFile file(String name, String text) {
        return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
