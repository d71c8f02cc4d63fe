package org.corroborate.figure;

/**
 * What the words around a figure say about when it happens, for the dates a bare weekday or month could
 * mean ("on Friday": the one before or the one after publication).
 */
public enum Tense {
    /** No sentence given (a figure read on its own): a bare weekday or month looks back, as news mostly does. */
    NOT_GIVEN,
    /** The sentence has no tense cue ("Friday's meeting"): a bare weekday is the nearer one either side. */
    UNMARKED,
    /** "said on Friday", "met on Friday": looks back. */
    PAST,
    /** "will meet on Friday", "is set to meet in February": looks forward. */
    FUTURE
}
