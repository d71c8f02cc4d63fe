package org.corroborate.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.figure.Dimensions;
import org.corroborate.figure.FigureAttributes;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.figure.FigureReading;
import org.corroborate.figure.TenseCues;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Numbers, amounts, percentages, durations, dates and relative times, and vague magnitudes. The span is
 * the figure as written with its qualifier and unit ("more than a million", "$90 billion", "last Friday"),
 * never the counted noun; the attributes are what {@link FigureNormaliser} reads from it, against the
 * publication date. A figure the normaliser cannot read is still suggested, labelled by its wording.
 */
public final class FigureDetector implements Detector {

    public static final String NAME = "figures";

    private static final String WORD_NUMBER = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final String SCALE = "(?:\\s(?:hundred|thousand|million|billion|trillion)|(?:bn|mn|m|k)\\b)";
    private static final String NUMBER = "(?:(?:US\\$|C\\$|A\\$|\\$|€|£|¥)\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + SCALE + "?|(?:a|one|" + WORD_NUMBER + ")" + SCALE + "|" + WORD_NUMBER
            + "|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds)"
            + "(?=\\s\\p{Ll})"; // "Two people briefed on the talks" at the start of a sentence
    private static final String UNIT = "(?:\\s?%|\\s(?:percent|per cent|percentage points|euros?|dollars|yen|yuan|"
            + "roubles|rubles|hryvnias?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s|seconds?|minutes?|hours?|days?|"
            + "weeks?|months?|years?|decades?|times))";
    private static final String QUALIFIER = "(?:at least|no fewer than|no more than|more than|fewer than|less than|"
            + "over|above|under|up to|about|around|approximately|roughly|nearly|almost|some|an estimated|"
            + "within(?: the next)?)\\s";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";

    /** Longer wordings first, so that "between 9 and 10 kilometers" is one figure, not two. */
    private static final Pattern FIGURE = Pattern.compile(String.join("|",
            "\\b" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s" + YEAR + "\\b",
            "\\b\\d{1,2}\\s" + MONTH + ",?\\s" + YEAR + "\\b",
            "\\b" + MONTH + ",?\\s" + YEAR + "\\b",
            "\\b(?:last|next|this past|this coming)\\s" + WEEKDAY + "\\b",
            // "within the next week to 10 days": a deadline from publication, one figure with its "within"
            "\\b(?:within\\s(?:the\\s)?)?(?:earlier this|later this|this|last|next|past)\\s(?:week|month|year)"
                    + "(?:\\sto\\s\\d+\\s(?:days|weeks))?\\b",
            "\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s(?:days?|weeks?|months?|years?|decades?)\\sago\\b",
            "(?i:\\b(?:between|from)\\s)(?:" + NUMBER + ")" + UNIT + "?\\s(?:and|to)\\s(?:" + NUMBER + ")" + UNIT + "?(?![\\w-])",
            "(?:\\b|(?=[$€£¥]))(?:" + NUMBER + ")\\s?[-–]\\s?(?:" + NUMBER + ")" + UNIT + "(?![\\w-])",
            "(?i:\\b" + QUALIFIER + ")?(?:\\b|(?=[$€£¥]))(?:" + NUMBER + ")" + UNIT + "?(?![\\w-]|[.,]\\d)",
            "(?i:\\b(?:within\\s)?(?:the\\snext\\s)?)(?:a|one)\\s(?:week|month|year|day)(?=\\s(?:to|or)\\s\\d)",
            "(?i:\\b(?:tens|hundreds|dozens)\\sof\\s(?:thousands|millions|billions)|\\b(?:thousands|millions|billions|hundreds|dozens)\\b)",
            "\\b(?:two|one|three)-(?:thirds|third|quarters|quarter)\\b|\\b(?:a|the remaining|one)\\squarter(?=\\sof\\b)",
            "\\b" + MONTH + "(?!\\s\\d)(?<=\\b(?:in|since|until|by|from|during|of|last|next|this|early|late|mid|the|"
                    + "his|her|their|its)\\s" + MONTH + ")",
            // "February’s meeting": a month named in the possessive (not "May’s", more often a name)
            "\\b(?:January|February|March|April|June|July|August|September|October|November|December)(?=[’']s\\b)",
            "\\b" + WEEKDAY + "\\b",
            "\\b(?:today|yesterday|tomorrow)\\b",
            "(?<=\\b(?:in|since|until|by|from|during|of|since|early|late|mid-)\\s)" + YEAR + "\\b|(?<=’s\\s)" + YEAR + "(?=\\s[a-z])"),
            Pattern.UNICODE_CASE);

