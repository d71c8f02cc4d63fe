package org.corroborate.annotation;

/** One label set of one article as exports read it: whose it is, how far it is, and whether it is the gold one. */
public record StoredSet(long articleId, String annotator, AnnotationSetStatus status, boolean gold) {}
