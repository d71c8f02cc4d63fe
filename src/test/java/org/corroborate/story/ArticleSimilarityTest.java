package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.project.ProjectSettings;
import org.corroborate.suggestion.SeedArticles;
import org.junit.jupiter.api.Test;

/** Measured on the five seed articles (fixtures/articles), which report one event from several outlets. */
class ArticleSimilarityTest {

    private static final double STORY = ProjectSettings.DEFAULT_STORY_SIMILARITY.doubleValue();
    private static final double NEAR_DUPLICATE = ProjectSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD.doubleValue();
    /** Ids are the seed files' numbers: 0 is 000_….txt, 4 is 004_….txt. */
    private static final long FOOTBALL = 10;

    private static final long WEATHER = 11;
    private static final long REFINERY = 12;

    private static List<ArticleSimilarity.Text> seeds() {
        List<ArticleSimilarity.Text> texts = new ArrayList<>();
        for (SeedArticles.Seed seed : SeedArticles.load()) {
            texts.add(new ArticleSimilarity.Text(Long.parseLong(seed.file().substring(0, 3)), seed.text()));
        }
        return texts;
    }

    private static List<ArticleSimilarity.Text> seedsAndOthers() {
        List<ArticleSimilarity.Text> texts = new ArrayList<>(seeds());
        texts.add(new ArticleSimilarity.Text(FOOTBALL, OtherArticles.FOOTBALL));
        texts.add(new ArticleSimilarity.Text(WEATHER, OtherArticles.WEATHER));
        texts.add(new ArticleSimilarity.Text(REFINERY, OtherArticles.REFINERY_STRIKE));
        return texts;
    }

