package org.corroborate.annotation;

/**
 * One annotator's place on one article, as handing out work sees it: whose it is, how far they are, and whether
 * it was abandoned (unfinished and idle past the project's timeout).
 */
public record AnnotatorSlot(long articleId, String annotator, AnnotationSetStatus status, boolean abandoned) {}
