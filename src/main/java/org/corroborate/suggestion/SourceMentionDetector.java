package org.corroborate.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Mentions of sources. Anonymous ones ("a senior U.S. official", "sources familiar with the matter",
 * "officials in Berlin and Paris") wherever they give information — as the source of an attribution, after
 * "according to", or right before a reporting verb — with their affiliation, descriptor, stated number of
 * people and whether a reason for anonymity is given. Named persons, organisations, documents and pronouns
 * only when an attribution names them as its source.
 */
public final class SourceMentionDetector implements Detector {

    public static final String NAME = "sources";

    private static final String COUNT_WORDS = "(?i:two|three|four|five|six|several|many|some|multiple|\\d{1,4})";
    /** After a count, as after an article, any word may describe the source: "several key European leaders". */
    private static final String COUNT = "(?<count>" + COUNT_WORDS + "\\s)?";
    private static final String DETERMINER = "(?:[Aa]|[Aa]n|[Aa]nother|[Tt]he|[Oo]ne)\\s";
    private static final String MODIFIER = "(?:senior|top|high-ranking|former|current|Western|European|U\\.S\\.|US|"
            + "American|Russian|Ukrainian|German|French|British|Italian|Polish|Kremlin|White House|government|"
            + "administration|military|defen[cs]e|intelligence|diplomatic|security|EU|NATO|Pentagon|congressional|"
            + "Israeli|Chinese|Iranian|local|regional|other|anonymous|unnamed|knowledgeable|well-placed)";
    private static final String HEAD = "(?<head>(?i:officials?|sources?|diplomats?|aides?|officers?|people|persons?|"
            + "insiders?|analysts?|spokes(?:man|woman|person)|advisers?|advisors?|lawmakers?|participants?|"
            + "negotiators?|staffers?|leaders))";
    /** What places an unnamed source: "familiar with the matter", "in Berlin and Paris", "from the delegation". */
    private static final String TAIL = "(?<tail>\\s(?:familiar with|close to|briefed on|with knowledge of|involved in)"
            + "\\s(?:the\\s)?[\\p{L}’'-]+(?:\\s(?:of|on|in)\\s(?:the\\s)?[\\p{L}’'-]+)?"
            + "|\\s(?:in|from)\\s(?:\\p{Lu}[\\p{L}.’'-]*(?:\\sand\\s|\\s)?){1,4}"
            + "|\\sfrom\\sthe\\s[\\p{L}’'-]+(?:\\s[\\p{Ll}’'-]+)?)?";
    /**
     * After an article any word may describe the source: "a union official", "a hospital spokesperson", "the
     * company's advisers". Words that end a noun phrase or start a clause may not.
     */
    private static final String FREE_MODIFIER = "(?:(?!(?:said|says|told|and|or|of|the|to|in|on|at|with|who|that|"
            + "which|was|were|is|are|has|have|had|for|by|from|but|not|as)\\b)[\\p{L}][\\p{L}.’'-]*\\s)";
    /** A descriptor followed by a name is a named source: "Kremlin spokesperson Dmitry Peskov". */
    private static final Pattern ANONYMOUS = Pattern.compile("\\b" + COUNT + "(?:(?:" + DETERMINER + "|(?<=" + COUNT_WORDS
            + "\\s))" + FREE_MODIFIER + "{0,3}?|(?<mods>(?:" + MODIFIER + "\\s)*))" + HEAD + "\\b(?!\\s\\p{Lu}\\p{Ll})"
            + TAIL);
    /** An anonymous mention begins with a number, a count, a determiner, a listed modifier or its head. */
    static final WordStartScan ANONYMOUS_SCAN = new WordStartScan(ANONYMOUS, Set.of("two", "three", "four", "five",
            "six", "several", "many", "some", "multiple", "a", "an", "another", "the", "one", "senior", "top", "high",
            "former", "current", "western", "european", "u", "us", "american", "russian", "ukrainian", "german",
            "french", "british", "italian", "polish", "kremlin", "white", "government", "administration",
            "military", "defence", "defense", "intelligence", "diplomatic", "security", "eu", "nato", "pentagon",
            "congressional", "israeli", "chinese", "iranian", "local", "regional", "other", "anonymous", "unnamed",
            "knowledgeable", "well", "official", "officials", "source", "sources", "diplomat", "diplomats", "aide",
            "aides", "officer", "officers", "people", "person", "persons", "insider", "insiders", "analyst",
            "analysts", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors",
            "lawmaker", "lawmakers", "participant", "participants", "negotiator", "negotiators", "staffer",
            "staffers", "leaders"), true, "");
    private static final Pattern GIVES_INFORMATION = Pattern.compile("^(?:\\s+\\w+){0,3}?\\s+(?:said|told|say|says|"
            + "confirmed|noted|added|reported|described|warned|suggested|speaking|who spoke|insisted|revealed|"
            + "claimed|believe|expect)\\b");
    private static final Pattern ACCORDING = Pattern.compile("(?:[Aa]ccording to|[Cc]iting)\\s$");
    private static final Pattern REASON = Pattern.compile("(?i)(?:speaking |who spoke |spoke )?on (?:the )?condition of "
            + "anonymity|speaking anonymously|(?:was|were|is|are|not being) not authori[sz]ed to [\\w\\s]{3,30}?"
            + "(?=[,.;]|$)|not authori[sz]ed to (?:speak|comment|discuss)[\\w\\s]{0,30}?(?=[,.;]|$)|asked not to be "
            + "(?:named|identified)|declined to be (?:named|identified)|requested anonymity|on background");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|we|i|it|you");
    private static final Pattern DOCUMENT = Pattern.compile("(?i).*\\b(?:reports?|statement|study|survey|poll|"
            + "document|filing|memo|letter|post|data|figures|analysis|documents|records)$");
    /** "the president", "the Foreign Minister": one identifiable person, named by the office. */
    private static final Pattern PERSON_BY_ROLE = Pattern.compile("(?i)(?:the|a|its|their)\\s.*(?:president|leader|"
            + "chancellor|minister|secretary|spokesperson|spokesman|spokeswoman|envoy|governor|mayor|ambassador|"
            + "chief|director|chairman|chairwoman|chair|commissioner|general|premier|king|queen|pope)");
    private static final Pattern ORGANISATION = Pattern.compile(".*\\b(?:Ministry|Kremlin|Commission|Department|"
            + "Government|government|Fund|Court|Council|Parliament|Congress|Senate|Agency|Office|House|NATO|UN|EU|"
            + "Union|Bank|Institute|University|Company|Inc|Corp|Group|team|administration|delegation|ministry|"
            + "Organi[sz]ation|Association|Party|Police|police|Service|Authority|Committee|Board|Foundation|"
            + "Federation|Corporation|Ltd|LLC|Agency|Army|Navy|Forces|Command|Court|Tribunal|Reuters|Press|"
            + "Times|Post|Journal|News|Network|Airlines?|Motors|Bureau|Centre|Center|Coalition|Alliance|"
            + "company|firm|agency|court|committee|campaign|party|government|ministry|police|army)$"
            // "the World Health Organization", "the Pentagon": persons are not named with an article
            + "|(?:[Tt]he|[Ii]ts|[Tt]heir)\\s(?:\\p{Lu}[\\p{L}’'.-]*\\s?)+");

