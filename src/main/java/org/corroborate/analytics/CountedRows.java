package org.corroborate.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.scheme.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Works out, in plain Java, what the counted-annotations statement used to ask the database per row: which spans the
 * majority of an article's finished sets share, the attributes the figures read, and for each pronoun the type of its
 * nearest possible antecedent before and after it in its set. The rows come from one plain read
 * ({@link AnalyticsSql#spans}), the attributes from another ({@link AnalyticsSql#attributes}): no statement runs per
 * row, and no statement groups a million rows only to join them back.
 */
final class CountedRows {

    /** A span as read: counted (decided, or for suggestions suggested) or only a possible antecedent of a pronoun. */
    static final class Raw {
        final long id;
        final long setId;
        final long articleId;
        final String layer;
        final String label;
        final int start;
        final int end;
        final @Nullable String frameId;
        final String quote;
        final long words;
        /** a pronoun that refers to a person ("he", "she" and their forms): its antecedent is a person's mention */
        final boolean personal;
        /** whether the span counts (under the counts chosen, before the majority); else only an antecedent */
        final boolean counted;
        /** a source mention not rejected: what a pronoun of its set may refer to */
        final boolean antecedent;

        Raw(
                long id,
                long setId,
                long articleId,
                String layer,
                String label,
                int start,
                int end,
                @Nullable String frameId,
                String quote,
                long words,
                boolean personal,
                boolean counted,
                boolean antecedent) {
            this.id = id;
            this.setId = setId;
            this.articleId = articleId;
            this.layer = layer;
            this.label = label;
            this.start = start;
            this.end = end;
            this.frameId = frameId;
            this.quote = quote;
            this.words = words;
            this.personal = personal;
            this.counted = counted;
            this.antecedent = antecedent;
        }

        boolean pronoun() {
            return layer.equals("SOURCE") && label.equals(Labels.PRONOUN);
        }
    }

    /**
     * A row of {@link AnalyticsSql#spans} as a {@link Raw}, or null when it neither counts nor can be a pronoun's
     * antecedent. A span counts when decided (no review, or accepted) and not orphaned; for the suggestions, when a
     * detector suggested it and it is not orphaned. A source mention not rejected can be an antecedent.
     *
     * @param setArticles each counting set's article
     * @param quotes whether to keep every quote (else only what the words and pronouns need is read, and dropped)
     */
    static @Nullable Raw read(ResultSet rs, SetArticles setArticles, boolean suggestions, boolean quotes)
            throws SQLException {
        String layer = rs.getString(3);
        String label = rs.getString(4);
        String review = rs.getString(9);
        boolean orphaned = "ORPHANED".equals(rs.getString(10));
        boolean counted = suggestions
                ? rs.getString(11) != null && !orphaned
                : (review == null || review.equals("ACCEPTED")) && !orphaned;
        boolean source = layer.equals("SOURCE");
        boolean antecedent = source && !"REJECTED".equals(review);
        if (!counted && !antecedent) {
            return null;
        }
        long setId = rs.getLong(2);
        String quote = rs.getString(8);
        long words = layer.equals("ATTRIBUTION") && label.equals(Labels.CONTENT) ? words(quote) : 0;
        boolean personal = source && label.equals(Labels.PRONOUN) && PERSONAL.contains(quote.toLowerCase(Locale.ROOT));
        return new Raw(
                rs.getLong(1),
                setId,
                setArticles.article(setId),
                layer,
                label,
                rs.getInt(5),
                rs.getInt(6),
                rs.getString(7),
                quotes ? quote : "",
                words,
                personal,
                counted,
                antecedent);
    }

    /** Each counting set's article; a set's rows come one after another, so the last answer is kept. */
    static final class SetArticles {
        private final Map<Long, Long> articles = new HashMap<>();
        private long lastSet = -1;
        private long lastArticle = -1;

        void put(long setId, long articleId) {
            articles.put(setId, articleId);
        }

        int size() {
            return articles.size();
        }

        long article(long setId) {
            if (setId != lastSet) {
                lastArticle = Objects.requireNonNull(articles.get(setId), "a counting set");
                lastSet = setId;
            }
            return lastArticle;
        }
    }

    /** "he", "she" and their forms refer to a person: their antecedent is a person's mention, named or not. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

    /** Words as the figures count them: the spaces between the first and last non-space character, plus one. */
    static long words(String quote) {
        int from = 0;
        int to = quote.length();
        while (from < to && quote.charAt(from) == ' ') {
            from++;
        }
        while (to > from && quote.charAt(to - 1) == ' ') {
            to--;
        }
        long spaces = 0;
        for (int i = from; i < to; i++) {
            spaces += quote.charAt(i) == ' ' ? 1 : 0;
        }
        return spaces + 1;
    }

    /** The attributes the figures read, of one annotation. */
    static final class Attributes {
        @Nullable
        String certainty;

        @Nullable
        String reason;

        @Nullable
        String canonical;

        @Nullable
        String reportedBy;

        Attributes with(Attributes o) {
            certainty = o.certainty != null ? o.certainty : certainty;
            reason = o.reason != null ? o.reason : reason;
            canonical = o.canonical != null ? o.canonical : canonical;
            reportedBy = o.reportedBy != null ? o.reportedBy : reportedBy;
            return this;
        }

        void put(String name, String value) {
            switch (name) {
                case "certainty" -> certainty = value;
                case "anonymityReason" -> reason = value;
                case "canonicalSource" -> canonical = value;
                case "reportedBy" -> reportedBy = value;
                default -> {
                    // not read by the figures
                }
            }
        }
    }

    /**
     * The attributes read, by annotation id: kept in id order when they come in it (a range read), else in a map.
     */
    static final class AttributeTable {
        private long[] ids = new long[256];
        private Attributes[] values = new Attributes[256];
        private int size;
        private boolean ordered = true;
        private @Nullable Map<Long, Attributes> byId;

        void add(long id, String name, String value) {
            if (size > 0 && ids[size - 1] == id) {
                values[size - 1].put(name, value);
                return;
            }
            if (size > 0 && ids[size - 1] > id) {
                ordered = false;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            Attributes a = new Attributes();
            a.put(name, value);
            ids[size] = id;
            values[size++] = a;
        }

        @Nullable
        Attributes get(long id) {
            if (ordered) {
                int i = Arrays.binarySearch(ids, 0, size, id);
                return i >= 0 ? values[i] : null;
            }
            if (byId == null) {
                Map<Long, Attributes> map = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    Attributes a = values[i];
                    map.merge(ids[i], a, (x, y) -> x.with(y));
                }
                byId = map;
            }
            return byId.get(id);
        }
    }

    private static final Comparator<Raw> BY_START =
            Comparator.comparingInt((Raw r) -> r.start).thenComparingLong(r -> r.id);

    private CountedRows() {}

    /**
     * The spans that count in one article, as {@link SpanRow}s.
     *
     * @param rows the article's rows as read (counted ones and possible antecedents, of every counting set)
     * @param finishedSets for the majority, how many finished sets the article has; otherwise ignored
     * @param majority whether a span counts only when more than half of the finished sets have it
     */
    static List<SpanRow> article(List<Raw> rows, int finishedSets, boolean majority, AttributeTable attributes) {
        List<Raw> counted = majority
                ? majority(rows, finishedSets)
                : rows.stream().filter(r -> r.counted).toList();
        Map<Long, List<Raw>> antecedentsBySet = null;
        List<SpanRow> spans = new ArrayList<>(counted.size());
        for (Raw r : counted) {
            String before = null;
            String after = null;
            if (r.pronoun()) {
                if (antecedentsBySet == null) {
                    antecedentsBySet = antecedentsBySet(rows);
                }
                List<Raw> candidates = antecedentsBySet.getOrDefault(r.setId, List.of());
                before = nearest(candidates, r, true);
                after = nearest(candidates, r, false);
            }
            Attributes a = attributes.get(r.id);
            boolean attribution = r.layer.equals("ATTRIBUTION");
            boolean source = r.layer.equals("SOURCE");
            boolean figure = r.layer.equals("FIGURE");
            spans.add(new SpanRow(
                    r.id,
                    r.setId,
                    r.articleId,
                    r.layer,
                    r.label,
                    r.start,
                    r.end,
                    r.frameId,
                    r.quote,
                    r.words,
                    a != null && attribution ? a.certainty : null,
                    a != null && source ? a.reason : null,
                    a != null && source ? a.canonical : null,
                    a != null && figure ? a.reportedBy : null,
                    before,
                    after));
        }
        return spans;
    }

    /**
     * The spans more than half of the article's finished sets have (same layer, label and offsets); the span of the
     * lowest agreeing set stands for all, so frames stay within one set.
     */
    static List<Raw> majority(List<Raw> rows, int finishedSets) {
        Map<SpanKey, Agreement> agreements = new HashMap<>();
        for (Raw r : rows) {
            if (r.counted) {
                agreements
                        .computeIfAbsent(new SpanKey(r.layer, r.label, r.start, r.end), k -> new Agreement())
                        .add(r);
            }
        }
        List<Raw> kept = new ArrayList<>();
        for (Raw r : rows) {
            Agreement a = r.counted ? agreements.get(new SpanKey(r.layer, r.label, r.start, r.end)) : null;
            if (a != null && a.sets.size() * 2 > finishedSets && a.lowest == r.setId) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** The sets that have one span (by layer, label and offsets), and the lowest of them. */
    private static final class Agreement {
        long lowest = Long.MAX_VALUE;
        final List<Long> sets = new ArrayList<>(2);

        void add(Raw r) {
            if (!sets.contains(r.setId)) {
                sets.add(r.setId);
            }
            lowest = Math.min(lowest, r.setId);
        }
    }

    private record SpanKey(String layer, String label, int start, int end) {}

    /** Each set's possible antecedents (source mentions that are no pronoun and not rejected), in text order. */
    private static Map<Long, List<Raw>> antecedentsBySet(List<Raw> rows) {
        Map<Long, List<Raw>> bySet = new HashMap<>();
        for (Raw r : rows) {
            if (r.antecedent && !r.label.equals(Labels.PRONOUN)) {
                bySet.computeIfAbsent(r.setId, k -> new ArrayList<>()).add(r);
            }
        }
        bySet.values().forEach(list -> list.sort(BY_START));
        return bySet;
    }

    /**
     * The type of the nearest possible antecedent before (or after) the pronoun: a personal pronoun's only among
     * persons' mentions; of several at the same offset, the one read first.
     */
    private static @Nullable String nearest(List<Raw> candidates, Raw pronoun, boolean before) {
        Raw best = null;
        for (Raw c : candidates) {
            boolean fits = !pronoun.personal
                    || c.label.equals(Labels.NAMED_PERSON)
                    || c.label.equals(Labels.UNNAMED_INDIVIDUAL);
            if (!fits) {
                continue;
            }
            if (before && c.start < pronoun.start && (best == null || c.start > best.start)) {
                best = c;
            } else if (!before && c.start > pronoun.start && (best == null || c.start < best.start)) {
                best = c;
            }
        }
        return best == null ? null : best.label;
    }
}
