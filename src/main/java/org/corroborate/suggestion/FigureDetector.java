package org.corroborate.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.corroborate.figure.Dimensions;
import org.corroborate.figure.FigureCodec;
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
    /** "1.5 lakh crore": an Indian scale may follow another. */
    private static final String SCALE =
            "(?:\\s(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)" + "|(?:bn|mn|m|k)\\b)";

    private static final String CURRENCY = "(?:US\\$|C\\$|A\\$|HK\\$|S\\$|NZ\\$|CN¥|\\$|€|£|¥|₹|Rs\\.?)";
    /** Where a figure may begin without a word boundary: at a currency sign. */
    private static final String SIGN_AHEAD = "(?=[$€£¥₹])";

    private static final String NUMBER = "(?:" + CURRENCY + "\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + SCALE + "{0,2}|(?:a|one|" + WORD_NUMBER + ")" + SCALE + "{1,2}|" + WORD_NUMBER
            + "|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds)"
            + "(?=\\s\\p{Ll})"; // "Two people briefed on the talks" at the start of a sentence
    private static final String UNIT = "(?:\\s?%|\\s(?:percent|per cent|percentage points|euro cents|euros?|"
            + "(?:(?:US|Canadian|Australian|Hong Kong|Singapore|New Zealand|Swiss|Indian|Pakistani|Sri Lankan|Nepalese)"
            + "\\s)?(?:dollars|francs|rupees)|pounds(?:\\ssterling)?|cents|pence|yen|yuan|"
            + "roubles|rubles|hryvnias?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s|seconds?|minutes?|hours?|days?|"
            + "weeks?|months?|years?|decades?|times))";
    /** One end of a range written as two bounds: "greater than 100 and smaller than 300". */
    private static final String BOUND = "(?:at least|at most|no fewer than|no more than|no less than|more than|"
            + "fewer than|less than|greater than|smaller than|higher than|lower than|over|above|under|below|up to)\\s";

    private static final String QUALIFIER = "(?:at least|no fewer than|no more than|more than|fewer than|less than|"
            + "over|above|under|up to|about|around|approximately|roughly|nearly|almost|some|an estimated|"
            + "within(?: the next)?)\\s";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";

    /**
     * A share written as a fraction: "two-thirds", "three quarters", "the remaining quarter", and "a third" or
     * "half" where they are one ("a third of", "cut by half.", "more than half the members"), not "a third term",
     * "the first half of 2025" or "half-brother".
     */
    private static final String FRACTION = "(?i:\\b" + QUALIFIER + ")?(?:"
            + "(?<!\\b(?:first|last|next)\\s)\\b(?i:one|two|three|four)(?:-(?i:thirds?|quarters?|fifths?)|\\s(?i:thirds|quarters|fifths))\\b"
            + "|\\b(?i:the)\\sremaining\\s(?:half|third|quarter)\\b"
            + "|\\b(?i:a|one|another)\\s(?:third|quarter|fifth)(?=\\sof\\b|[.,;:!?)]|$)"
            + "|(?<!\\b(?:first|second|a|the|one)\\s)\\b(?i:half)(?=\\s(?:of|the|its|their|all)\\b|[.,;:!?)]|$))";

    /** Longer wordings first, so that "between 9 and 10 kilometers" is one figure, not two. */
    private static final Pattern FIGURE = Pattern.compile(
            String.join(
                    "|",
                    "\\b" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s" + YEAR + "\\b",
                    "\\b\\d{1,2}\\s" + MONTH + ",?\\s" + YEAR + "\\b",
                    "\\b" + MONTH + ",?\\s" + YEAR + "\\b",
                    // "Sept. 11", "Dec. 1": a day of a month is a date, not a count
                    "\\b" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?![.,]\\d)",
                    "\\b(?:last|next|this past|this coming)\\s" + WEEKDAY + "\\b",
                    // "within the next week to 10 days": a deadline from publication, one figure with its "within"
                    "\\b(?:within\\s(?:the\\s)?)?(?:earlier this|later this|this|last|next|past)\\s(?:week|month|year)"
                            + "(?:\\sto\\s\\d+\\s(?:days|weeks))?\\b",
                    "\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s(?:days?|weeks?|months?|years?|decades?)\\sago\\b",
                    "(?i:\\b(?:between|from)\\s)(?:" + NUMBER + ")" + UNIT + "?\\s(?:and|to)\\s(?:" + NUMBER + ")"
                            + UNIT + "?(?![\\w-])",
                    "(?i:\\b" + BOUND + ")(?:" + NUMBER + ")" + UNIT + "?\\s(?:and|but)\\s(?i:" + BOUND + ")(?:"
                            + NUMBER + ")" + UNIT + "?(?![\\w-])",
                    "(?:\\b|" + SIGN_AHEAD + ")(?:" + NUMBER + ")\\s?[-–]\\s?(?:" + NUMBER + ")" + UNIT + "(?![\\w-])",
                    // "20~100": a tilde between two numbers is a range (alone, "~40" is "about 40")
                    "(?:\\b|" + SIGN_AHEAD + ")(?:" + NUMBER + ")\\s?[~〜～]\\s?(?:" + NUMBER + ")" + UNIT
                            + "?(?![\\w-])",
                    // "3 dollars 50 cents", "$3 and 50 cents", "thirteen dollars and forty-five cents"
                    "(?:\\b|" + SIGN_AHEAD + ")(?:" + CURRENCY + "\\s?\\d+|(?:\\d+|one|" + WORD_NUMBER
                            + ")\\s(?:dollars?|euros?|pounds))" + "(?:\\sand)?\\s(?:\\d{1,2}|" + WORD_NUMBER
                            + ")\\s(?:cents|pence)\\b",
                    FRACTION,
                    "(?:[≤≥⩽⩾]|[<>]=?|~(?=\\d))\\s?(?:" + NUMBER + ")" + UNIT + "?(?![\\w-]|[.,]\\d)",
                    "(?i:\\b" + QUALIFIER + ")?(?:\\b|" + SIGN_AHEAD + ")(?:" + NUMBER + ")" + UNIT
                            + "?(?![\\w-]|[.,]\\d)",
                    "(?i:\\b(?:within\\s)?(?:the\\snext\\s)?)(?:a|one)\\s(?:week|month|year|day)(?=\\s(?:to|or)\\s\\d)",
                    "(?i:\\b(?:tens|hundreds|dozens)\\sof\\s(?:thousands|millions|billions)|\\b(?:thousands|millions|billions|hundreds|dozens)\\b)",
                    "\\b" + MONTH
                            + "(?!\\s\\d)(?<=\\b(?:in|since|until|by|from|during|of|last|next|this|early|late|mid|the|"
                            + "his|her|their|its)\\s" + MONTH + ")",
                    // "February’s meeting": a month named in the possessive (not "May’s", more often a name)
                    "\\b(?:January|February|March|April|June|July|August|September|October|November|December)(?=[’']s\\b)",
                    "\\b" + WEEKDAY + "\\b",
                    "\\b(?:today|yesterday|tomorrow)\\b",
                    "(?<=\\b(?:in|since|until|by|from|during|of|since|early|late|mid-)\\s)" + YEAR + "\\b|(?<=’s\\s)"
                            + YEAR + "(?=\\s[a-z])"),
            Pattern.UNICODE_CASE);

    /** Every alternative of {@link #FIGURE} begins with a digit, a currency sign or one of these words. */
    static final WordStartScan SCAN = new WordStartScan(
            FIGURE,
            Set.of(
                    "january",
                    "february",
                    "march",
                    "april",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                    "jan",
                    "feb",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "last",
                    "next",
                    "this",
                    "earlier",
                    "later",
                    "past",
                    "today",
                    "yesterday",
                    "tomorrow",
                    "a",
                    "an",
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "eleven",
                    "twelve",
                    "thirteen",
                    "fourteen",
                    "fifteen",
                    "sixteen",
                    "seventeen",
                    "eighteen",
                    "nineteen",
                    "twenty",
                    "thirty",
                    "forty",
                    "fifty",
                    "sixty",
                    "seventy",
                    "eighty",
                    "ninety",
                    "hundred",
                    "between",
                    "from",
                    "at",
                    "no",
                    "more",
                    "fewer",
                    "less",
                    "over",
                    "above",
                    "under",
                    "up",
                    "about",
                    "around",
                    "approximately",
                    "roughly",
                    "nearly",
                    "almost",
                    "some",
                    "within",
                    "the",
                    "us",
                    "c",
                    "tens",
                    "hundreds",
                    "dozens",
                    "thousands",
                    "millions",
                    "billions",
                    "greater",
                    "smaller",
                    "higher",
                    "lower",
                    "below",
                    "hk",
                    "s",
                    "nz",
                    "cn",
                    "rs",
                    "half",
                    "another"),
            true,
            "$€£¥₹≤≥⩽⩾<>~");

    /** "the two leaders", "all three presidents": a bare number word after these refers back, it does not count. */
    private static final Pattern REFERRING_BEFORE = Pattern.compile("(?i)\\b(?:the|all|both|these|those|other)\\s$");

    private static final Pattern BARE_NUMBER_WORD = Pattern.compile("(?i)" + WORD_NUMBER);

    /** A number that names a thing rather than counting: "Article 5", "World War 2", "edition 19". */
    private static final Pattern NAMING = Pattern.compile("(?i)(?:article|section|chapter|edition|no\\.|number|"
            + "resolution|flight|route|war|point|phase|stage|level|room|page|g|covid)[\\s-]?$");
    /** "a" and "one" alone are articles and pronouns far more often than figures. */
    private static final Pattern LONE_ARTICLE = Pattern.compile("(?i)(?:a|an|one)");

    private final FigureNormaliser normaliser;

    /** @param normaliser the project's reading ({@code FigureReaders}), or {@link FigureNormaliser#withoutProject()} */
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
            if (written.isBlank()
                    || LONE_ARTICLE.matcher(written).matches()
                    || referential(text, start, written)
                    || NAMING.matcher(text.substring(Math.max(0, start - 12), start))
                            .find()) {
                continue;
            }
            // The sentence's tense decides which side of publication a bare "Friday" or "February" lies on.
            FigureReading reading = normaliser.read(written, published, TenseCues.forFigure(text, start, end));
            found.add(new Suggestion(
                    NAME, Layer.FIGURE, label(reading, written), start, end, FigureCodec.attributes(reading), null));
        }
        return found;
    }

    private static boolean referential(String text, int start, String written) {
        return BARE_NUMBER_WORD.matcher(written).matches()
                && REFERRING_BEFORE
                        .matcher(text.substring(Math.max(0, start - 10), start))
                        .find();
    }

    private static String label(FigureReading reading, String written) {
        if (reading.understood()) {
            return reading.dimension();
        }
        if (written.matches("(?s).*\\b(?:" + WEEKDAY + "|today|yesterday|tomorrow|January|February|March|April|May|"
                        + "June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|ago|week|month|"
                        + "year)\\b.*")
                && !written.matches("(?s).*\\d.*(?:weeks?|months?|years?|days?)$")) {
            return Labels.DATE;
        }
        if (written.matches("(?s).*(?:weeks?|months?|years?|days?|hours?)$")) {
            return Labels.DURATION;
        }
        return Labels.COUNT;
    }

    static boolean isDimension(String label) {
        return List.of(
                        Dimensions.MONEY,
                        Dimensions.PERCENT,
                        Dimensions.COUNT,
                        Dimensions.LENGTH,
                        Dimensions.DURATION,
                        Dimensions.DATE)
                .contains(label);
    }
}
