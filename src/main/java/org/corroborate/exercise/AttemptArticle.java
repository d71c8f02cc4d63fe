package org.corroborate.exercise;

import java.util.List;

/**
 * One article of an attempt: its text, the student's own spans in it, and the detectors' suggestions (only when the
 * exercise allows them and the attempt is open; never one the student already marked).
 */
public record AttemptArticle(
        long articleId, String title, String text, List<StudentSpan> spans, List<SuggestedSpan> suggestions) {}
