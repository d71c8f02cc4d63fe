package org.corroborate.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateCleanerTest {

    private static final Path SEEDS = Path.of("fixtures", "articles");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+[”\"’)]*");

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void repeated_body_of_article_003_is_set_aside_exactly_once() throws IOException {
        String raw = seed("003_b2946fdd4e160c63.txt");
        BoilerplateCleaner.Result result = cleaner.clean(raw);

        List<RemovedSegment> repeated = ofKind(result, NoiseKind.REPEATED_BODY);
        assertThat(repeated).hasSize(1);
        assertThat(repeated.getFirst().textIn(raw))
                .startsWith("Trump Tells Zelenskyy US Will Back Security Guarantees");
        String cleaned = result.cleanedText().text();
        for (String paragraph : List.of(
                "Dividing the Burden",
                "Will There Be a Trilateral Meeting?",
                "Trump Tells Zelenskyy US Will Back Security Guarantees for Ukraine",
                "Only a year")) {
            assertThat(occurrences(cleaned, paragraph)).as(paragraph).isEqualTo(1);
            assertThat(occurrences(raw, paragraph)).as(paragraph).isEqualTo(2);
        }
    }

    @Test
    void article_003_loses_its_forum_header_meta_descriptions_ads_and_share_widget() throws IOException {
        String raw = seed("003_b2946fdd4e160c63.txt");
        BoilerplateCleaner.Result result = cleaner.clean(raw);
        String cleaned = result.cleanedText().text();

        assertThat(ofKind(result, NoiseKind.FORUM_QUOTE_HEADER))
                .singleElement()
                .satisfies(s -> assertThat(s.textIn(raw)).startsWith("Quote from Alex bobby on August 19, 2025"));
        assertThat(ofKind(result, NoiseKind.META_DESCRIPTION)).isNotEmpty();
        assertThat(ofKind(result, NoiseKind.SHARE_WIDGET)).isNotEmpty();
        assertThat(cleaned)
                .doesNotContain(
                        "Quote from Alex bobby", "Meta Description", "Tekedia", "Click to share", "Share this:");
        assertThat(cleaned).startsWith("Trump Promises Security Guarantees for Ukraine After Meeting Zelenskyy");
    }

    @Test
    void article_001_loses_related_threads_and_the_copy_protection_notice() throws IOException {
        String raw = seed("001_fcb9d55784e1e080.txt");
        BoilerplateCleaner.Result result = cleaner.clean(raw);

        assertThat(ofKind(result, NoiseKind.RELATED_THREADS)).isNotEmpty();
        assertThat(ofKind(result, NoiseKind.CONTENT_PROTECTED)).hasSize(1);
        assertThat(result.cleanedText().text())
                .doesNotContain("Related Threads", "Recent Threads", "Content is protected");
        assertThat(result.cleanedText().text()).contains("has claimed over a million casualties");
    }

    @Test
    void article_000_loses_its_comment_count_header() throws IOException {
        String raw = seed("000_828551de5c653e7c.txt");
        BoilerplateCleaner.Result result = cleaner.clean(raw);

        assertThat(ofKind(result, NoiseKind.COMMENT_HEADER))
                .singleElement()
                .satisfies(s -> assertThat(s.textIn(raw)).startsWith("One thought on"));
    }

    @Test
    void article_002_loses_only_its_trailing_blank_lines() throws IOException {
        String raw = seed("002_52a60c5226144199.txt");
        BoilerplateCleaner.Result result = cleaner.clean(raw);

        assertThat(result.segments()).extracting(RemovedSegment::kind).containsExactly(NoiseKind.BLANK_TAIL);
        assertThat(result.cleanedText().text()).isEqualTo(raw.stripTrailing() + "\n");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void no_story_sentence_of_a_seed_is_lost(String seed) throws IOException {
        String raw = seed(seed);
        String cleaned = cleaner.clean(raw).cleanedText().text();

        for (String sentence : storySentences(raw)) {
            assertThat(cleaned).as("%s keeps: %s", seed, sentence).contains(sentence);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void segments_are_sorted_whole_lines_that_do_not_overlap(String seed) throws IOException {
        String raw = seed(seed);
        List<RemovedSegment> segments = cleaner.detect(raw);
        int previousEnd = 0;
        for (RemovedSegment s : segments) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.start() == 0 || raw.charAt(s.start() - 1) == '\n')
                    .as("starts a line")
                    .isTrue();
            assertThat(s.end() == raw.length() || raw.charAt(s.end() - 1) == '\n')
                    .as("ends a line")
                    .isTrue();
            previousEnd = s.end();
        }
    }

    @Test
    void text_without_noise_has_no_segments() {
        String raw = "A headline\nA story sentence, said officials.\n\nAnother paragraph here.";
        assertThat(cleaner.detect(raw)).isEmpty();
        assertThat(cleaner.clean(raw).cleanedText().text()).isEqualTo(raw);
    }

    @Test
    void empty_text_has_no_segments() {
        assertThat(cleaner.detect("")).isEmpty();
    }

    @Test
    void windows_line_endings_are_handled_and_kept() {
        String raw = "Headline\r\nStory sentence.\r\nShare this:\r\n- Click to share on X (Opens in new window) X\r\n";
        BoilerplateCleaner.Result result = cleaner.clean(raw);
        assertThat(result.cleanedText().text()).isEqualTo("Headline\r\nStory sentence.\r\n");
        assertThat(ofKind(result, NoiseKind.SHARE_WIDGET)).hasSize(1);
    }

    @Test
    void a_repeated_short_line_is_not_a_repeated_body() {
        String raw = "Headline\nConclusion\nThe first part of the story.\nConclusion\nThe second part of the story.\n";
        assertThat(cleaner.detect(raw)).isEmpty();
    }

    @Test
    void a_repeated_quote_in_a_story_is_kept() {
        String raw =
                "Headline\n“We love them,” Trump said.\nLater he repeated it:\n“We love them,” Trump said.\nEnd.\n";
        assertThat(cleaner.detect(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Advertisement",
                "Subscribe to our newsletter for daily updates.",
                "Register for the Spring Masterclass today: big discounts.",
                "Related Posts",
                "Read also:",
                "3 Comments",
                "Leave a Reply",
                "error: Content is protected !!",
                "Share on Facebook",
                "Facebook Twitter LinkedIn Email",
                "Quote from jsmith on March 3, 2024, 10:12 PM"
            })
    void typical_noise_lines_are_recognised(String line) {
        String raw = "Headline\nStory sentence.\n" + line + "\nMore story.\n";
        assertThat(cleaner.detect(raw))
                .singleElement()
                .satisfies(s -> assertThat(s.textIn(raw)).isEqualTo(line + "\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Voters had to register for the ballot by Friday, officials said, and many did so online.",
                "“Subscribe to my channel,” the influencer told the crowd.",
                "The comments drew criticism from allies.",
                "Share prices fell sharply on Monday."
            })
    void story_lines_that_look_like_noise_are_kept(String line) {
        String raw = "Headline\nStory sentence.\n" + line + "\nMore story.\n";
        assertThat(cleaner.detect(raw)).isEmpty();
    }

    @Test
    void hostile_markup_is_just_text() {
        String raw = "<script>alert(1)</script>\n\u202Eevil\u202C line <img src=x onerror=alert(1)>\n";
        assertThat(cleaner.clean(raw).cleanedText().text()).isEqualTo(raw);
    }

    @Test
    void the_headline_is_never_removed_even_if_it_looks_like_noise() {
        String raw = "Advertisement\nStory sentence.\n";
        assertThat(cleaner.detect(raw)).isEmpty();
    }

    /**
     * Sentences of the raw text, minus the noise lines named here: ad lines, share links, headers, and the
     * SEO description that follows a "Meta Description:" line.
     */
    private static List<String> storySentences(String raw) {
        List<String> sentences = new ArrayList<>();
        boolean afterMetaHeader = false;
        for (String line : raw.split("\\R")) {
            String t = line.strip();
            if (afterMetaHeader) {
                afterMetaHeader = false;
                continue;
            }
            afterMetaHeader = t.startsWith("Meta Description:");
            if (t.startsWith("Register for")
                    || t.startsWith("Join Tekedia")
                    || t.startsWith("Tekedia AI")
                    || t.startsWith("- Click to")
                    || t.startsWith("Quote from")
                    || t.startsWith("error:")
                    || t.startsWith("One thought on")
                    || t.startsWith("Meta Description")) {
                continue;
            }
            Matcher m = SENTENCE.matcher(t);
            while (m.find()) {
                String s = m.group().strip();
                if (s.length() > 20) {
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    private static List<RemovedSegment> ofKind(BoilerplateCleaner.Result result, NoiseKind kind) {
        return result.segments().stream().filter(s -> s.kind() == kind).toList();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String seed(String name) throws IOException {
        return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
    }
}
