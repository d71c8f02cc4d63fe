package org.corroborate.article;

/** An article's id, title and cleaned text, for analyses that compare a project's articles. */
public record ArticleWording(long id, String title, String cleanedText) {}
