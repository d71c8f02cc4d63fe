package org.corroborate.annotation;

/** One annotation with the article and the annotator whose set holds it, as exports read it. */
public record StoredSpan(long articleId, String annotator, AnnotationView annotation) {}
