/**
 * Classroom exercises: instructors set span-level tasks, students do them in attempts of their own, and
 * {@link org.corroborate.exercise.ExerciseScorer} scores each attempt against the gold key. The scorer and its
 * value types are plain Java (no Spring, JPA or Vaadin): the web app and the headless {@code score} command
 * use the same code. See ADR 0021.
 */
@NullMarked
package org.corroborate.exercise;

import org.jspecify.annotations.NullMarked;
