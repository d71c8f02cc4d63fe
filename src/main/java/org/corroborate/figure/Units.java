package org.corroborate.figure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The unit tables shared by every rule: unit words after a number (with dimension, code, currency, and a
 * factor for words that are a multiple of their unit: "a fortnight" is two weeks, "50 basis points" half a
 * percentage point), currency signs and codes before it, and words that make a number something this
 * normaliser does not read (weights, temperatures, times of day, currencies it does not know).
 */
final class Units {

    record Unit(String dimension, String code, String currency, BigDecimal factor) {}

    private static final Map<String, Unit> WORDS = new HashMap<>();
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /**
     * Currency signs and codes before the number. "$" is read as US dollars and "¥" as yen, as in most
     * English-language news (ADR 0013); other dollars are written C$, A$, HK$, and yuan "yuan" or CN¥.
     */
    static final Map<String, String> CURRENCY_BEFORE = Map.ofEntries(
            Map.entry("$", "USD"),
            Map.entry("us$", "USD"),
            Map.entry("u.s.$", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("c$", "CAD"),
            Map.entry("ca$", "CAD"),
            Map.entry("cad", "CAD"),
            Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"),
            Map.entry("aud", "AUD"),
            Map.entry("hk$", "HKD"),
            Map.entry("hkd", "HKD"),
            Map.entry("s$", "SGD"),
            Map.entry("sgd", "SGD"),
            Map.entry("nz$", "NZD"),
            Map.entry("nzd", "NZD"),
            Map.entry("¥", "JPY"),
            Map.entry("jp¥", "JPY"),
            Map.entry("jpy", "JPY"),
            Map.entry("cn¥", "CNY"),
            Map.entry("cny", "CNY"),
            Map.entry("rmb", "CNY"),
            Map.entry("chf", "CHF"),
            Map.entry("uah", "UAH"),
            Map.entry("₴", "UAH"),
            Map.entry("rub", "RUB"),
            Map.entry("₽", "RUB"),
            Map.entry("inr", "INR"),
            Map.entry("₹", "INR"),
            Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"));

    /** The currencies whose hundredth is a cent: "3 dollars 50 cents", "2 euros and 20 cents". */
    static final Set<String> CENTS = Set.of("USD", "EUR", "CAD", "AUD", "HKD", "SGD", "NZD");

    /**
     * Words after a number that measure something without a dimension here (weights, temperatures, currencies
     * this normaliser does not know), or that make it a time of day or an ordinal: the number is then not read
     * as a count of them. Some are money units too ("pounds", "cents"): those are read as money when they are
     * the whole unit, and keep "5,000 pounds of cocaine" from being a count.
     */
    static final Set<String> NOT_COUNTED = Set.of(
            "pounds",
            "pound",
            "lb",
            "lbs",
            "kg",
            "kilograms",
            "kilogram",
            "kilos",
            "kilo",
            "grams",
            "gram",
            "g",
            "tonnes",
            "tons",
            "tonne",
            "ton",
            "ounces",
            "oz",
            "litres",
            "liters",
            "litre",
            "liter",
            "gallons",
            "gallon",
            "barrels",
            "barrel",
            "bpd",
            "degrees",
            "degree",
            "°c",
            "°f",
            "°",
            "celsius",
            "fahrenheit",
            "mph",
            "kph",
            "km/h",
            "knots",
            "knot",
            "acres",
            "acre",
            "hectares",
            "hectare",
            "ha",
            "square",
            "sq",
            "cubic",
            "mw",
            "gw",
            "kw",
            "kwh",
            "mwh",
            "gwh",
            "twh",
            "megawatts",
            "gigawatts",
            "watts",
            "volts",
            "gb",
            "mb",
            "tb",
            "bytes",
            "calories",
            "points",
            "point",
            "pts",
            "pt",
            "am",
            "pm",
            "a.m",
            "p.m",
            "gmt",
            "utc",
            "bst",
            "cet",
            "est",
            "edt",
            "pst",
            "et",
            "o'clock",
            "h",
            "st",
            "nd",
            "rd",
            "th",
            "per",
            "a",
            "an",
            "percentile",
            "x",
            "m",
            "francs",
            "franc",
            "crowns",
            "pesos",
            "peso",
            "rupees",
            "rupee",
            "dinars",
            "dirhams",
            "riyals",
            "rand",
            "lira",
            "lire",
            "shekels",
            "won",
            "reais",
            "real",
            "zloty",
            "zlotys",
            "forint",
            "koruna",
            "kroner",
            "kronor",
            "krona",
            "krone",
            "baht",
            "ringgit",
            "naira",
            "shillings",
            "cedis",
            "taka",
            "dong",
            "leu",
            "lei",
            "lev",
            "tenge",
            "lari",
            "manat",
            "pence",
            "penny",
            "cents",
            "cent",
            "bitcoin",
            "bitcoins",
            "btc",
            "¥",
            "yen-denominated",
            "and",
            "or",
            "to",
            "of",
            "by",
            "in",
            "on",
            "at",
            "from",
            "for",
            "with",
            "than",
            "out",
            "-",
            "+",
            "/",
            "&",
            "is",
            "was",
            "are",
            "were");

    static {
        money("USD", "dollars", "dollar", "us dollars", "u.s. dollars", "usd", "american dollars");
        money("EUR", "euros", "euro", "eur");
        money("GBP", "pounds sterling", "sterling", "british pounds", "gbp", "pounds");
        money("JPY", "yen", "japanese yen", "jpy");
        money("CNY", "yuan", "renminbi", "cny", "rmb", "chinese yuan");
        money("RUB", "rubles", "roubles", "ruble", "rouble", "russian rubles", "russian roubles", "rub");
        money("UAH", "hryvnias", "hryvnia", "hryvnas", "hryvnya", "hryvnyas", "uah");
        money("CAD", "canadian dollars", "cad");
        money("AUD", "australian dollars", "aud");
        money("CHF", "swiss francs", "chf", "francs");
        money("INR", "indian rupees", "inr", "rupees");
        money("PKR", "pakistani rupees", "pakistan rupees", "pkr");
        money("LKR", "sri lankan rupees", "lkr");
        money("NPR", "nepalese rupees", "nepali rupees", "npr");
        money("HKD", "hong kong dollars", "hkd");
        money("SGD", "singapore dollars", "sgd");
        money("NZD", "new zealand dollars", "nzd");
        // a bare "cents" is a hundredth of a US dollar, as "$" is one; a compound amount gives cents its currency
        minor("USD", "cents", "cent", "us cents");
        minor("EUR", "euro cents", "euro cent");
        minor("GBP", "pence", "penny");
        unit(Dimensions.PERCENT, "%", BigDecimal.ONE, "%", "percent", "per cent", "pct", "pc");
        unit(
                Dimensions.PERCENT,
                "percentage-point",
                BigDecimal.ONE,
                "percentage points",
                "percentage point",
                "percent points",
                "per cent points",
                "pct points",
                "pp",
                "ppt",
                "ppts");
        unit(
                Dimensions.PERCENT,
                "percentage-point",
                new BigDecimal("0.01"),
                "basis points",
                "basis point",
                "bps",
                "bp");
        unit(
                Dimensions.LENGTH,
                "km",
                BigDecimal.ONE,
                "km",
                "kms",
                "kilometres",
                "kilometers",
                "kilometre",
                "kilometer");
        unit(Dimensions.LENGTH, "m", BigDecimal.ONE, "metres", "meters", "metre", "meter");
        unit(Dimensions.LENGTH, "cm", BigDecimal.ONE, "cm", "centimetres", "centimeters", "centimetre", "centimeter");
        unit(Dimensions.LENGTH, "mm", BigDecimal.ONE, "mm", "millimetres", "millimeters", "millimetre", "millimeter");
        unit(Dimensions.LENGTH, "mi", BigDecimal.ONE, "miles", "mile", "mi");
        unit(Dimensions.LENGTH, "nmi", BigDecimal.ONE, "nautical miles", "nautical mile");
        unit(Dimensions.LENGTH, "ft", BigDecimal.ONE, "feet", "foot", "ft");
        unit(Dimensions.LENGTH, "yd", BigDecimal.ONE, "yards", "yard", "yd");
        unit(Dimensions.DURATION, "second", BigDecimal.ONE, "seconds", "second", "secs", "sec");
        unit(Dimensions.DURATION, "minute", BigDecimal.ONE, "minutes", "minute", "mins", "min");
        unit(Dimensions.DURATION, "hour", BigDecimal.ONE, "hours", "hour", "hrs", "hr");
        unit(Dimensions.DURATION, "day", BigDecimal.ONE, "days", "day");
        unit(Dimensions.DURATION, "week", BigDecimal.ONE, "weeks", "week");
        unit(Dimensions.DURATION, "week", BigDecimal.TWO, "fortnights", "fortnight");
        unit(Dimensions.DURATION, "month", BigDecimal.ONE, "months", "month");
        unit(Dimensions.DURATION, "year", BigDecimal.ONE, "years", "year", "yrs");
        unit(Dimensions.DURATION, "decade", BigDecimal.ONE, "decades", "decade");
        unit(Dimensions.DURATION, "year", BigDecimal.valueOf(100), "centuries", "century");
        unit(Dimensions.COUNT, "times", BigDecimal.ONE, "times", "fold");
    }

    /**
     * Units of one family convert exactly into each other (to the smaller one when a range mixes them: "a week
     * to 10 days" is 7 to 10 days). Days and months do not: a month has no fixed number of days.
     */
    private static final Map<String, Map.Entry<String, BigDecimal>> FAMILY = Map.ofEntries(
            family("second", "time", 1),
            family("minute", "time", 60),
            family("hour", "time", 3_600),
            family("day", "time", 86_400),
            family("week", "time", 604_800),
            family("month", "calendar", 1),
            family("year", "calendar", 12),
            family("decade", "calendar", 120),
            family("mm", "metric", 1),
            family("cm", "metric", 10),
            family("m", "metric", 1_000),
            family("km", "metric", 1_000_000),
            family("ft", "imperial", 1),
            family("yd", "imperial", 3),
            family("mi", "imperial", 5_280));

    private Units() {}

    static Optional<Unit> of(String words) {
        return Optional.ofNullable(WORDS.get(words));
    }

    /** How many {@code to} make one {@code from} (both of one family), or empty when they do not convert. */
    static Optional<BigDecimal> factor(String from, String to) {
        Map.Entry<String, BigDecimal> a = FAMILY.get(from);
        Map.Entry<String, BigDecimal> b = FAMILY.get(to);
        if (a == null || b == null || !a.getKey().equals(b.getKey())) {
            return Optional.empty();
        }
        return Optional.of(a.getValue().divide(b.getValue(), java.math.MathContext.DECIMAL64));
    }

    /** Of two convertible units, the smaller. */
    static String smaller(String a, String b) {
        return family(a).getValue().compareTo(family(b).getValue()) <= 0 ? a : b;
    }

    private static Map.Entry<String, BigDecimal> family(String unit) {
        return Objects.requireNonNull(FAMILY.get(unit), () -> "not a convertible unit: " + unit);
    }

    private static void money(String iso, String... words) {
        for (String word : words) {
            WORDS.put(word, new Unit(Dimensions.MONEY, iso, iso, BigDecimal.ONE));
        }
    }

    private static void minor(String iso, String... words) {
        for (String word : words) {
            WORDS.put(word, new Unit(Dimensions.MONEY, iso, iso, HUNDREDTH));
        }
    }

    /** A money unit worth a hundredth of its currency: "cents", "pence". */
    static boolean isMinor(Unit unit) {
        return unit.dimension().equals(Dimensions.MONEY) && unit.factor().compareTo(HUNDREDTH) == 0;
    }

    private static void unit(String dimension, String code, BigDecimal factor, String... words) {
        for (String word : words) {
            WORDS.put(word, new Unit(dimension, code, "", factor));
        }
    }

    private static Map.Entry<String, Map.Entry<String, BigDecimal>> family(String code, String family, long size) {
        return Map.entry(code, Map.entry(family, BigDecimal.valueOf(size)));
    }
}
