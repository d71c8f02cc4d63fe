package org.corroborate.annotation;

import java.util.Optional;

/**
 * Where the reason given for a source's anonymity ("speaking anonymously", "because they were not
 * authorised to speak publicly") is written: the occurrence of the phrase nearest to the mention, within
 * {@link #REACH} characters of it, so that an annotator can type the reason instead of selecting it.
 */
public final class ReasonSpan {

    /** How far from the mention a reason may be written: about two sentences. */
    public static final int REACH = 400;

    private ReasonSpan() {}

    /** {@code [start, end)} of the nearest occurrence, or empty when the phrase is not near the mention. */
    public static Optional<int[]> locate(String text, String phrase, int mentionStart, int mentionEnd) {
        String wanted = phrase.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.max(0, mentionStart - REACH);
        int to = Math.min(text.length(), mentionEnd + REACH);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(wanted, from);
                at >= 0 && at + wanted.length() <= to;
                at = text.indexOf(wanted, at + 1)) {
            int distance = at >= mentionEnd ? at - mentionEnd : Math.max(0, mentionStart - (at + wanted.length()));
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new int[] {best, best + wanted.length()});
    }
}
