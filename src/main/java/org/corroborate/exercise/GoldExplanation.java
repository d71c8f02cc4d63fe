package org.corroborate.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An instructor's short explanation of one gold item, shown with the feedback. */
@Entity
@Table(name = "exercise_explanation")
class GoldExplanation {

    static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "annotation_id", nullable = false)
    private long annotationId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String explanation = "";

    protected GoldExplanation() {}

    GoldExplanation(long exerciseId, long annotationId, String explanation) {
        this.exerciseId = exerciseId;
        this.annotationId = annotationId;
        this.explanation = explanation;
    }

    long getAnnotationId() {
        return annotationId;
    }

    String getExplanation() {
        return explanation;
    }

    void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
