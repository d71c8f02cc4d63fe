package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annotator places workflow hands out are checked here too, whoever calls: per project and per role. */
@CorroborateIntegrationTest
class AnnotatorSlotsIT {

    @Autowired
    AnnotatorSlots slots;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private long projectId;
    private long articleId;

    @BeforeEach
    void a_project_with_an_annotator_a_student_and_a_manager() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Slots",
                Map.of(
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "student",
                        ProjectRole.STUDENT,
                        "manager",
                        ProjectRole.MANAGER),
                "slots.txt",
                "Talks stall\nA senior official said the talks had stalled.\n");
        projectId = fixture.project().id();
        articleId = fixture.articleId();
    }

    @Test
    void an_annotator_takes_and_skips_a_place_but_cannot_assign_or_unassign_one() {
        DemoData.asUser("annotator", () -> {
            slots.take(projectId, articleId);
            slots.skip(projectId, articleId);
            return null;
        });
        assertThat(DemoData.asUser("manager", () -> slots.slots(projectId, Instant.EPOCH)))
                .containsExactly(new AnnotatorSlot(articleId, "annotator", AnnotationSetStatus.SKIPPED, false));

        DemoData.asUser("annotator", () -> {
            assertThatThrownBy(() -> slots.assign(projectId, articleId, "manager"))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> slots.unassign(projectId, articleId, "annotator"))
                    .isInstanceOf(AccessRefusedException.class);
            return null;
        });
    }

    @Test
    void a_manager_assigns_once_and_unassigns_a_place_not_started() {
        assertThat(DemoData.asUser("manager", () -> slots.assign(projectId, articleId, "annotator")))
                .isTrue();
        assertThat(DemoData.asUser("manager", () -> slots.assign(projectId, articleId, "annotator")))
                .isFalse();

        DemoData.asUser("manager", () -> {
            slots.unassign(projectId, articleId, "annotator");
            return null;
        });
        assertThat(DemoData.asUser("manager", () -> slots.slots(projectId, Instant.EPOCH)))
                .isEmpty();
    }

    @Test
    void students_and_outsiders_neither_see_nor_take_places() {
        DemoData.asUser("student", () -> {
            assertThatThrownBy(() -> slots.slots(projectId, Instant.EPOCH))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> slots.take(projectId, articleId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        DemoData.asUser("outsider", () -> {
            assertThatThrownBy(() -> slots.slots(projectId, Instant.EPOCH))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> slots.skip(projectId, articleId))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }
}
