package org.corroborate.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * PARC-style attributions: a cue (a reporting verb or "according to"), its source (the noun phrase before
 * or after the cue) and its content (the quotation or the reported clause, in two parts when a quotation
 * goes on after the cue: “…,” he said. “…”). The three spans share a frame id; a frame whose source is not
 * found is still suggested without one, as PolNeAR allows.
 *
 * <p>Certainty on the cue: {@code hedged} for "suggested", and for "reportedly", "may", "might" or
 * "allegedly" before the cue; otherwise {@code asserted} for a direct quotation and {@code reported-speech}
 * for a paraphrase.
 */
public final class AttributionDetector implements Detector {

    public static final String NAME = "attributions";

    private static final String VERBS = "said|says|say|told|tells|added|adds|adding|noted|noting|warned|warns|"
            + "warning|claimed|claiming|suggested|suggests|suggesting|insisted|insists|insisting|revealed|"
            + "reveals|stated|stating|wrote|writes|confirmed|confirms|confirming|announced|announces|"
            + "reported|explained|argued|argues|stressed|stresses|stressing|emphasized|emphasised|"
            + "emphasizing|reiterated|reiterating|acknowledged|acknowledging|mentioned|remarked|clarified|declared|"
            + "saying|pledged|pledges|pledging|maintains|maintained|denies|"
            + "asserted|described|predicted|estimated|admitted|cautioned|recalled|denied|urged";
    private static final Pattern CUE = Pattern.compile("(?<according>\\b[Aa]ccording to\\b)|\\b(?<verb>" + VERBS
            + ")\\b(?<audience> (?:reporters|journalists|the media|the press)\\b)?");
    static final WordStartScan CUE_SCAN = new WordStartScan(
            CUE,
            Stream.concat(Stream.of("according"), Stream.of(VERBS.split("\\|"))).collect(Collectors.toSet()),
            false,
            "");
    /** Verbs that need "that", a quotation or a colon before what follows is content: "announced plans" is not. */
    private static final Set<String> SAY_VERBS = Set.of(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "added",
            "adds",
            "adding",
            "wrote",
            "writes",
            "described",
            "insisted",
            "insists",
            "saying");

    private static final Set<String> HEDGED_VERBS =
            Set.of("suggested", "suggests", "suggesting", "claimed", "claims", "claiming");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("\\b(?:reportedly|allegedly|may|might|apparently)\\b");
    /** Between a source and its cue: "Trump also said", "the Kremlin has not officially confirmed", "may have told". */
    private static final Pattern ADVERBS_BEFORE_CUE = Pattern.compile(
            "(?:\\s+(?:also|later|previously|reportedly|publicly|privately|has|have|had|not|officially|quickly|"
                    + "readily|then|repeatedly|again|already|once|yet|earlier|initially|separately|first|"
                    + "long|consistently|never|just|now|further|even|allegedly|apparently|may|might|could|would|"
                    + "will|should|must|did|does|do|been|is|was))+\\s*$");

