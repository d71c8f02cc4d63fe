package org.corroborate.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * One article's counted annotations worked out: each source mention's type (a pronoun takes its canonical source's
 * kind, else its nearest possible antecedent's type before it, else after it), which attribution frames have an
 * anonymous source (a source role overlapping an anonymous mention), and from those the article's components, its
 * spans with what each counted as, and what its mentions linked to the registry contribute to each canonical source.
 */
final class ArticleSourcing {

    private static final Comparator<SpanRow> TEXT_ORDER = Comparator.comparingInt(SpanRow::start)
            .thenComparingInt(SpanRow::end)
            .thenComparingLong(SpanRow::id);

    private final List<SpanRow> rows;
    private final Map<Long, String> types = new HashMap<>();
    private final Set<String> anonymousFrames = new HashSet<>();

    /** @param canonicalTypes a canonical source's id (as the attribute holds it) to the mention type of its kind */
    ArticleSourcing(List<SpanRow> rows, Map<String, String> canonicalTypes) {
        this.rows = rows;
        List<SpanRow> anonymous = new ArrayList<>();
        for (SpanRow r : rows) {
            if (r.sourceMention()) {
                String type = type(r, canonicalTypes);
                types.put(r.id(), type);
                if (Labels.isAnonymous(type)) {
                    anonymous.add(r);
                }
            }
        }
        for (SpanRow role : rows) {
            if (role.sourceRole() && anonymous.stream().anyMatch(role::overlaps)) {
                anonymousFrames.add(role.frameKey());
            }
        }
    }

    private static String type(SpanRow mention, Map<String, String> canonicalTypes) {
        if (!mention.label().equals(Labels.PRONOUN)) {
            return mention.label();
        }
        String canonical = mention.canonical() == null ? null : canonicalTypes.get(mention.canonical());
        for (String candidate : new @Nullable String[] {canonical, mention.beforeType(), mention.afterType()}) {
            if (candidate != null) {
                return candidate;
            }
        }
        return Labels.PRONOUN;
    }

    private boolean anonymousFrame(SpanRow r) {
        String key = r.frameKey();
        return key != null && anonymousFrames.contains(key);
    }

    /** The article's components, with how its figures fared on the board. */
    Components components(FigureVerdicts verdicts) {
        long cues = 0;
        long hedged = 0;
        long asserted = 0;
        long claims = 0;
        long attributed = 0;
        long figures = 0;
        long words = 0;
        long anonymousWords = 0;
        long[] byType = new long[8];
        long mentions = 0;
        long anonymous = 0;
        long reasons = 0;
        List<SpanRow> contents =
                rows.stream().filter(r -> r.is("ATTRIBUTION", Labels.CONTENT)).toList();
        for (SpanRow r : rows) {
            switch (r.layer()) {
                case "ATTRIBUTION" -> {
                    if (r.label().equals(Labels.CUE)) {
                        cues++;
                        hedged += "hedged".equals(r.certainty()) ? 1 : 0;
                        asserted += "asserted".equals(r.certainty()) ? 1 : 0;
                    } else if (r.label().equals(Labels.CONTENT)) {
                        words += r.words();
                        anonymousWords += anonymousFrame(r) ? r.words() : 0;
                    }
                }
                case "CLAIM" -> {
                    claims++;
                    attributed += contents.stream().anyMatch(r::overlaps) ? 1 : 0;
                }
                case "FIGURE" -> figures++;
                case "SOURCE" -> {
                    String type = types.getOrDefault(r.id(), Labels.PRONOUN);
                    mentions++;
                    byType[typeIndex(type)]++;
                    byType[7] += r.label().equals(Labels.PRONOUN) ? 1 : 0;
                    if (Labels.isAnonymous(type)) {
                        anonymous++;
                        reasons += "yes".equals(r.reason()) ? 1 : 0;
                    }
                }
                default -> {
                    // other layers are not part of the profile
                }
            }
        }
        SourceTypes sourceTypes =
                new SourceTypes(byType[0], byType[1], byType[2], byType[3], byType[4], byType[5], byType[6], byType[7]);
        return new Components(
                cues,
                hedged,
                asserted,
                claims,
                attributed,
                mentions,
                sourceTypes,
                anonymous,
                reasons,
                words,
                anonymousWords,
                figures,
                verdicts);
    }

    private static int typeIndex(String type) {
        return switch (type) {
            case Labels.NAMED_PERSON -> 0;
            case Labels.NAMED_ORGANISATION -> 1;
            case Labels.UNNAMED_INDIVIDUAL -> 2;
            case Labels.UNNAMED_GROUP -> 3;
            case Labels.DOCUMENT -> 4;
            case Labels.PRONOUN -> 5;
            default -> 6;
        };
    }

    /** The counted spans in text order, with what each counted as. */
    List<CountedSpan> spans() {
        return rows.stream()
                .sorted(TEXT_ORDER)
                .map(r -> new CountedSpan(
                        r.id(),
                        r.articleId(),
                        Layer.valueOf(r.layer()),
                        r.label(),
                        r.start(),
                        r.end(),
                        r.quote(),
                        types.get(r.id()),
                        r.sourceMention() && "yes".equals(r.reason()),
                        r.certainty(),
                        anonymousFrame(r)))
                .toList();
    }

    /**
     * Adds what the article gives each canonical source its mentions are linked to: the mentions, the attributed
     * contents and claims whose frame's source role such a mention overlaps, and the figures those frames report,
     * with how the board judged them.
     *
     * @param board the board's figures in this article
     */
    void addTo(Map<String, SourceTally> tallies, @Nullable Long storyId, List<BoardFigure> board) {
        Map<String, Set<String>> framesBySource = new HashMap<>();
        for (SpanRow mention : rows) {
            String cid = mention.sourceMention() ? mention.canonical() : null;
            if (cid == null) {
                continue;
            }
            SourceTally tally = tallies.computeIfAbsent(cid, k -> new SourceTally());
            tally.mentions++;
            tally.articles.add(mention.articleId());
            if (storyId != null) {
                tally.stories.add(storyId);
            }
            Set<String> frames = framesBySource.computeIfAbsent(cid, k -> new HashSet<>());
            rows.stream().filter(r -> r.sourceRole() && r.overlaps(mention)).forEach(r -> frames.add(r.frameKey()));
        }
        framesBySource.forEach((cid, frames) -> {
            SourceTally tally = tallies.computeIfAbsent(cid, k -> new SourceTally());
            Set<Long> claims = new HashSet<>();
            for (SpanRow content : rows) {
                if (content.is("ATTRIBUTION", Labels.CONTENT) && frames.contains(content.frameKey())) {
                    tally.attributions++;
                    rows.stream()
                            .filter(r -> r.layer().equals("CLAIM") && r.overlaps(content))
                            .forEach(r -> claims.add(r.id()));
                }
            }
            tally.claims += claims.size();
            for (SpanRow figure : rows) {
                if (!figure.layer().equals("FIGURE")
                        || figure.reportedBy() == null
                        || !frames.contains(figure.setId() + "/" + figure.reportedBy())) {
                    continue;
                }
                tally.figures++;
                Set<String> states = new HashSet<>();
                board.stream()
                        .filter(f -> f.start() < figure.end() && figure.start() < f.end())
                        .forEach(f -> states.add(f.state()));
                tally.agree += states.contains("CONSISTENT") ? 1 : 0;
                tally.conflict += states.contains("CONFLICT") || states.contains("ERROR_HERE") ? 1 : 0;
                tally.superseded += states.contains("SUPERSEDED") ? 1 : 0;
            }
        });
    }

    /** A figure on the reconciliation board, with what its slot's verdict says about it ({@link StoryMap#state}). */
    record BoardFigure(long articleId, int start, int end, String state) {}

    /** What a canonical source gathers across the articles. */
    static final class SourceTally {
        long mentions;
        final Set<Long> articles = new HashSet<>();
        final Set<Long> stories = new HashSet<>();
        long attributions;
        long claims;
        long figures;
        long agree;
        long conflict;
        long superseded;
    }
}
