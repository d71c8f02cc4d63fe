package org.corroborate.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;

class FigureDetectorTest extends DetectorContract {

    @Override
    Detector detector() {
        return new FigureDetector();
    }

    @Test
    void money_carries_its_currency_and_scale() {
        String text = "The ministers agreed to lend €12 billion to the airline.";
        Suggestion s = only(text, Layer.FIGURE, "€12 billion");
        assertThat(s.label()).isEqualTo(Labels.MONEY);
        assertThat(s.attributes()).containsEntry(Attributes.CURRENCY, "EUR").containsEntry(Attributes.LOWER, "12000000000")
                .containsEntry(Attributes.BOUND, "exact");
    }

    @Test
    void a_bare_weekday_is_read_by_the_tense_of_its_sentence() {
        // Published on Thursday 14 August 2025.
        String text = "Trump will meet Putin in Alaska on Friday. Zelenskyy met European leaders on Wednesday. "
                + "Much depends on the outcome of Friday's meeting.";
        List<Suggestion> days = new FigureDetector().detect(ArticleAnalysis.of(text, java.time.LocalDate.of(2025, 8, 14)))
                .stream().filter(s -> s.label().equals(Labels.DATE)).toList();
        assertThat(days).extracting(s -> s.attributes().get(Attributes.LOWER))
                .containsExactly("2025-08-15", "2025-08-13", "2025-08-15");
    }

    @Test
    void a_qualifier_is_part_of_the_figure_and_sets_its_bound() {
        String text = "Analysts said more than $400 million in savings was still needed.";
        Suggestion s = only(text, Layer.FIGURE, "more than $400 million");
        assertThat(s.label()).isEqualTo(Labels.MONEY);
        assertThat(s.attributes()).containsEntry(Attributes.CURRENCY, "USD").containsEntry(Attributes.BOUND, "at-least");
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
        assertThat(nextWeek.attributes()).containsEntry(Attributes.LOWER, "2025-03-17")
                .containsEntry(Attributes.UPPER, "2025-03-23");
    }

    @Test
    void a_bare_weekday_is_the_latest_such_day_up_to_publication() {
        String text = "The talks resumed on Monday.";
        Suggestion monday = only(text, Layer.FIGURE, "Monday");
        assertThat(monday.label()).isEqualTo(Labels.DATE);
        assertThat(monday.attributes()).containsEntry(Attributes.LOWER, "2025-03-10")
                .containsEntry(Attributes.UPPER, "2025-03-10");
    }

    @Test
    void days_ago_counts_back_from_the_publication_date_give_or_take_a_day() {
        String text = "The ship sank three days ago.";
        assertThat(only(text, Layer.FIGURE, "three days ago").attributes()).containsEntry(Attributes.BOUND, "approximate")
                .containsEntry(Attributes.LOWER, "2025-03-10").containsEntry(Attributes.UPPER, "2025-03-12");
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
        List<String> texts = new ArrayList<>(List.of(NEWS, "US$5, C$7 and A$9 or €3bn, £2m, ¥40 and $ 8", "G7 mid-2024 "
                + "1990’s 2001 in 2020 since May, from June to July, é5 über 12 ßx 3_4 _5 between 9 and 10 km",
                "Mai 3, Tues 4 — «20%» (30%) [40 %] 5–6% twenty-one one-third a quarter of"));
        hostileTexts().forEach(texts::add);
        SeedArticles.load().forEach(seed -> texts.add(seed.text()));
        texts.addAll(DetectorBenchmark.generated(5, 400, 7));
        for (String text : texts) {
            assertThat(spans(FigureDetector.SCAN.matches(text))).as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(spans(FigureDetector.SCAN.matchesByFullScan(text)));
        }
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
