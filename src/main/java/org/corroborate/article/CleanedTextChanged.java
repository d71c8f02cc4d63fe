package org.corroborate.article;

/** Published inside the transaction that changed an article's cleaned text, so anchored spans can follow. */
public record CleanedTextChanged(long articleId, String cleanedText) {}