    private final AttributionDetector attributions;

    public SourceMentionDetector() {
        this(new AttributionDetector());
    }

    /** Shares the attribution detector, so that a named source is found where its attribution is. */
    public SourceMentionDetector(AttributionDetector attributions) {
        this.attributions = attributions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> detect(ArticleAnalysis article) {
        String text = article.text();
        List<TextSpan> attributedSources = attributions.detect(article).stream()
                .filter(s -> s.label().equals(Labels.SOURCE))
                .map(s -> new TextSpan(s.start(), s.end())).toList();
        List<Suggestion> found = new ArrayList<>();
        for (MatchResult m : ANONYMOUS_SCAN.matches(text)) {
            int start = m.start();
            int end = m.end();
            boolean peopleWithoutTail = m.group("head").matches("(?i)people|persons?") && m.group("tail") == null;
            if (peopleWithoutTail || !givesInformation(text, start, end, attributedSources)) {
                continue;
            }
            found.add(anonymous(article, m, trimmedEnd(text, start, end)));
        }
        for (TextSpan source : attributedSources) {
            boolean covered = found.stream().anyMatch(f -> f.start() < source.end() && source.start() < f.end());
            if (!covered) {
                named(text, source).ifPresent(found::add);
            }
        }
        return found;
    }

    private static boolean givesInformation(String text, int start, int end, List<TextSpan> attributedSources) {
        for (TextSpan s : attributedSources) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        String before = text.substring(Math.max(0, start - 14), start);
        return GIVES_INFORMATION.matcher(after).find() || ACCORDING.matcher(before).find();
    }

    private static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static Suggestion anonymous(ArticleAnalysis article, MatchResult m, int end) {
        String text = article.text();
        String head = m.group("head").toLowerCase(Locale.ROOT);
        boolean plural = m.group("count") != null || (head.endsWith("s") && !head.equals("analysis"))
                || head.equals("people");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Attributes.AFFILIATION, affiliation(m.group(0)));
        attributes.put(Attributes.DESCRIPTOR, text.substring(m.start(), end));
        Optional<int[]> reason = reason(article, m.start(), end);
        attributes.put(Attributes.ANONYMITY_REASON, reason.isPresent() ? "yes" : "no");
        reason.ifPresent(r -> {
            attributes.put(Attributes.REASON_START, Integer.toString(r[0]));
            attributes.put(Attributes.REASON_END, Integer.toString(r[1]));
        });
        people(m.group("count"), plural).ifPresent(n -> attributes.put(Attributes.PEOPLE, n));
        return new Suggestion(NAME, Layer.SOURCE, plural ? Labels.UNNAMED_GROUP : Labels.UNNAMED_INDIVIDUAL,
                m.start(), end, attributes, null);
    }

