package org.corroborate.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the web noise in a scraped article: a body repeated in full, share widgets, ads, related-links
 * headers, copy-protection notices, comment headers, meta descriptions, forum quote headers and blank
 * tails. Only whole lines are set aside and nothing is deleted: the caller keeps the raw text and the
 * segments, so a wrong call can be restored. Rules are deliberately conservative — a false removal loses
 * story text, a missed ad only costs a glance.
 */
public final class BoilerplateCleaner {

    /** A repeated stretch counts as a repeated body from this many lines and characters on. */
    static final int REPEAT_MIN_LINES = 3;

    static final int REPEAT_MIN_CHARS = 200;
    /** Promotional lines are short; a long line with the same words is story text. */
    private static final int PROMO_MAX_WORDS = 30;

    private static final Map<NoiseKind, List<Pattern>> LINE_RULES = new EnumMap<>(NoiseKind.class);

    static {
        LINE_RULES.put(
                NoiseKind.CONTENT_PROTECTED,
                patterns("error\\s*:\\s*content is protected\\s*!*", "content is protected\\s*!*"));
        LINE_RULES.put(
                NoiseKind.RELATED_THREADS,
                patterns(
                        "(related|recent|popular|similar|latest|more|trending)\\s+(threads?|posts?|articles?|stories|news|topics?|reads?)\\s*:?",
                        "(read also|also read|read more|see also|you may also like|you might also like|recommended( for you)?|more from \\S+( \\S+)?)\\s*:?"));
        LINE_RULES.put(
                NoiseKind.SHARE_WIDGET,
                patterns(
                        "share( this( article| story| post)?)?( on)?\\s*:?",
                        "-?\\s*click to (share|email|print|tweet)\\b.{0,120}",
                        "(share|tweet|post) (on|via|to) (facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit)\\b.{0,60}",
                        "((facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit|pinterest|print|copy link)[\\s,|·•]*){2,}"));
        LINE_RULES.put(
                NoiseKind.ADVERTISEMENT,
                patterns(
                        "(advertisement|advertisements|sponsored|sponsored content|ad|ads|paid content|promoted)\\s*:?",
                        "(register|subscribe|sign up|signup|enroll|enrol) (for|to|now|today|here)\\b.*",
                        "join (us|our|now|today|\\p{Lu}\\S*( \\p{Lu}\\S*)* (capital|syndicate|club|community|academy|network|membership|newsletter))\\b.*",
                        ".*\\b(opens registrations?|registrations? (is |are )?(now )?open|promo code|newsletter sign-?up)\\b.*"));
        LINE_RULES.put(
                NoiseKind.COMMENT_HEADER,
                patterns(
                        "(\\d+|one|two|three|four|five|no)\\s+(thoughts?|comments?|responses?|replies)(\\s+(on|to)\\b.*)?",
                        "(leave a (reply|comment)|post a comment|comments?|join the (discussion|conversation))\\s*:?"));
        LINE_RULES.put(
                NoiseKind.FORUM_QUOTE_HEADER,
                patterns(
                        "quote from .{1,80}? on .{0,40}\\d{4}.{0,20}",
                        "quote from .{1,80}? on .{0,40}\\d{1,2}:\\d{2}\\s*(am|pm)?"));
    }

    private static final Pattern META_HEADER =
            Pattern.compile("(?i)meta (description|title|keywords)\\s*:\\s*(\\S.*)?");

    /** Detects and applies in one go. */
    public Result clean(String raw) {
        List<RemovedSegment> segments = detect(raw);
        return new Result(segments, CleanedText.assemble(raw, segments));
    }

    /** The segments to set aside, sorted and non-overlapping. */
    public List<RemovedSegment> detect(String raw) {
        List<Line> lines = Line.split(raw);
        @Nullable NoiseKind[] kinds = new NoiseKind[lines.size()];
        classifyLines(lines, kinds);
        markRepeatedBody(lines, kinds);
        markBlankTail(lines, kinds);
        return toSegments(lines, kinds);
    }

