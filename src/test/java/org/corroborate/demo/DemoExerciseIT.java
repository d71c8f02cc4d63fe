package org.corroborate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.exercise.ClassDashboard;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSummary;
import org.corroborate.exercise.MyExercise;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class DemoExerciseIT {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProjectService projects;

    @Test
    void the_demo_class_has_three_scored_students_and_a_most_missed_item() {
        long projectId = DemoData.demoProject(projects).id();
        ClassDashboard dashboard = DemoData.asUser("instructor", () -> {
            ExerciseSummary exercise = exercises.list(projectId).stream()
                    .filter(x -> x.title().equals(DemoExercise.TITLE))
                    .findFirst()
                    .orElseThrow();
            return exercises.dashboard(projectId, exercise.id());
        });
        assertThat(dashboard.students())
                .extracting(ClassDashboard.StudentRow::username)
                .containsExactly("student", "student2", "student3");
        assertThat(dashboard.students())
                .extracting(s -> s.score().getAsDouble())
                .containsExactly(8.0 / 9, 4.0 / 9, 1.0 / 9);
        assertThat(dashboard.items()).hasSize(9);
        assertThat(dashboard.items().getFirst().gold().text()).isEqualTo("a big step forward");
        assertThat(dashboard.items().getFirst().hitRate()).isZero();
        assertThat(dashboard.falsePositives()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("European leaders");
            assertThat(f.students()).isEqualTo(2);
        });
        MyExercise mine =
                DemoData.asUser("student2", () -> exercises.myExercises().getFirst());
        assertThat(mine.score().getAsDouble()).isCloseTo(4.0 / 9, within(1e-9));
    }
}
