package org.corroborate.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationImportService;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.ImportedAnnotation;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleSummary;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.suggestion.GoldKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The profile of seed article 004 ("Trump says...", the White House meeting of 18 August 2025) when the hand-made key
 * of fixtures/gold/seed-gold.jsonl is one annotator's finished set. Every expected figure below was counted by hand
 * from the key's 114 lines for that file; the comments say how.
 */
@CorroborateIntegrationTest
class SeedArticleProfileIT {

    private static final Path ARTICLE = Path.of("fixtures/articles/004_545589a7eaafdb4a.txt");

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationImportService annotationImports;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AnalyticsService analytics;

    private long projectId;
    private long articleId;

    @BeforeEach
    void annotatorFinishedTheKey() {
        projectId = DemoData.newProject(projects, "Analytics seed").id();
        Map<String, String> texts = new HashMap<>();
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "annotator", ProjectRole.ANNOTATOR);
            projects.setMember(projectId, "curator", ProjectRole.CURATOR);
            List<UploadedFile> files = new ArrayList<>();
            try (var seeds = Files.list(ARTICLE.getParent())) {
                for (Path file : seeds.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    files.add(new UploadedFile(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (ArticleSummary a : imports.importFiles(projectId, files).imported()) {
                texts.put(a.sourceName(), articles.get(projectId, a.id()).cleanedText());
                if (a.sourceName().equals(ARTICLE.getFileName().toString())) {
                    articleId = a.id();
                }
            }
        });
        SystemAuthentication.runAsSystem(() -> {
            String text = java.util.Objects.requireNonNull(
                    texts.get(ARTICLE.getFileName().toString()), "seed text");
            List<ImportedAnnotation> spans = GoldKey.load(texts).stream()
                    .filter(g -> g.file().equals(ARTICLE.getFileName().toString()))
                    .map(g -> {
                        Map<String, String> attributes = new HashMap<>(g.attributes());
                        if ("f22".equals(g.frame()) && g.label().equals("cue")) {
                            attributes.put(
                                    Attributes.CERTAINTY, "hedged"); // "According to analysts": marked hedged here
                        }
                        if (("f7".equals(g.frame()) || "f8".equals(g.frame()))
                                && g.label().equals("cue")) {
                            attributes.put(Attributes.CERTAINTY, "asserted");
                        }
                        return new ImportedAnnotation(
                                "annotator",
                                g.layer(),
                                g.label(),
                                g.start(),
                                g.end(),
                                attributes,
                                g.frame(),
                                null,
                                null);
                    })
                    .toList();
            annotationImports.store(projectId, articleId, text, spans);
        });
        DemoData.asUser("annotator", () -> annotations.setStatus(projectId, articleId, AnnotationSetStatus.FINISHED));
    }

    @Test
    void the_profile_of_the_key_is_what_a_reader_counts_by_hand() {
        ArticleProfile profile = DemoData.asUser(
                "curator",
                () -> analytics
                        .article(projectId, articleId, Counts.annotator("annotator"))
                        .orElseThrow());
        Components c = profile.components();

        assertThat(profile.counted()).isTrue();
        assertThat(c.attributions()).as("22 frames, one cue each").isEqualTo(22);
        assertThat(c.claims()).as("the key marks no claims").isZero();
        assertThat(c.sourceMentions()).as("21 lines of the source layer").isEqualTo(21);
        // 11 named people, and 4 pronouns that all resolve to a named person: "He also mentioned" (Zelenskyy before
        // it), "he said" after Trump, "he told Trump" (Macron) and "he said, “We" whose nearest mention is the
        // document "media reports": a personal pronoun skips it and takes Macron.
        assertThat(c.sourcesByType()).isEqualTo(new SourceTypes(15, 2, 2, 1, 1, 0, 0, 4));
        // Anonymous: "A source from the European delegation" and "a senior U.S. official" (unnamed individuals, never
        // named in the article) and "analysts" (an unnamed group). Named: everyone else, "Trump’s team" included.
        assertThat(c.anonymousMentions()).isEqualTo(3);
        assertThat(c.anonymousShare()).isCloseTo(3.0 / 21, within(1e-9));
        // all three carry anonymityReason "no": no reason for anonymity is given anywhere in the article
        assertThat(c.reasonsGiven()).isZero();
        assertThat(c.reasonShare()).isZero();
        // the 24 contents have 328 words (split at spaces); the anonymous frames f7 (13 words), f8 (8) and f22 (28)
        assertThat(c.contentWords()).isEqualTo(328);
        assertThat(c.anonymousWords()).isEqualTo(13 + 8 + 28);
        assertThat(c.hedged()).as("f22's cue, marked hedged above").isEqualTo(1);
        assertThat(c.asserted()).as("f7's and f8's cues").isEqualTo(2);
        assertThat(c.figures()).as("25 lines of the figure layer").isEqualTo(25);
        assertThat(c.verdicts().onBoard()).as("no slots on the board yet").isZero();
        assertThat(profile.nearDuplicate())
                .as("the import flags 001 and 004 as rewrites of the same wire copy")
                .isTrue();
    }

    @Test
    void the_spans_behind_the_anonymous_count_are_the_three_anonymous_mentions() {
        List<CountedSpan> spans =
                DemoData.asUser("curator", () -> analytics.spans(projectId, articleId, Counts.annotator("annotator")));

        assertThat(spans.stream().filter(CountedSpan::anonymous).map(CountedSpan::quote))
                .containsExactly("A source from the European delegation", "a senior U.S. official", "analysts");
        assertThat(spans.stream()
                        .filter(s -> s.layer() == Layer.ATTRIBUTION
                                && s.anonymousContent()
                                && s.label().equals("content")))
                .hasSize(3);
    }

    @Test
    void an_outlet_sums_its_articles_and_counts_them() {
        List<OutletProfile> outlets = DemoData.asUser(
                "curator", () -> analytics.outlets(projectId, Counts.annotator("annotator"), Scope.ALL));

        // the five seed files carry no outlet: one row for "no outlet", of which only 004 is counted
        assertThat(outlets).hasSize(1);
        assertThat(outlets.getFirst().articles()).isEqualTo(5);
        assertThat(outlets.getFirst().countedArticles()).isEqualTo(1);
        assertThat(outlets.getFirst().components().anonymousMentions()).isEqualTo(3);
    }

    @Test
    void an_annotator_sees_no_analytics_as_if_the_project_had_none() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoData.asUser(
                        "annotator", () -> analytics.article(projectId, articleId, Counts.annotator("annotator"))))
                .isInstanceOf(org.corroborate.security.NotFoundOrNotAllowedException.class);
    }
}
