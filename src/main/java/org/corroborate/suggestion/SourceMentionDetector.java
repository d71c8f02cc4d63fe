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
    private static final Pattern ANONYMOUS = Pattern.compile("\\b" + COUNT + "(?:(?:" + DETERMINER + "|(?<="
            + COUNT_WORDS
            + "\\s))" + FREE_MODIFIER + "{0,3}?|(?<mods>(?:" + MODIFIER + "\\s)*))" + HEAD + "\\b(?!\\s\\p{Lu}\\p{Ll})"
            + TAIL);
    /** An anonymous mention begins with a number, a count, a determiner, a listed modifier or its head. */
    static final WordStartScan ANONYMOUS_SCAN = new WordStartScan(
            ANONYMOUS,
            Set.of(
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "several",
                    "many",
                    "some",
                    "multiple",
                    "a",
                    "an",
                    "another",
                    "the",
                    "one",
                    "senior",
                    "top",
                    "high",
                    "former",
                    "current",
                    "western",
                    "european",
                    "u",
                    "us",
                    "american",
                    "russian",
                    "ukrainian",
                    "german",
                    "french",
                    "british",
                    "italian",
                    "polish",
                    "kremlin",
                    "white",
                    "government",
                    "administration",
                    "military",
                    "defence",
                    "defense",
                    "intelligence",
                    "diplomatic",
                    "security",
                    "eu",
                    "nato",
                    "pentagon",
                    "congressional",
                    "israeli",
                    "chinese",
                    "iranian",
                    "local",
                    "regional",
                    "other",
                    "anonymous",
                    "unnamed",
                    "knowledgeable",
                    "well",
                    "official",
                    "officials",
                    "source",
                    "sources",
                    "diplomat",
                    "diplomats",
                    "aide",
                    "aides",
                    "officer",
                    "officers",
                    "people",
                    "person",
                    "persons",
                    "insider",
                    "insiders",
                    "analyst",
                    "analysts",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "adviser",
                    "advisers",
                    "advisor",
                    "advisors",
                    "lawmaker",
                    "lawmakers",
                    "participant",
                    "participants",
                    "negotiator",
                    "negotiators",
                    "staffer",
                    "staffers",
                    "leaders"),
            true,
            "");

    private static final Pattern GIVES_INFORMATION = Pattern.compile("^(?:\\s+\\w+){0,3}?\\s+(?:said|told|say|says|"
            + "confirmed|noted|added|reported|described|warned|suggested|speaking|who spoke|insisted|revealed|"
            + "claimed|believe|expect)\\b");
    private static final Pattern ACCORDING = Pattern.compile("(?:[Aa]ccording to|[Cc]iting)\\s$");
    private static final Pattern REASON =
            Pattern.compile("(?i)(?:speaking |who spoke |spoke )?on (?:the )?condition of "
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
                .map(s -> new TextSpan(s.start(), s.end()))
                .sorted(java.util.Comparator.comparingInt(TextSpan::start))
                .toList();
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
        List<Suggestion> typed = new ArrayList<>(found);
        for (TextSpan source : attributedSources) {
            boolean covered = found.stream().anyMatch(f -> f.start() < source.end() && source.start() < f.end());
            if (!covered) {
                named(text, source, typed).ifPresent(m -> {
                    found.add(m);
                    typed.add(m);
                });
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
        return GIVES_INFORMATION.matcher(after).find()
                || ACCORDING.matcher(before).find();
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
        boolean plural =
                m.group("count") != null || (head.endsWith("s") && !head.equals("analysis")) || head.equals("people");
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
        return new Suggestion(
                NAME,
                Layer.SOURCE,
                plural ? Labels.UNNAMED_GROUP : Labels.UNNAMED_INDIVIDUAL,
                m.start(),
                end,
                attributes,
                null);
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

    /** Plural nouns for people, and party or group labels, that make a group nobody names. */
    private static final Set<String> GROUP_HEADS = Set.of(
            "officials",
            "voters",
            "supporters",
            "critics",
            "economists",
            "advocates",
            "democrats",
            "republicans",
            "gopers",
            "americans",
            "hispanics",
            "leaders",
            "families",
            "investors",
            "residents",
            "conservatives",
            "liberals",
            "progressives",
            "strategists",
            "demonstrators",
            "protesters",
            "opponents",
            "sources",
            "aides",
            "people",
            "candidates",
            "makers",
            "partisans",
            "groups",
            "campaigns",
            "hawks",
            "doves",
            "independents",
            "establishment",
            "panel",
            "electorate",
            "others",
            "experts",
            "analysts",
            "observers",
            "activists",
            "insiders",
            "lawmakers",
            "legislators",
            "senators",
            "members",
            "delegates",
            "superdelegates",
            "donors",
            "allies",
            "friends",
            "staffers",
            "advisers",
            "advisors",
            "diplomats",
            "commentators",
            "pundits",
            "scholars",
            "researchers",
            "scientists",
            "lawyers",
            "attorneys",
            "prosecutors",
            "investigators",
            "officers",
            "agents",
            "workers",
            "employees",
            "executives",
            "lobbyists",
            "operatives",
            "consultants",
            "pollsters",
            "historians",
            "citizens",
            "immigrants",
            "refugees",
            "students",
            "parents",
            "veterans",
            "women",
            "men",
            "evangelicals",
            "christians",
            "muslims",
            "catholics",
            "moderates",
            "berners",
            "fans",
            "backers",
            "detractors",
            "skeptics",
            "proponents",
            "organizers",
            "organisers",
            "volunteers",
            "teachers",
            "doctors",
            "neighbors",
            "neighbours",
            "participants",
            "attendees",
            "viewers",
            "readers",
            "journalists",
            "reporters",
            "media",
            "crowd",
            "public",
            "whites",
            "blacks",
            "latinos",
            "millennials",
            "rivals",
            "many",
            "some",
            "most",
            "several",
            "few",
            "all",
            "both");
    /** Nouns for one person, who is unnamed when only a determiner and descriptions come before. */
    private static final Set<String> PERSON_HEADS = Set.of(
            "official",
            "strategist",
            "caller",
            "narrator",
            "friend",
            "aide",
            "source",
            "adviser",
            "advisor",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "staffer",
            "insider",
            "diplomat",
            "lawmaker",
            "lawyer",
            "attorney",
            "officer",
            "agent",
            "executive",
            "lobbyist",
            "operative",
            "consultant",
            "analyst",
            "expert",
            "observer",
            "activist",
            "supporter",
            "critic",
            "voter",
            "resident",
            "donor",
            "witness",
            "employee",
            "worker",
            "member",
            "person",
            "man",
            "woman",
            "veteran",
            "student");

    private static final Set<String> DOCUMENT_HEADS = Set.of(
            "report",
            "reports",
            "poll",
            "polls",
            "polling",
            "survey",
            "surveys",
            "study",
            "studies",
            "analysis",
            "statement",
            "statements",
            "data",
            "article",
            "complaint",
            "paper",
            "index",
            "video",
            "videos",
            "transcript",
            "findings",
            "legislation",
            "bill",
            "proposal",
            "measure",
            "measures",
            "platform",
            "platforms",
            "slogan",
            "records",
            "release",
            "argument",
            "ad",
            "ads",
            "letter",
            "tweet",
            "tweets",
            "memo",
            "filing",
            "ruling",
            "investigation",
            "book",
            "law",
            "earnings",
            "document",
            "documents",
            "figures",
            "estimates",
            "numbers",
            "results",
            "research",
            "website",
            "post",
            "email",
            "emails",
            "review",
            "audit",
            "files",
            "plan",
            "order",
            "decision",
            "policy",
            "message",
            "story",
            "editorial",
            "column",
            "op-ed",
            "interview",
            "speech",
            "commercial",
            "footage",
            "evidence");
    private static final Set<String> HEAD_ENDS = Set.of(
            "by",
            "from",
            "of",
            "in",
            "on",
            "at",
            "for",
            "released",
            "published",
            "who",
            "which",
            "that",
            "including",
            "such",
            "led",
            "with",
            "to",
            "over",
            "under",
            "as");
    private static final Set<String> QUANTIFIERS = Set.of(
            "number",
            "majority",
            "minority",
            "some",
            "most",
            "many",
            "all",
            "both",
            "few",
            "several",
            "hundreds",
            "thousands",
            "dozens",
            "millions",
            "none",
            "each",
            "one",
            "two",
            "three",
            "four",
            "five",
            "half",
            "third",
            "quarter",
            "much",
            "plurality",
            "share",
            "others");
    private static final Set<String> PARTY_LABELS = Set.of(
            "democrats",
            "republicans",
            "gopers",
            "americans",
            "hispanics",
            "conservatives",
            "liberals",
            "independents",
            "berners",
            "evangelicals",
            "latinos",
            "progressives");

    /**
     * The type of a source an attribution names: pronouns and coreferring descriptions take their antecedent's
     * anonymity (the source mentions typed before them in the text), groups and people nobody names are unnamed,
     * documents and polls (also their respondents' shares) are documents, capitalised names are persons or
     * organisations. The author's "I" or "we" and a generic "you" are not suggested.
     */
    private static Optional<Suggestion> named(String text, TextSpan source, List<Suggestion> before) {
        String s = source.of(text);
        Optional<String> type = type(text, source, before);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Attributes.DESCRIPTOR, s);
        return Optional.of(
                new Suggestion(NAME, Layer.SOURCE, type.get(), source.start(), source.end(), attributes, null));
    }

    static Optional<String> type(String text, TextSpan source, List<Suggestion> before) {
        String s = source.of(text).strip();
        String[] words = s.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length == 1) {
            switch (first) {
                case "i", "we", "us", "me", "my", "our", "you", "your", "one" -> {
                    return Optional.empty();
                }
                case "he", "she", "him", "her", "his", "hers" -> {
                    return Optional.of(antecedent(before, source.start(), false));
                }
                case "they", "them", "their", "those", "these" -> {
                    return Optional.of(antecedent(before, source.start(), true));
                }
                case "it", "its" -> {
                    return Optional.of(antecedentThing(before, source.start()));
                }
                case "who", "whom", "which", "that", "whose" -> {
                    return Optional.of(relative(text, source, before));
                }
                default -> {}
            }
        }
        if (s.matches("(?s).*(?:\\d+\\s?%|\\bper\\s?cent\\b).*")
                || s.matches("(?i)(?:those|people|adults|voters) (?:surveyed|polled|questioned)|respondents")) {
            return Optional.of(Labels.DOCUMENT);
        }
        String head = head(words);
        String lowerHead = head.toLowerCase(Locale.ROOT);
        boolean capitalisedHead = !head.isEmpty() && Character.isUpperCase(head.charAt(0));
        if (DOCUMENT_HEADS.contains(lowerHead) || DOCUMENT.matcher(s).matches()) {
            return Optional.of(Labels.DOCUMENT);
        }
        if (first.matches("his|her|their|its") && words.length >= 2 && !GROUP_HEADS.contains(lowerHead)) {
            return Optional.of(Labels.PRONOUN); // "his campaign"
        }
        if (GROUP_HEADS.contains(lowerHead) && (!capitalisedHead || PARTY_LABELS.contains(lowerHead))) {
            return Optional.of(Labels.UNNAMED_GROUP);
        }
        if (PERSON_HEADS.contains(lowerHead)
                && first.matches("an?|one|another|some|the|his|her|their")
                && !hasName(words)) {
            return Optional.of(first.equals("the") ? Labels.PRONOUN : Labels.UNNAMED_INDIVIDUAL);
        }
        if (lowerHead.matches("wife|husband|spouse") && !hasName(words)) {
            return Optional.of(Labels.UNNAMED_INDIVIDUAL);
        }
        if (!capitalisedHead && first.equals("the")) {
            // "the senator", "the Vermont senator", "the administration": a description of someone named
            return Optional.of(
                    lowerHead.endsWith("s") && !lowerHead.endsWith("ss") ? Labels.UNNAMED_GROUP : Labels.PRONOUN);
        }
        if (ORGANISATION.matcher(s).matches()) {
            return Optional.of(Labels.NAMED_ORGANISATION);
        }
        if (s.matches("(?s).*\\p{Lu}.*")) {
            return Optional.of(Labels.NAMED_PERSON);
        }
        if (lowerHead.endsWith("s") && !lowerHead.endsWith("ss")) {
            return Optional.of(Labels.UNNAMED_GROUP);
        }
        return Optional.empty();
    }

    /** The noun a phrase is about: its last word before a preposition or clause; after "some of", what follows. */
    static String head(String[] words) {
        int start = 0;
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (QUANTIFIERS.contains(w) && words[i + 1].equalsIgnoreCase("of")) {
                start = i + 2;
                break;
            }
        }
        String head = "";
        for (int i = start; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (i > start && HEAD_ENDS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (w.endsWith("’s") || w.endsWith("'s")) {
                head = w;
                continue;
            }
            if (!w.isEmpty()) {
                head = w;
            }
            if (words[i].endsWith(",")) {
                break;
            }
        }
        if ((head.endsWith("’s") || head.endsWith("'s")) && head.length() > 2) {
            head = head.substring(0, head.length() - 2);
        }
        return head;
    }

    private static boolean hasName(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A personal pronoun is unnamed when the nearest person or group before it is. */
    private static String antecedent(List<Suggestion> before, int at, boolean plural) {
        Suggestion nearest = null;
        for (Suggestion m : before) {
            if (m.start() >= at || nearest != null && m.start() < nearest.start()) {
                continue;
            }
            boolean fits = plural
                    ? !m.label().equals(Labels.UNNAMED_INDIVIDUAL)
                    : !m.label().equals(Labels.UNNAMED_GROUP) && !m.label().equals(Labels.DOCUMENT);
            if (fits) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return Labels.PRONOUN;
        }
        return switch (nearest.label()) {
            case Labels.UNNAMED_GROUP, Labels.UNNAMED_INDIVIDUAL -> nearest.label();
            case Labels.DOCUMENT -> plural ? Labels.DOCUMENT : Labels.PRONOUN;
            default -> Labels.PRONOUN;
        };
    }

    /** "it" is a document when the nearest document or organisation before it is a document. */
    private static String antecedentThing(List<Suggestion> before, int at) {
        Suggestion nearest = null;
        for (Suggestion m : before) {
            if (m.start() < at
                    && (nearest == null || m.start() > nearest.start())
                    && (m.label().equals(Labels.DOCUMENT) || m.label().equals(Labels.NAMED_ORGANISATION))) {
                nearest = m;
            }
        }
        return nearest != null && nearest.label().equals(Labels.DOCUMENT) ? Labels.DOCUMENT : Labels.PRONOUN;
    }

    /** "…, who said": the type of the phrase the relative pronoun follows. */
    private static String relative(String text, TextSpan source, List<Suggestion> before) {
        int end = source.start();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        for (Suggestion m : before) {
            if (m.end() <= end && m.end() >= end - 2) {
                return m.label().equals(Labels.NAMED_PERSON) || m.label().equals(Labels.NAMED_ORGANISATION)
                        ? Labels.PRONOUN
                        : m.label();
            }
        }
        Optional<TextSpan> np = AttributionDetector.nounPhraseBefore(text, Math.max(0, end - 80), end);
        if (np.isPresent() && np.get().end() - np.get().start() > 1) {
            Optional<String> t = type(text, np.get(), List.of());
            if (t.isPresent() && (Labels.isAnonymous(t.get()) || t.get().equals(Labels.DOCUMENT))) {
                return t.get();
            }
        }
        return Labels.PRONOUN;
    }
}
