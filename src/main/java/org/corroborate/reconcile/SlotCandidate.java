package org.corroborate.reconcile;

/**
 * A figure of a story that may join a slot.
 *
 * @param key the caller's handle for it (unique within one proposal)
 * @param quote the figure as written
 * @param near the few words on either side of it in its sentence, "…" where it stands ("has claimed … casualties"):
 *     what it counts
 * @param sentence its whole sentence
 * @param before the sentence before, which often names the event
 * @param measures what an annotator wrote it measures, or ""
 */
public record SlotCandidate(
        String key,
        long articleId,
        String quote,
        FigureInterval interval,
        String near,
        String sentence,
        String before,
        String measures) {}