    @Test
    void every_pair_of_seed_articles_is_above_the_story_threshold() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seeds());
        for (long a = 0; a < 5; a++) {
            for (long b = a + 1; b < 5; b++) {
                assertThat(similarity.story(a, b)).as("seed %d and %d", a, b).isGreaterThan(STORY);
            }
        }
    }

    @Test
    void the_seed_articles_form_one_story() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seeds());
        StoryClustering.Result result =
                StoryClustering.cluster(Map.of(), List.of(0L, 1L, 2L, 3L, 4L), similarity::story, STORY);

        assertThat(result.newStories()).containsExactly(List.of(0L, 1L, 2L, 3L, 4L));
        assertThat(result.addedToStories()).isEmpty();
    }

    @Test
    void unrelated_articles_are_below_the_story_threshold_and_stay_out_of_the_seed_story() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seedsAndOthers());
        for (long seed = 0; seed < 5; seed++) {
            for (long other : List.of(FOOTBALL, WEATHER, REFINERY)) {
                assertThat(similarity.story(seed, other))
                        .as("seed %d and %d", seed, other)
                        .isLessThan(STORY);
            }
        }
        assertThat(similarity.story(FOOTBALL, WEATHER)).isLessThan(STORY);

        StoryClustering.Result result = StoryClustering.cluster(
                Map.of(), List.of(0L, 1L, 2L, 3L, 4L, FOOTBALL, WEATHER, REFINERY), similarity::story, STORY);
        assertThat(result.newStories()).containsExactly(List.of(0L, 1L, 2L, 3L, 4L));
    }

    @Test
    void the_heavy_term_index_finds_every_seed_article_for_every_other_and_the_same_stories_as_every_pair() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seedsAndOthers());
        for (long a = 0; a < 5; a++) {
            for (long b = 0; b < 5; b++) {
                if (a != b) {
                    assertThat(similarity.storyCandidates(a))
                            .as("candidates of seed %d", a)
                            .contains(b);
                }
            }
        }
        List<Long> all = List.of(0L, 1L, 2L, 3L, 4L, FOOTBALL, WEATHER, REFINERY);
        assertThat(StoryClustering.cluster(Map.of(), all, similarity::story, similarity::storyCandidates, STORY))
                .isEqualTo(StoryClustering.cluster(Map.of(), all, similarity::story, STORY));
        assertThat(StoryClustering.cluster(
                                Map.of(100L, List.of(0L, 1L, 2L, 3L)),
                                List.of(4L, FOOTBALL, WEATHER),
                                similarity::story,
                                similarity::storyCandidates,
                                STORY)
                        .addedToStories())
                .containsExactly(Map.entry(100L, List.of(4L)));
    }

    @Test
    void a_new_seed_article_joins_the_existing_seed_story() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seedsAndOthers());
        StoryClustering.Result result = StoryClustering.cluster(
                Map.of(100L, List.of(0L, 1L, 2L, 3L)), List.of(4L, FOOTBALL, WEATHER), similarity::story, STORY);

        assertThat(result.addedToStories()).containsExactly(Map.entry(100L, List.of(4L)));
        assertThat(result.newStories()).isEmpty();
    }

    @Test
    void only_the_two_rewrites_of_the_same_wire_copy_are_near_duplicates() {
        // 001 and 004 retell one wire report paragraph by paragraph ("a first line of defence", "approximately
        // $90 billion worth of U.S. weapons", "formalized on paper within the next week to 10 days").
        ArticleSimilarity similarity = ArticleSimilarity.of(seedsAndOthers());
        List<ArticleSimilarity.Pair> pairs = similarity.nearDuplicates(similarity.ids(), NEAR_DUPLICATE);

        assertThat(pairs).extracting(p -> List.of(p.a(), p.b())).containsExactly(List.of(1L, 4L));
        assertThat(pairs.getFirst().similarity()).isEqualTo(similarity.nearDuplicate(1, 4));
    }

    @Test
    void the_other_seed_pairs_are_far_below_the_near_duplicate_threshold() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seeds());
        for (long a = 0; a < 5; a++) {
            for (long b = a + 1; b < 5; b++) {
                if (a != 1 || b != 4) {
                    assertThat(similarity.nearDuplicate(a, b))
                            .as("seed %d and %d", a, b)
                            .isLessThan(NEAR_DUPLICATE / 2);
                }
            }
        }
        assertThat(similarity.nearDuplicate(1, 4)).isGreaterThan(NEAR_DUPLICATE * 1.5);
    }

    @Test
    void an_exact_copy_with_another_headline_is_a_near_duplicate_of_score_close_to_one() {
        String body = seeds().get(4).text();
        String copy = "Trump offers Ukraine guarantees\n" + body.substring(body.indexOf('\n') + 1);
        ArticleSimilarity similarity =
                ArticleSimilarity.of(List.of(new ArticleSimilarity.Text(1, body), new ArticleSimilarity.Text(2, copy)));

        assertThat(similarity.nearDuplicate(1, 2)).isGreaterThan(0.98);
        assertThat(similarity.story(1, 2)).isGreaterThan(0.95);
        assertThat(similarity.nearDuplicates(List.of(2L), NEAR_DUPLICATE)).hasSize(1);
    }

    @Test
    void only_pairs_with_a_focused_article_are_checked_for_near_duplicates() {
        ArticleSimilarity similarity = ArticleSimilarity.of(seeds());

        assertThat(similarity.nearDuplicates(List.of(0L, 2L), NEAR_DUPLICATE)).isEmpty();
        assertThat(similarity.nearDuplicates(List.of(4L), NEAR_DUPLICATE)).hasSize(1);
    }

    @Test
    void min_hash_estimates_the_jaccard_similarity_of_the_seed_pairs_closely() {
        List<ArticleSimilarity.Text> seeds = seeds();
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                Shingles x = Shingles.of(Words.all(seeds.get(a).text()));
                Shingles y = Shingles.of(Words.all(seeds.get(b).text()));
                // Standard error at J <= 0.1 with 128 hashes is under 0.027: three of them.
                assertThat(MinHash.of(x).estimatedJaccard(MinHash.of(y)))
                        .as("seed %d and %d", a, b)
                        .isCloseTo(x.jaccard(y), org.assertj.core.data.Offset.offset(0.08));
            }
        }
    }

    @Test
    void empty_texts_are_like_nothing() {
        ArticleSimilarity similarity = ArticleSimilarity.of(
                List.of(new ArticleSimilarity.Text(1, ""), new ArticleSimilarity.Text(2, "Some words here")));

        assertThat(similarity.nearDuplicate(1, 2)).isZero();
        assertThat(similarity.nearDuplicates(List.of(1L, 2L), 0.01)).isEmpty();
    }

    /** Prints the measured similarities that ADR 0007 quotes: in a corpus of the seeds alone, and with the others. */
    public static void main(String[] args) {
        for (List<ArticleSimilarity.Text> corpus : List.of(seeds(), seedsAndOthers())) {
            ArticleSimilarity similarity = ArticleSimilarity.of(corpus);
            List<Long> ids = new ArrayList<>(similarity.ids());
            System.out.println(
                    "corpus of " + ids.size() + "\npair\tstory (TF-IDF cosine)\tnear-duplicate (containment)");
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    System.out.printf(
                            "%d-%d\t%.3f\t%.3f%n",
                            ids.get(i),
                            ids.get(j),
                            similarity.story(ids.get(i), ids.get(j)),
                            similarity.nearDuplicate(ids.get(i), ids.get(j)));
                }
            }
        }
    }
}
