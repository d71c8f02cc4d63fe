package org.corroborate.analytics;

/**
 * The components summed over an outlet's articles ({@code outlet} is "" for articles without one), with how many
 * articles there are and how many of them count, so a small sample shows as small.
 */
public record OutletProfile(
        String outlet, long articles, long countedArticles, long nearDuplicates, Components components) {}
