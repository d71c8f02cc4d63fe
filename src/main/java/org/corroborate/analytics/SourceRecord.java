package org.corroborate.analytics;

/**
 * One canonical source of the registry across the project: mentions linked to it and the articles and stories they
 * are in, attributions (contents) and claims whose frame's source is such a mention, the figures those frames report,
 * and its track record: of those figures on the reconciliation board, how many agree with the reconciled value, how
 * many conflict and how many were superseded.
 */
public record SourceRecord(
        long sourceId,
        String name,
        String kind,
        long mentions,
        long articles,
        long stories,
        long attributions,
        long claims,
        long figures,
        long agree,
        long conflict,
        long superseded) {}
