package org.corroborate.story;

/**
 * Two articles that the suggestion found to be rewrites of the same copy, and what a manager made of it.
 *
 * @param similarity the share of the shorter article's word 3-shingles found in the other, 0 to 1
 */
public record NearDuplicateFlag(
        long id,
        long version,
        long articleA,
        String titleA,
        long articleB,
        String titleB,
        double similarity,
        NearDuplicateStatus status) {}
