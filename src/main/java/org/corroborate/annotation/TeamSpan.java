package org.corroborate.annotation;

/** One decided annotation of one annotator (no pending or rejected suggestions), for agreement and curation. */
public record TeamSpan(String annotator, long articleId, AnnotationView annotation) {}