    /** Every alternative of {@link #FIGURE} begins with a digit, a currency sign or one of these words. */
    static final WordStartScan SCAN = new WordStartScan(FIGURE, Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "last", "next", "this", "earlier", "later", "past", "today", "yesterday", "tomorrow", "a", "an", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
            "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "between", "from", "at", "no", "more",
            "fewer", "less", "over", "above", "under", "up", "about", "around", "approximately", "roughly", "nearly",
            "almost", "some", "within", "the", "us", "c", "tens", "hundreds", "dozens", "thousands", "millions",
            "billions"), true, "$€£¥");

    /** "the two leaders", "all three presidents": a bare number word after these refers back, it does not count. */
    private static final Pattern REFERRING_BEFORE = Pattern.compile("(?i)\\b(?:the|all|both|these|those|other)\\s$");
    private static final Pattern BARE_NUMBER_WORD = Pattern.compile("(?i)" + WORD_NUMBER);

    /** A number that names a thing rather than counting: "Article 5", "World War 2", "edition 19". */
    private static final Pattern NAMING = Pattern.compile("(?i)(?:article|section|chapter|edition|no\\.|number|"
            + "resolution|flight|route|war|point|phase|stage|level|room|page|g|covid)[\\s-]?$");
    /** "a" and "one" alone are articles and pronouns far more often than figures. */
    private static final Pattern LONE_ARTICLE = Pattern.compile("(?i)(?:a|an|one)");

    private final FigureNormaliser normaliser;

    public FigureDetector() {
        this(new FigureNormaliser());
    }

    public FigureDetector(FigureNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> detect(ArticleAnalysis article) {
        String text = article.text();
        List<Suggestion> found = new ArrayList<>();
        LocalDate published = article.published().orElse(null);
        for (MatchResult match : SCAN.matches(text)) {
            int start = match.start();
            int end = match.end();
            String written = text.substring(start, end);
            if (written.isBlank() || LONE_ARTICLE.matcher(written).matches() || referential(text, start, written)
                    || NAMING.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                continue;
            }
            // The sentence's tense decides which side of publication a bare "Friday" or "February" lies on.
            FigureReading reading = normaliser.read(written, published, TenseCues.forFigure(text, start, end));
            found.add(new Suggestion(NAME, Layer.FIGURE, label(reading, written), start, end,
                    FigureAttributes.of(reading), null));
        }
        return found;
    }

    private static boolean referential(String text, int start, String written) {
        return BARE_NUMBER_WORD.matcher(written).matches()
                && REFERRING_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find();
    }

    private static String label(FigureReading reading, String written) {
        if (reading.understood()) {
            return reading.dimension();
        }
        if (written.matches("(?s).*\\b(?:" + WEEKDAY + "|today|yesterday|tomorrow|January|February|March|April|May|"
                + "June|July|August|September|October|November|December|ago|week|month|year)\\b.*")
                && !written.matches("(?s).*\\d.*(?:weeks?|months?|years?|days?)$")) {
            return Labels.DATE;
        }
        if (written.matches("(?s).*(?:weeks?|months?|years?|days?|hours?)$")) {
            return Labels.DURATION;
        }
        return Labels.COUNT;
    }

    static boolean isDimension(String label) {
        return List.of(Dimensions.MONEY, Dimensions.PERCENT, Dimensions.COUNT, Dimensions.LENGTH, Dimensions.DURATION,
                Dimensions.DATE).contains(label);
    }
}