    private static void classifyLines(List<Line> lines, @Nullable NoiseKind[] kinds) {
        int firstContent = firstContentLine(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == firstContent || line.isBlank()) {
                continue; // the headline stays, whatever it looks like
            }
            if (META_HEADER.matcher(line.trimmed()).matches()) {
                kinds[i] = NoiseKind.META_DESCRIPTION;
                boolean sameLine = line.trimmed().indexOf(':') < line.trimmed().length() - 1;
                if (!sameLine && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                    kinds[++i] = NoiseKind.META_DESCRIPTION; // the description is the next paragraph
                }
                continue;
            }
            kinds[i] = lineRule(line.trimmed());
        }
    }

    private static @Nullable NoiseKind lineRule(String trimmed) {
        for (Map.Entry<NoiseKind, List<Pattern>> rule : LINE_RULES.entrySet()) {
            for (Pattern pattern : rule.getValue()) {
                if (pattern.matcher(trimmed).matches() && plausible(rule.getKey(), trimmed)) {
                    return rule.getKey();
                }
            }
        }
        return null;
    }

    /** Promotional wording inside a long line, or inside a quotation, is story text. */
    private static boolean plausible(NoiseKind kind, String trimmed) {
        if (kind != NoiseKind.ADVERTISEMENT) {
            return true;
        }
        boolean quoted = trimmed.indexOf('“') >= 0 || trimmed.indexOf('"') >= 0;
        return !quoted && trimmed.split("\\s+").length <= PROMO_MAX_WORDS;
    }

    /**
     * Sets aside a later copy of a run of content lines that already appeared earlier (scraped pages often
     * repeat the whole body). Lines already classified as noise are skipped when comparing, so ads inside
     * the copy do not hide it; the copy is set aside as one segment, with the noise inside it.
     */
    private static void markRepeatedBody(List<Line> lines, @Nullable NoiseKind[] kinds) {
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == null && !lines.get(i).isBlank()) {
                content.add(i);
            }
        }
        List<String> keys = content.stream().map(i -> lines.get(i).key()).toList();
        boolean[] repeated = new boolean[content.size()];
        int j = 1;
        while (j < keys.size()) {
            int bestLength = 0;
            for (int i = 0; i < j; i++) {
                int length = 0;
                while (j + length < keys.size()
                        && i + length < j
                        && !repeated[j + length]
                        && keys.get(i + length).equals(keys.get(j + length))) {
                    length++;
                }
                bestLength = Math.max(bestLength, length);
            }
            if (bestLength >= REPEAT_MIN_LINES && chars(keys, j, bestLength) >= REPEAT_MIN_CHARS) {
                for (int k = j; k < j + bestLength; k++) {
                    repeated[k] = true;
                }
                int first = content.get(j);
                int last = content.get(j + bestLength - 1);
                for (int line = first; line <= last; line++) {
                    kinds[line] = NoiseKind.REPEATED_BODY;
                }
                j += bestLength;
            } else {
                j++;
            }
        }
    }

    private static int chars(List<String> keys, int from, int count) {
        int sum = 0;
        for (int k = from; k < from + count; k++) {
            sum += keys.get(k).length();
        }
        return sum;
    }

    private static void markBlankTail(List<Line> lines, @Nullable NoiseKind[] kinds) {
        for (int i = lines.size() - 1; i >= 0 && lines.get(i).isBlank(); i--) {
            kinds[i] = NoiseKind.BLANK_TAIL;
        }
    }

    /**
     * Joins neighbouring lines of one kind into one segment. Blank lines between two segments of the same
     * kind join them too, so a widget block is one segment, not six.
     */
    private static List<RemovedSegment> toSegments(List<Line> lines, @Nullable NoiseKind[] kinds) {
        List<RemovedSegment> segments = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            @Nullable NoiseKind kind = kinds[i];
            if (kind == null) {
                i++;
                continue;
            }
            int last = i;
            int next = i + 1;
            while (next < lines.size()) {
                if (kinds[next] == kind) {
                    last = next;
                    next++;
                } else if (kinds[next] == null && lines.get(next).isBlank()) {
                    next++;
                } else {
                    break;
                }
            }
            segments.add(
                    new RemovedSegment(lines.get(i).start(), lines.get(last).end(), kind));
            i = last + 1;
        }
        segments.sort(Comparator.comparingInt(RemovedSegment::start));
        return segments;
    }

    private static int firstContentLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Pattern> patterns(String... regexes) {
        List<Pattern> list = new ArrayList<>();
        for (String regex : regexes) {
            list.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return list;
    }

    /** The segments found and the text without them. */
    public record Result(List<RemovedSegment> segments, CleanedText cleanedText) {}

    /** One line of the raw text: {@code [start, end)} includes its terminator (\n, \r\n or \r). */
    private record Line(int start, int end, String trimmed) {

        static List<Line> split(String raw) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (c == '\n' || c == '\r') {
                    int contentEnd = i;
                    i += (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') ? 2 : 1;
                    lines.add(
                            new Line(start, i, raw.substring(start, contentEnd).strip()));
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < raw.length()) {
                lines.add(new Line(start, raw.length(), raw.substring(start).strip()));
            }
            return lines;
        }

        boolean isBlank() {
            return trimmed.isEmpty();
        }

        /** What two copies of a line share: case and spacing do not matter. */
        String key() {
            return trimmed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }
}
