package org.corroborate.exercise;

import java.util.List;

/** The feedback on one article: its text, every gold item with its outcome, the spurious spans. */
public record FeedbackArticle(
        long articleId,
        String title,
        String text,
        List<StudentSpan> spans,
        List<FeedbackItem> items,
        List<StudentSpan> spurious) {}
