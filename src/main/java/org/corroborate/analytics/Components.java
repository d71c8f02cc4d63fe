package org.corroborate.analytics;

import org.jspecify.annotations.Nullable;

/**
 * The sourcing components of an article, or their sums over many: counts, and shares worked out from them. Never one
 * score. A share is null when there is nothing to take a share of.
 *
 * @param attributions attribution cues
 * @param hedged cues marked hedged
 * @param asserted cues marked asserted
 * @param claimsAttributed claims that overlap an attributed content
 * @param anonymousMentions mentions of an unnamed individual or an unnamed group (after pronouns are resolved)
 * @param reasonsGiven anonymous mentions with a reason for anonymity given
 * @param contentWords words of attributed contents
 * @param anonymousWords words of attributed contents whose source is anonymous
 */
public record Components(
        long attributions,
        long hedged,
        long asserted,
        long claims,
        long claimsAttributed,
        long sourceMentions,
        SourceTypes sourcesByType,
        long anonymousMentions,
        long reasonsGiven,
        long contentWords,
        long anonymousWords,
        long figures,
        FigureVerdicts verdicts) {

    public static final Components NONE =
            new Components(0, 0, 0, 0, 0, 0, SourceTypes.NONE, 0, 0, 0, 0, 0, FigureVerdicts.NONE);

    public Components plus(Components o) {
        return new Components(
                attributions + o.attributions,
                hedged + o.hedged,
                asserted + o.asserted,
                claims + o.claims,
                claimsAttributed + o.claimsAttributed,
                sourceMentions + o.sourceMentions,
                sourcesByType.plus(o.sourcesByType),
                anonymousMentions + o.anonymousMentions,
                reasonsGiven + o.reasonsGiven,
                contentWords + o.contentWords,
                anonymousWords + o.anonymousWords,
                figures + o.figures,
                verdicts.plus(o.verdicts));
    }

    /** Share of source mentions that are anonymous. */
    public @Nullable Double anonymousShare() {
        return share(anonymousMentions, sourceMentions);
    }

    /** Share of attributed content, by words, whose source is anonymous. */
    public @Nullable Double anonymousWordShare() {
        return share(anonymousWords, contentWords);
    }

    /** Share of anonymous mentions with a reason for anonymity. */
    public @Nullable Double reasonShare() {
        return share(reasonsGiven, anonymousMentions);
    }

    public @Nullable Double claimsAttributedShare() {
        return share(claimsAttributed, claims);
    }

    static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** A share as people read it: "25%" or "–" for none. */
    public static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(share * 1000) / 10.0 + "%";
    }
}
