package org.corroborate.exercise;

/** An article of an exercise: its id and title. */
public record ArticleRef(long id, String title) {}
