package org.corroborate.annotation;

/** What became of a machine suggestion. Human annotations have none. */
public enum SuggestionReview {
    PENDING,
    ACCEPTED,
    REJECTED
}