    private static final Set<String> NP_STOP = Set.of(
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "while",
            "as",
            "but",
            "because",
            "after",
            "before",
            "if",
            "than",
            "so",
            "then",
            "is",
            "was",
            "were",
            "are",
            "be",
            "been",
            "being",
            "would",
            "will",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "did",
            "does",
            "do",
            "it",
            "this",
            "these",
            "those",
            "there",
            "here",
            "where",
            "what",
            "how",
            "why",
            "however",
            "meanwhile",
            "although",
            "though",
            "since",
            "until",
            "also",
            "not",
            "to",
            "at",
            "by",
            "into",
            "over",
            "about",
            "just",
            "even",
            "only",
            "still",
            "yet",
            "now",
            "him",
            "them",
            "her",
            "us",
            "me",
            "its",
            "their",
            "his",
            "our",
            "my",
            "your",
            "made",
            "gave",
            "left",
            "has",
            "had",
            "have");
    private static final Set<String> NP_EDGE =
            Set.of("of", "in", "and", "from", "with", "on", "for", "the", "to", "close");
    private static final int MAX_SOURCE_WORDS = 12;
    /** A cue in a second verb phrase of its subject: "… welcomed the plan but reiterated that …". */
    private static final Pattern COORDINATED = Pattern.compile("[^,;:“”\"]\\s(?:but|and)$");
    /** A source that is the antecedent of "who" or "which" right before the cue. */
    private static final Pattern RELATIVE_PRONOUN_END = Pattern.compile(",\\s*(?:who|which)$");
    /**
     * A clause without "that" after a verb that needs one ("Reports suggested Trump may have …"): a name,
     * pronoun or short noun phrase and then a finite auxiliary. "announced plans for" has none.
     */
    private static final Pattern CLAUSE_START = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}.’'-]*|he|she|they|it|we|"
            + "the\\s+[\\p{L}’'-]+)(?:\\s+[\\p{L}.’'-]+){0,3}?\\s+(?:may|might|would|will|could|should|must|had|"
            + "has|have|was|were|is|are|did|does|do|can)\\b");
    /** Characters before a cue searched for its source and the words between them. */
    private static final int LOOK_BACK = 300;

    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:who|which)\\s[^,]{1,80},\\s*$");
    private static final Pattern INTRO = Pattern.compile("^(?:On|In|At|After|Before|During|However|Meanwhile|Still|"
            + "Yet|Instead|Initially|Earlier|Later|Since|For|Despite|But|And)\\b[^,“”]{0,40},\\s*");
    /** A sentence's subject: a run of capitalised words, or a determiner and up to three lower-case words. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)(?:\\s(?!has\\b|have\\b|had\\b|is\\b|was\\b|were\\b|are\\b|will\\b|would\\b)"
                    + "[\\p{Ll}’'-]++(?<!ed)){1,3}|^(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|the|and)(?:\\s|(?=,))){1,8}");

    private static final Pattern FORWARD_SOURCE = Pattern.compile(
            // words separated by spaces, each matched possessively: "(word\\s*){1,8}?" backtracked exponentially
            "^\\s+((?:(?:the|a|an|another|one|two|three|several)\\s+)?[\\p{L}][\\p{L}\\p{M}.’'-]*+"
                    + "(?:\\s+[\\p{L}][\\p{L}\\p{M}.’'-]*+){0,7}?)"
                    + "(?=\\s*(?:[,.;:!?]|$| in | on | at | who | after | before | during ))");

    private final boolean useTagger;

    /** The rules, and the trained tagger's frames where the rules find nothing (when its model is present). */
    public AttributionDetector() {
        this(true);
    }

    /** {@code useTagger = false}: the hand-written rules alone. */
    public AttributionDetector(boolean useTagger) {
        this.useTagger = useTagger;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> detect(ArticleAnalysis article) {
        // the source detector asks for the same frames: work them out once per text
        return article.derived(AttributionDetector.class, () -> List.copyOf(find(article)));
    }

    private List<Suggestion> find(ArticleAnalysis article) {
        Optional<AttributionTagger> tagger = RULES_ONLY || !useTagger ? Optional.empty() : AttributionTagger.standard();
        List<Suggestion> found = rules(article);
        if (tagger.isEmpty()) {
            return found;
        }
        // the rules are precise where they speak; the tagger's frames fill in where they found nothing at all
        List<Suggestion> fromRules = List.copyOf(found);
        Map<String, List<Suggestion>> taggedFrames = new java.util.LinkedHashMap<>();
        for (Suggestion t : tagged(article, tagger.get(), BROAD ? null : STATEMENT_WORDS)) {
            taggedFrames.computeIfAbsent(t.frameId(), k -> new ArrayList<>()).add(t);
        }
        int frame =
                fromRules.stream().map(Suggestion::frameId).distinct().toList().size();
        for (List<Suggestion> parts : taggedFrames.values()) {
            if (!BROAD
                    && parts.stream()
                            .anyMatch(t -> t.label().equals(Labels.CUE)
                                    && !STATEMENT_CUES.contains(
                                            t.text(article.text()).toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            boolean free = parts.stream()
                    .noneMatch(t -> fromRules.stream().anyMatch(r -> r.start() < t.end() && t.start() < r.end()));
            if (free) {
                String frameId = "a" + (++frame);
                for (Suggestion t : parts) {
                    found.add(new Suggestion(NAME, t.layer(), t.label(), t.start(), t.end(), t.attributes(), frameId));
                }
            }
        }
        return found;
    }

    /**
     * {@code -Dcorroborate.attributions=rules} uses the hand-written rules alone even when the trained tagger is
     * on the classpath (to measure the two side by side).
     */
    private static final boolean RULES_ONLY = "rules".equals(System.getProperty("corroborate.attributions"));
    /**
     * {@code -Dcorroborate.attributions=broad} adds every frame the tagger finds (PolNeAR's notion: beliefs, plans,
     * reactions, findings); by default only frames whose cue states something, as the seed key marks them.
     */
    private static final boolean BROAD = "broad".equals(System.getProperty("corroborate.attributions"));
    /** Cues of statements: the tagger's frames with one of these are added to the rules' by default. */
    private static final Set<String> STATEMENT_CUES = Set.of(
            "said",
            "says",
            "say",
            "saying",
            "told",
            "tells",
            "according to",
            "wrote",
            "writes",
            "tweeted",
            "asked",
            "added",
            "adds",
            "adding",
            "noted",
            "notes",
            "explained",
            "argued",
            "argues",
            "stated",
            "insisted",
            "recalled",
            "replied",
            "responded",
            "testified",
            "posted",
            "reported",
            "reports",
            "told reporters",
            "said in a statement",
            "wrote in",
            "quipped",
            "joked",
            "continued",
            "concluded",
            "declared",
            "asserted",
            "contended",
            "conceded");
    /** The words of those cues, which a paragraph must have for the tagger to be asked. */
    private static final Set<String> STATEMENT_WORDS = STATEMENT_CUES.stream()
            .flatMap(c -> Stream.of(c.split(" ")))
            .filter(w -> !Set.of("to", "in", "a", "reporters").contains(w))
            .collect(Collectors.toUnmodifiableSet());

    /** Frames from the trained tagger (see {@link AttributionTagger}). */
    private static List<Suggestion> tagged(
            ArticleAnalysis article, AttributionTagger tagger, @org.jspecify.annotations.Nullable Set<String> wanted) {
        String text = article.text();
        List<Suggestion> found = new ArrayList<>();
        int frame = 0;
        for (AttributionTagger.TaggedFrame f : tagger.frames(article, wanted)) {
            String frameId = "a" + (++frame);
            found.add(new Suggestion(
                    NAME,
                    Layer.ATTRIBUTION,
                    Labels.CUE,
                    f.cue().start(),
                    f.cue().end(),
                    Map.of(Attributes.CERTAINTY, certainty(article, f)),
                    frameId));
            f.source()
                    .ifPresent(s -> found.add(new Suggestion(
                            NAME, Layer.ATTRIBUTION, Labels.SOURCE, s.start(), s.end(), Map.of(), frameId)));
            for (TextSpan c : f.contents()) {
                found.add(
                        new Suggestion(NAME, Layer.ATTRIBUTION, Labels.CONTENT, c.start(), c.end(), Map.of(), frameId));
            }
        }
        return found;
    }

    private static String certainty(ArticleAnalysis article, AttributionTagger.TaggedFrame f) {
        String text = article.text();
        String cue = f.cue().of(text).toLowerCase(java.util.Locale.ROOT);
        int from = article.sentenceAt(f.cue().start())
                .map(TextSpan::start)
                .orElse(f.cue().start());
        if (HEDGED_VERBS.contains(cue)
                || HEDGE_BEFORE.matcher(text.substring(from, f.cue().start())).find()) {
            return "hedged";
        }
        boolean quoted = f.contents().stream()
                .anyMatch(c -> c.start() > 0 && "“\"'".indexOf(text.charAt(c.start() - 1)) >= 0
                        || "“\"'".indexOf(text.charAt(c.start())) >= 0);
        return quoted ? "asserted" : "reported-speech";
    }

    private List<Suggestion> rules(ArticleAnalysis article) {
        String text = article.text();
        List<Suggestion> found = new ArrayList<>();
        List<int[]> quotes = Quotes.find(text);
        List<MatchResult> cues = CUE_SCAN.matches(text);
        int frame = 0;
        // "X said …, adding that …": a participle cue is said by the source of the frame before it
        Optional<TextSpan> lastSource = Optional.empty();
        Optional<TextSpan> lastSentence = Optional.empty();
        for (MatchResult m : cues) {
            if (Quotes.inside(quotes, m.start())) {
                continue;
            }
            Optional<TextSpan> sentence = article.sentenceAt(m.start());
            if (sentence.isEmpty()) {
                continue;
            }
            Optional<Frame> parts = m.group("according") != null
                    ? according(text, sentence.get(), m)
                    : verb(
                            text,
                            sentence.get(),
                            m,
                            quotes,
                            sentence.equals(lastSentence) ? lastSource : Optional.empty());
            if (parts.isEmpty() || parts.get().contents().isEmpty()) {
                continue;
            }
            Frame f = parts.get();
            lastSource = f.source();
            lastSentence = sentence;
            String frameId = "a" + (++frame);
            String certainty = certainty(text, sentence.get(), m, f);
            found.add(new Suggestion(
                    NAME,
                    Layer.ATTRIBUTION,
                    Labels.CUE,
                    m.start(),
                    m.end(),
                    Map.of(Attributes.CERTAINTY, certainty),
                    frameId));
            f.source()
                    .ifPresent(s -> found.add(new Suggestion(
                            NAME, Layer.ATTRIBUTION, Labels.SOURCE, s.start(), s.end(), Map.of(), frameId)));
            for (TextSpan c : f.contents()) {
                found.add(
                        new Suggestion(NAME, Layer.ATTRIBUTION, Labels.CONTENT, c.start(), c.end(), Map.of(), frameId));
            }
        }
        return found;
    }

    /** Parts of one frame found around a cue. */
    record Frame(Optional<TextSpan> source, List<TextSpan> contents, boolean quoted) {}

    /** "According to X, content." or "Content, according to X." */
    private static Optional<Frame> according(String text, TextSpan sentence, MatchResult m) {
        int afterCue = m.end();
        int sourceEnd = afterCue;
        while (sourceEnd < sentence.end()
                && ",;:".indexOf(text.charAt(sourceEnd)) < 0
                && !(text.charAt(sourceEnd) == '.' && !abbreviationDot(text, sourceEnd))) {
            sourceEnd++; // "according to U.S. officials": an abbreviation's dot does not end the source
        }
        Optional<TextSpan> source = trim(text, afterCue, sourceEnd);
        String before = text.substring(sentence.start(), m.start());
        List<TextSpan> contents = new ArrayList<>();
        if (before.isBlank()) {
            trim(text, sourceEnd + 1, sentenceEnd(text, sentence)).ifPresent(contents::add);
        } else {
            int end = m.start();
            while (end > sentence.start()
                    && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            trim(text, sentence.start(), end).ifPresent(contents::add);
        }
        return Optional.of(new Frame(source, contents, false));
    }

    /** The dot ends "U.S." or "Dr." and the text goes on: it does not end the sentence. */
    static boolean abbreviationDot(String text, int dot) {
        if (dot + 2 >= text.length() || !Character.isWhitespace(text.charAt(dot + 1))) {
            return dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1)); // "U.S" inside
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return word.matches(
                "(?:\\p{Lu}\\.)*\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Inc|Corp|Co|Ltd|"
                        + "No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|vs|approx|dept|Dept");
    }

    private static Optional<Frame> verb(
            String text, TextSpan sentence, MatchResult m, List<int[]> quotes, Optional<TextSpan> previousSource) {
        String verb = m.group("verb");
        int cueStart = m.start();
        int cueEnd = m.end();
        // Source before the cue: "Trump said", "the source noted", "Trump has not officially confirmed".
        // a source sits close before its cue: a bounded look-back keeps long sentences linear
        int windowStart = Math.max(sentence.start(), cueStart - LOOK_BACK);
        String before = text.substring(windowStart, cueStart);
        Matcher relative = RELATIVE_CLAUSE.matcher(before);
        if (relative.find()) {
            before = before.substring(0, relative.start()); // "Merz, who hosted the summit, confirmed"
        }
        Matcher adverbs = ADVERBS_BEFORE_CUE.matcher(before);
        int npEnd = adverbs.find() ? windowStart + adverbs.start() : windowStart + before.length();
        while (npEnd > sentence.start() && Character.isWhitespace(text.charAt(npEnd - 1))) {
            npEnd--;
        }
        Matcher relativePronoun =
                RELATIVE_PRONOUN_END.matcher(text.substring(windowStart, Math.max(windowStart, npEnd)));
        boolean antecedent = relativePronoun.find();
        if (antecedent) {
            npEnd = windowStart + relativePronoun.start(); // "Kyiv, which has declared": Kyiv declared
        }
        Optional<TextSpan> source = nounPhraseBefore(text, sentence.start(), npEnd);
        if (antecedent) {
            source = source.map(np -> properNameAtEnd(text, np)); // "alarmed Kyiv, which" → "Kyiv"
        }
        if (source.isEmpty()
                && COORDINATED
                        .matcher(text.substring(windowStart, Math.max(windowStart, npEnd)))
                        .find()) {
            source = sentenceSubject(text, sentence, cueStart); // "The Commission welcomed it but reiterated that"
        }
        int quoteEndBefore = source.map(TextSpan::start).orElse(cueStart);
        // Source after the cue: “…,” said Zelenskyy.
        boolean inverted = false;
        if (source.isEmpty() && !verb.endsWith("ing") && precededByQuote(text, cueStart)) {
            Matcher forward =
                    FORWARD_SOURCE.matcher(text.substring(cueEnd, Math.max(cueEnd, sentenceEnd(text, sentence))));
            if (forward.find() && !forward.group(1).startsWith("that ")) {
                int s = cueEnd + forward.start(1);
                source = trim(text, s, cueEnd + forward.end(1));
                inverted = true;
            }
        }
        if (source.isEmpty() && verb.endsWith("ing") && before.stripTrailing().endsWith(",")) {
            // "..., adding that ..." is said by the previous cue's source, or else by the sentence's subject
            source = previousSource.isPresent() ? previousSource : sentenceSubject(text, sentence, cueStart);
        }
        List<TextSpan> contents = new ArrayList<>();
        boolean quoted = false;
        // Quotation just before the source or cue: “…,” Trump said.
        Optional<int[]> before1 = verb.endsWith("ing")
                ? Optional.empty()
                : Quotes.endingBefore(quotes, text, inverted ? cueStart : quoteEndBefore);
        if (before1.isPresent()) {
            Quotes.interior(text, before1.get()).ifPresent(contents::add);
            quoted = true;
            Quotes.continuation(quotes, text, sentence, cueEnd)
                    .flatMap(q -> Quotes.interior(text, q))
                    .ifPresent(contents::add);
            return Optional.of(new Frame(source, contents, quoted));
        }
        // What follows the cue: a quotation, a that-clause, or (for say-verbs) the reported clause.
        int at = cueEnd;
        int stop = sentenceEnd(text, sentence);
        int thatAt = text.substring(at, Math.max(at, stop)).indexOf(" that ");
        thatAt = thatAt < 0 ? -1 : at + thatAt;
        boolean nearThat = thatAt > 0
                && thatAt < stop
                && text.substring(at, thatAt).matches("(?:\\s+[\\p{L}.’'-]+){0,4}")
                && Quotes.startingAfter(quotes, text, at, Math.min(stop, at + 4))
                        .isEmpty();
        if (nearThat) {
            at = thatAt + 1; // "told Zelenskyy that", "confirmed earlier this week that"
        } else if ((verb.equals("told") || verb.equals("tells"))
                && Quotes.startingAfter(quotes, text, at, stop).isEmpty()) {
            return Optional.empty();
        }
        final int at0 = at;
        int end = sentenceEnd(text, sentence);
        Optional<int[]> quoteAfter = Quotes.startingAfter(quotes, text, at, Math.min(end, at + 4));
        if (quoteAfter.isEmpty() && end - at < 4) {
            // "stating:" at the end of a paragraph, the quotation in the next one
            quoteAfter = Quotes.startingAfter(quotes, text, at, Math.min(text.length(), at + 6));
        }
        if (quoteAfter.isPresent()) {
            Quotes.interior(text, quoteAfter.get()).ifPresent(contents::add);
            return Optional.of(new Frame(source, contents, true));
        }
        String rest = text.substring(at, end);
        Matcher that = Pattern.compile("^\\s*,?\\s*(?:that\\s+)?").matcher(rest);
        boolean hasThat = rest.matches("(?s)^\\s*that\\s.*");
        if (!hasThat
                && !SAY_VERBS.contains(verb)
                && !rest.startsWith(":")
                && !CLAUSE_START.matcher(rest).find()) {
            return Optional.empty();
        }
        if (source.isEmpty()) {
            return Optional.empty(); // a paraphrase with no one saying it is too often a false cue
        }
        that.find();
        int contentStart = at + that.end();
        if (verb.equals("described")) {
            Optional<int[]> quote =
                    Quotes.startingAfter(quotes, text, contentStart, end).isPresent()
                            ? Optional.empty()
                            : quotes.stream()
                                    .filter(q -> q[0] > at0 && q[1] < sentence.end())
                                    .findFirst();
            if (quote.isPresent()) {
                end = quote.get()[1] + 1; // "described the summit as “an important day”", not what follows
            }
        }
        if (antecedent) {
            int comma = text.indexOf(',', contentStart);
            end = comma > 0 && comma < end ? comma : end; // the relative clause ends at its closing comma
        }
        trim(text, contentStart, end).filter(c -> c.end() - c.start() > 3).ifPresent(contents::add);
        return Optional.of(new Frame(source, contents, false));
    }

    private static boolean precededByQuote(String text, int cueStart) {
        String before = text.substring(Math.max(0, cueStart - 4), cueStart).stripTrailing();
        return before.endsWith("”") || before.endsWith("\"") || before.endsWith(",");
    }

    /** The noun phrase that ends at {@code end}: words back to punctuation or a word that cannot be in one. */
    static Optional<TextSpan> nounPhraseBefore(String text, int limit, int end) {
        int start = end;
        int words = 0;
        int i = end;
        while (i > limit && words < MAX_SOURCE_WORDS) {
            int wordEnd = i;
            int wordStart = wordEnd;
            while (wordStart > limit && isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            String word = text.substring(wordStart, wordEnd);
            if (NP_STOP.contains(word) || (words == 0 && NP_EDGE.contains(word))) {
                break;
            }
            start = wordStart;
            words++;
            i = wordStart;
            if (i > limit && text.charAt(i - 1) == ' ') {
                i--;
            } else {
                break;
            }
        }
        // never start on a linking word: "of the delegation said" is not a source
        while (start < end) {
            int sp = text.indexOf(' ', start);
            if (sp < 0 || sp >= end) {
                break;
            }
            String first = text.substring(start, sp);
            if (NP_EDGE.contains(first.toLowerCase(java.util.Locale.ROOT))
                    && !first.equals("The")
                    && !first.equals("the")) {
                start = sp + 1;
            } else {
                break;
            }
        }
        return start < end ? Optional.of(new TextSpan(start, end)) : Optional.empty();
    }

    /** The capitalised words that end the phrase, when its last word is capitalised; else the phrase. */
    static TextSpan properNameAtEnd(String text, TextSpan phrase) {
        int start = phrase.end();
        while (start > phrase.start()) {
            int wordStart = start;
            while (wordStart > phrase.start() && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (!Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            start = wordStart;
            while (start > phrase.start() && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        }
        while (start < phrase.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start < phrase.end() ? new TextSpan(start, phrase.end()) : phrase;
    }

    /** First noun phrase of the sentence, after any introductory phrase that ends in a comma. */
    private static Optional<TextSpan> sentenceSubject(String text, TextSpan sentence, int limit) {
        int s = sentence.start();
        Matcher intro = INTRO.matcher(text.substring(s, limit));
        if (intro.find()) {
            s += intro.end();
        }
        Matcher np = SUBJECT.matcher(text.substring(s, limit));
        return np.find() ? trim(text, s + np.start(), s + np.end()) : Optional.empty();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c)
                || c == '.'
                || c == '’'
                || c == '\''
                || c == '-'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The sentence end without its closing punctuation. */
    static int sentenceEnd(String text, TextSpan sentence) {
        int end = sentence.end();
        while (end > sentence.start()
                && (Character.isWhitespace(text.charAt(end - 1)) || ".!?;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    static Optional<TextSpan> trim(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',' || loneSurrogate(text, s))) {
            s++;
        }
        while (e > s
                && (Character.isWhitespace(text.charAt(e - 1))
                        || ",;:".indexOf(text.charAt(e - 1)) >= 0
                        || loneSurrogate(text, e - 1)
                        || (e < text.length() && Character.isLowSurrogate(text.charAt(e))))) {
            e--;
        }
        return e > s ? Optional.of(new TextSpan(s, e)) : Optional.empty();
    }

    /** Half of a character with no other half: never the edge of a span. */
    static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static String certainty(String text, TextSpan sentence, MatchResult cue, Frame frame) {
        String verb = cue.group("verb");
        String before = text.substring(sentence.start(), cue.start());
        if ((verb != null && HEDGED_VERBS.contains(verb))
                || HEDGE_BEFORE.matcher(before).find()) {
            return "hedged";
        }
        return frame.quoted() ? "asserted" : "reported-speech";
    }
}
