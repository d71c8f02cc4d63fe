package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import org.corroborate.figure.FigureNormaliser;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class FigureDetectorTest extends DetectorContract {

    @Override
    Detector detector() {
        return new FigureDetector(FigureNormaliser.withoutProject());
    }

    @Test
    void money_carries_its_currency_and_scale() {
        String text = "The ministers agreed to lend €12 billion to the airline.";
        Suggestion s = only(text, Layer.FIGURE, "€12 billion");
        assertThat(s.label()).isEqualTo(Labels.MONEY);
        assertThat(s.attributes())
                .containsEntry(Attributes.CURRENCY, "EUR")
                .containsEntry(Attributes.LOWER, "12000000000")
                .containsEntry(Attributes.BOUND, "exact");
    }

    @Test
    void a_bare_weekday_is_read_by_the_tense_of_its_sentence() {
        // Published on Thursday 14 August 2025.
        String text = "Trump will meet Putin in Alaska on Friday. Zelenskyy met European leaders on Wednesday. "
                + "Much depends on the outcome of Friday's meeting.";
        List<Suggestion> days = new FigureDetector(FigureNormaliser.withoutProject())
                .detect(ArticleAnalysis.of(text, java.time.LocalDate.of(2025, 8, 14))).stream()
                        .filter(s -> s.label().equals(Labels.DATE))
                        .toList();
        assertThat(days)
                .extracting(s -> s.attributes().get(Attributes.LOWER))
                .containsExactly("2025-08-15", "2025-08-13", "2025-08-15");
    }

    @Test
    void a_qualifier_is_part_of_the_figure_and_sets_its_bound() {
        String text = "Analysts said more than $400 million in savings was still needed.";
        Suggestion s = only(text, Layer.FIGURE, "more than $400 million");
        assertThat(s.label()).isEqualTo(Labels.MONEY);
        assertThat(s.attributes())
                .containsEntry(Attributes.CURRENCY, "USD")
                .containsEntry(Attributes.BOUND, "at-least");
    }

    @Test
    void a_percentage_is_a_percent() {
        String text = "Turnout fell to 38.5% in the capital and to 41 percent elsewhere.";
        assertThat(only(text, Layer.FIGURE, "38.5%").label()).isEqualTo(Labels.PERCENT);
        assertThat(only(text, Layer.FIGURE, "41 percent").label()).isEqualTo(Labels.PERCENT);
    }

    @Test
    void a_count_is_the_number_without_the_counted_noun() {
        String text = "The company has cut 1,200 jobs.";
        Suggestion s = only(text, Layer.FIGURE, "1,200");
        assertThat(s.label()).isEqualTo(Labels.COUNT);
        assertThat(s.attributes()).containsEntry(Attributes.LOWER, "1200");
    }

    @Test
    void a_duration_keeps_its_unit() {
        String text = "The loan runs for five years.";
        assertThat(detect(text)).extracting(Suggestion::label).containsExactly(Labels.DURATION);
    }

    @Test
    void a_deadline_counted_from_publication_is_a_date() {
        String text = "The loan must be repaid within five years.";
        assertThat(detect(text)).extracting(Suggestion::label).containsExactly(Labels.DATE);
    }

    @Test
    void relative_dates_are_read_against_the_publication_date() {
        String text = "The vote was held last Tuesday and the result is expected next week.";
        Suggestion tuesday = only(text, Layer.FIGURE, "last Tuesday");
        assertThat(tuesday.label()).isEqualTo(Labels.DATE);
        assertThat(tuesday.attributes()).containsEntry(Attributes.LOWER, "2025-03-11");
        Suggestion nextWeek = only(text, Layer.FIGURE, "next week");
        assertThat(nextWeek.attributes())
                .containsEntry(Attributes.LOWER, "2025-03-17")
                .containsEntry(Attributes.UPPER, "2025-03-23");
    }

    @Test
    void a_bare_weekday_is_the_latest_such_day_up_to_publication() {
        String text = "The talks resumed on Monday.";
        Suggestion monday = only(text, Layer.FIGURE, "Monday");
        assertThat(monday.label()).isEqualTo(Labels.DATE);
        assertThat(monday.attributes())
                .containsEntry(Attributes.LOWER, "2025-03-10")
                .containsEntry(Attributes.UPPER, "2025-03-10");
    }

    @Test
    void days_ago_counts_back_from_the_publication_date_give_or_take_a_day() {
        String text = "The ship sank three days ago.";
        assertThat(only(text, Layer.FIGURE, "three days ago").attributes())
                .containsEntry(Attributes.BOUND, "approximate")
                .containsEntry(Attributes.LOWER, "2025-03-10")
                .containsEntry(Attributes.UPPER, "2025-03-12");
    }

    @Test
    void a_full_date_is_one_figure() {
        String text = "The treaty was signed on March 3, 2024, in Geneva.";
        Suggestion s = only(text, Layer.FIGURE, "March 3, 2024");
        assertThat(s.attributes()).containsEntry(Attributes.LOWER, "2024-03-03");
    }

    @Test
    void a_number_that_names_a_thing_is_not_a_figure() {
        String text = "Article 5 of the treaty was invoked.";
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void trying_the_pattern_only_at_word_starts_finds_exactly_what_a_full_scan_finds() {
        List<String> texts = new ArrayList<>(List.of(
                NEWS,
                "US$5, C$7 and A$9 or €3bn, £2m, ¥40 and $ 8",
                "G7 mid-2024 "
                        + "1990’s 2001 in 2020 since May, from June to July, é5 über 12 ßx 3_4 _5 between 9 and 10 km",
                "Mai 3, Tues 4 — «20%» (30%) [40 %] 5–6% twenty-one one-third a quarter of",
                "Sept. 11, Feb. 3 and Dec. 1; greater than 100 and smaller than 300, at most 100 and at least 20, "
                        + "20~100, 20 〜 100, ≤ 100, <5, >= 7, ~40, x~3, HK$20, CN¥5, Rs 5 crore, ₹9, 1.5 lakh crore, "
                        + "3 dollars 50 cents, 50 euro cents, half of them, the first half of 2025, a third."));
        hostileTexts().forEach(texts::add);
        SeedArticles.load().forEach(seed -> texts.add(seed.text()));
        texts.addAll(DetectorBenchmark.generated(5, 400, 7));
        for (String text : texts) {
            assertThat(spans(FigureDetector.SCAN.matches(text)))
                    .as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(spans(FigureDetector.SCAN.matchesByFullScan(text)));
        }
    }

    @Test
    void an_abbreviated_month_with_a_day_is_a_date_not_a_count() {
        String text = "The Sept. 11 attacks were recalled on Feb. 3, and the report of Aug. 28, 2025, is due Dec. 1.";
        assertThat(only(text, Layer.FIGURE, "Sept. 11").attributes()).containsEntry(Attributes.LOWER, "2025-09-11");
        assertThat(only(text, Layer.FIGURE, "Feb. 3").attributes()).containsEntry(Attributes.LOWER, "2025-02-03");
        assertThat(only(text, Layer.FIGURE, "Aug. 28, 2025").attributes())
                .containsEntry(Attributes.LOWER, "2025-08-28");
        assertThat(only(text, Layer.FIGURE, "Dec. 1").attributes()).containsEntry(Attributes.LOWER, "2024-12-01");
        assertThat(detect(text)).extracting(Suggestion::label).containsOnly(Labels.DATE);
    }

    @Test
    void without_a_publication_date_an_abbreviated_month_is_still_labelled_a_date() {
        String text = "The Sept. 11 attacks changed air travel.";
        assertThat(new FigureDetector(FigureNormaliser.withoutProject()).detect(ArticleAnalysis.of(text, null)))
                .extracting(Suggestion::label)
                .containsExactly(Labels.DATE);
    }

    @Test
    void a_range_with_two_bounds_is_one_figure() {
        String text = "Estimates ranged between 100 and 300, or greater than 100 and smaller than 300 in the other "
                + "survey, at most 100 and at least 20 in the third, from one thousand to fifteen hundred overall, "
                + "20~100 per site and ≤ 100 per day.";
        assertThat(only(text, Layer.FIGURE, "between 100 and 300").attributes())
                .containsEntry(Attributes.BOUND, "range")
                .containsEntry(Attributes.LOWER, "100")
                .containsEntry(Attributes.UPPER, "300");
        assertThat(only(text, Layer.FIGURE, "greater than 100 and smaller than 300")
                        .attributes())
                .containsEntry(Attributes.BOUND, "range")
                .containsEntry(Attributes.LOWER, "100");
        assertThat(only(text, Layer.FIGURE, "at most 100 and at least 20").attributes())
                .containsEntry(Attributes.LOWER, "20")
                .containsEntry(Attributes.UPPER, "100");
        assertThat(only(text, Layer.FIGURE, "from one thousand to fifteen hundred")
                        .attributes())
                .containsEntry(Attributes.UPPER, "1500");
        assertThat(only(text, Layer.FIGURE, "20~100").attributes()).containsEntry(Attributes.BOUND, "range");
        assertThat(only(text, Layer.FIGURE, "≤ 100").attributes()).containsEntry(Attributes.BOUND, "at-most");
        assertThat(detect(text)).hasSize(6);
    }

    @Test
    void currencies_written_before_or_after_the_amount_are_money() {
        String text = "The fund raised US$ 150 million, C$40 million, HK$ 2 billion, A$3 billion, €5 million, "
                + "£2m and ¥40 billion; donors gave 5 million francs, 3 million pounds, 800 yen, 100 rupees, "
                + "5 lakh rupees and 5 crore rupees.";
        List<String> expected = List.of(
                "US$ 150 million",
                "C$40 million",
                "HK$ 2 billion",
                "A$3 billion",
                "€5 million",
                "£2m",
                "¥40 billion",
                "5 million francs",
                "3 million pounds",
                "800 yen",
                "100 rupees",
                "5 lakh rupees",
                "5 crore rupees");
        assertThat(quotes(text, Layer.FIGURE, Labels.MONEY)).containsExactlyElementsOf(expected);
        assertThat(detect(text)).hasSize(expected.size());
        assertThat(only(text, Layer.FIGURE, "HK$ 2 billion").attributes()).containsEntry(Attributes.CURRENCY, "HKD");
        assertThat(only(text, Layer.FIGURE, "5 crore rupees").attributes())
                .containsEntry(Attributes.LOWER, "50000000")
                .containsEntry(Attributes.CURRENCY, "INR");
    }

    @Test
    void cents_pence_and_compound_amounts_are_money_in_the_currency() {
        String text = "A stamp costs 50 cents, a paper 470 pence, a coffee 3 dollars 50 cents and lunch thirteen "
                + "dollars and forty-five cents.";
        assertThat(only(text, Layer.FIGURE, "50 cents").attributes())
                .containsEntry(Attributes.LOWER, "0.5")
                .containsEntry(Attributes.CURRENCY, "USD");
        assertThat(only(text, Layer.FIGURE, "470 pence").attributes())
                .containsEntry(Attributes.LOWER, "4.7")
                .containsEntry(Attributes.CURRENCY, "GBP");
        assertThat(only(text, Layer.FIGURE, "3 dollars 50 cents").attributes()).containsEntry(Attributes.LOWER, "3.5");
        assertThat(only(text, Layer.FIGURE, "thirteen dollars and forty-five cents")
                        .attributes())
                .containsEntry(Attributes.LOWER, "13.45");
        assertThat(detect(text)).hasSize(4);
    }

    @Test
    void a_fraction_that_is_a_share_is_a_percent() {
        String text = "Two-thirds of the money went to schools, three quarters of it to buildings, a third of the "
                + "rest to books and the remaining quarter to staff; more than half the teachers agreed.";
        assertThat(quotes(text, Layer.FIGURE, Labels.PERCENT))
                .containsExactly("Two-thirds", "three quarters", "a third", "the remaining quarter", "more than half");
        assertThat(only(text, Layer.FIGURE, "the remaining quarter").attributes())
                .containsEntry(Attributes.LOWER, "25");
        assertThat(detect(text)).hasSize(5);
    }

    @Test
    void half_or_a_third_that_is_not_a_share_is_not_a_figure() {
        String text = "In the first half of the year he won a third term, and his half-brother left.";
        assertThat(detect(text))
                .noneMatch(s -> s.text(text).contains("half") || s.text(text).contains("third"));
    }

    static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }

    @Test
    void a_month_used_as_a_modifier_or_in_the_possessive_is_a_date() {
        String text = "Unlike their February meeting, March’s talks went well.";
        assertThat(only(text, Layer.FIGURE, "February").label()).isEqualTo(Labels.DATE);
        assertThat(only(text, Layer.FIGURE, "March").label()).isEqualTo(Labels.DATE);
    }

    @Test
    void a_number_word_that_refers_back_is_not_a_figure_but_a_counted_one_is() {
        String text = "The two leaders met for three hours, and all three ministers agreed to send two envoys.";
        assertThat(quotes(text, Layer.FIGURE, Labels.DURATION)).containsExactly("three hours");
        assertThat(quotes(text, Layer.FIGURE, Labels.COUNT)).containsExactly("two");
        assertThat(detect(text)).noneMatch(s -> s.start() == text.indexOf("two leaders"));
    }

    @Test
    void a_capitalised_number_word_opening_a_sentence_is_a_count() {
        String text = "Three people were arrested. The Two Sicilies is a name.";
        assertThat(only(text, Layer.FIGURE, "Three").attributes()).containsEntry(Attributes.LOWER, "3");
        assertThat(quotes(text, Layer.FIGURE, Labels.COUNT)).containsExactly("Three");
    }
}
