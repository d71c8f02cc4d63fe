package org.corroborate.reconcile;

import org.corroborate.figure.FigureReading;
import org.jspecify.annotations.Nullable;

/**
 * A figure written in one of a story's articles, as the board shows it.
 *
 * @param source who said it, as written ("analysts", "Zelenskiy"), or "" when no attribution reports it
 * @param measures what an annotator wrote it measures, or ""
 * @param corrected its reading when that differs from what the normaliser reads from the quote alone (an
 *     annotator's correction, or the detector's reading in its sentence); null to read the quote
 */
public record StoryFigure(
        long articleId,
        int start,
        int end,
        String quote,
        String source,
        String measures,
        FigureOrigin origin,
        @Nullable FigureReading corrected) {

    /** The same figure: the same place in the same article. */
    public boolean samePlace(long otherArticle, int otherStart, int otherEnd) {
        return articleId == otherArticle && start == otherStart && end == otherEnd;
    }
}
