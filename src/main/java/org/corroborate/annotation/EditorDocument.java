package org.corroborate.annotation;

import java.time.LocalDate;
import java.util.List;
import org.corroborate.labels.LabelSet;
import org.jspecify.annotations.Nullable;

/**
 * What the editor needs to open an article: its cleaned text, the labels, and the user's own set.
 *
 * @param inAnnotatorPool whether the user takes annotator places (so "next article" is for them)
 */
public record EditorDocument(
        long projectId,
        long articleId,
        String title,
        String text,
        @Nullable LocalDate published,
        String annotator,
        AnnotationSetStatus status,
        List<AnnotationView> annotations,
        LabelSet labels,
        boolean inAnnotatorPool) {

    public EditorDocument {
        annotations = List.copyOf(annotations);
    }
}
