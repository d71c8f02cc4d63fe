package org.corroborate.exercise;

import java.util.List;

/** One article of an attempt: its text and the student's own spans in it. */
public record AttemptArticle(long articleId, String title, String text, List<StudentSpan> spans) {
}