    /** The affiliation the descriptor states; "other" when it states none. */
    static String affiliation(String descriptor) {
        String d = descriptor.toLowerCase(Locale.ROOT);
        if (d.matches("(?s).*\\b(?:military|defen[cs]e|pentagon|officers?|army|commanders?)\\b.*")) {
            return "military";
        }
        if (d.matches("(?s).*\\b(?:diplomats?|diplomatic|embassy|delegation|envoys?|negotiators?)\\b.*")) {
            return "diplomatic";
        }
        if (d.matches("(?s).*\\b(?:officials?|government|administration|kremlin|white house|ministry|aides?|leaders|"
                + "spokes(?:man|woman|person))\\b.*")) {
            return "government";
        }
        if (d.matches("(?s).*\\b(?:lawmakers?|congressional|party)\\b.*")) {
            return "political";
        }
        if (d.matches("(?s).*\\b(?:analysts?|experts?|researchers?)\\b.*")) {
            return "academic";
        }
        return "other";
    }

    private static Optional<String> people(String count, boolean plural) {
        if (count == null) {
            return plural ? Optional.empty() : Optional.of("1");
        }
        String c = count.strip().toLowerCase(Locale.ROOT);
        if (c.matches("\\d+")) {
            return Optional.of(c);
        }
        int i = List.of("two", "three", "four", "five", "six").indexOf(c);
        return i >= 0 ? Optional.of(Integer.toString(i + 2)) : Optional.empty();
    }

    /** A reason for anonymity in the mention's sentence, or in the next sentence when it speaks of the same. */
    private static Optional<int[]> reason(ArticleAnalysis article, int start, int end) {
        String text = article.text();
        int from = start;
        int to = Math.min(text.length(), end + 160);
        Optional<TextSpan> sentence = article.sentenceAt(start);
        if (sentence.isPresent()) {
            from = sentence.get().start();
            to = sentence.get().end();
        }
        Matcher r = REASON.matcher(text).region(from, to);
        return r.find() ? Optional.of(new int[] {r.start(), r.end()}) : Optional.empty();
    }

    private static Optional<Suggestion> named(String text, TextSpan source) {
        String s = source.of(text);
        String label;
        if (PRONOUN.matcher(s).matches()) {
            label = Labels.PRONOUN;
        } else if (DOCUMENT.matcher(s).matches()) {
            label = Labels.DOCUMENT;
        } else if (PERSON_BY_ROLE.matcher(s).matches()) {
            label = Labels.NAMED_PERSON;
        } else if (ORGANISATION.matcher(s).matches()) {
            label = Labels.NAMED_ORGANISATION;
        } else if (s.matches("(?s).*\\p{Lu}.*")) {
            label = Labels.NAMED_PERSON;
        } else {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Attributes.DESCRIPTOR, s);
        return Optional.of(new Suggestion(NAME, Layer.SOURCE, label, source.start(), source.end(), attributes, null));
    }
}
