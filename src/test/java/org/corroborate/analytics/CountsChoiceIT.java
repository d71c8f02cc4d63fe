package org.corroborate.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.source.SourceKind;
import org.corroborate.source.SourceRegistryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One seed article, three people's work on it and the detectors' suggestions: each choice of what counts gives its own
 * figures. "sources" (never named in the article) is the anonymous mention throughout: an unnamed group for
 * annotator, an unnamed individual for annotator2, an unnamed group with a reason for anonymity in the gold.
 */
@CorroborateIntegrationTest
class CountsChoiceIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CurationService curation;

    @Autowired
    SourceRegistryService registry;

    @Autowired
    AnalyticsService analytics;

    private TeamWork team;

    @BeforeEach
    void threePeopleAnnotated() {
        team = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Analytics counts");
        team.mark("annotator", Layer.SOURCE, Labels.UNNAMED_GROUP, "sources");
        team.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        team.setStatus("annotator", AnnotationSetStatus.FINISHED);
        team.mark("annotator2", Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, "sources");
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        team.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "French President Emmanuel Macron");
        team.setStatus("annotator2", AnnotationSetStatus.FINISHED);
        // the manager's set stays in progress: it never counts
        team.mark("manager", Layer.SOURCE, Labels.UNNAMED_GROUP, "U.S. President Donald Trump");
        team.setStatus("manager", AnnotationSetStatus.IN_PROGRESS);
    }

    private Components counted(Counts counts) {
        ArticleProfile profile = DemoData.asUser(
                "curator",
                () -> analytics
                        .article(team.projectId(), team.articleId(), counts)
                        .orElseThrow());
        return profile.counted() ? profile.components() : Components.NONE;
    }

    private boolean isCounted(Counts counts) {
        return DemoData.asUser(
                "curator",
                () -> analytics
                        .article(team.projectId(), team.articleId(), counts)
                        .orElseThrow()
                        .counted());
    }

    @Test
    void one_annotator_counts_their_finished_set() {
        Components c = counted(Counts.annotator("annotator"));

        assertThat(c.sourceMentions()).isEqualTo(2);
        assertThat(c.anonymousMentions()).isEqualTo(1);
        assertThat(c.anonymousShare()).isEqualTo(0.5);
        assertThat(counted(Counts.annotator("annotator2")).sourcesByType())
                .isEqualTo(new SourceTypes(2, 0, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void an_unfinished_set_never_counts() {
        assertThat(isCounted(Counts.annotator("manager"))).isFalse();
        assertThat(counted(Counts.annotator("manager")).sourceMentions()).isZero();
    }

    @Test
    void the_majority_counts_only_what_more_than_half_of_the_finished_sets_have() {
        // two finished sets: only Trump is in both with the same label ("sources" differs in type, Macron is in one)
        Components c = counted(Counts.MAJORITY);

        assertThat(c.sourceMentions()).isEqualTo(1);
        assertThat(c.sourcesByType().namedPerson()).isEqualTo(1);
        assertThat(c.anonymousMentions()).isZero();
    }

    @Test
    void gold_counts_only_once_the_article_is_curated() {
        DemoData.asUser("curator", () -> {
            int at = team.at("sources");
            curation.add(
                    team.projectId(),
                    team.articleId(),
                    new SpanRequest(
                            Layer.SOURCE,
                            Labels.UNNAMED_GROUP,
                            at,
                            at + "sources".length(),
                            Map.of(Attributes.ANONYMITY_REASON, "yes"),
                            null));
            int trump = team.at("U.S. President Donald Trump");
            return curation.add(
                    team.projectId(),
                    team.articleId(),
                    SpanRequest.of(
                            Layer.SOURCE, Labels.NAMED_PERSON, trump, trump + "U.S. President Donald Trump".length()));
        });
        assertThat(isCounted(Counts.GOLD))
                .as("gold of an article not yet curated")
                .isFalse();

        DemoData.asUser("curator", () -> {
            curation.markCurated(team.projectId(), team.articleId(), true);
            return true;
        });
        Components c = counted(Counts.GOLD);

        assertThat(c.sourceMentions()).isEqualTo(2);
        assertThat(c.anonymousMentions()).isEqualTo(1);
        assertThat(c.reasonsGiven()).isEqualTo(1);
        assertThat(c.reasonShare()).isEqualTo(1.0);
    }

    @Test
    void suggestions_count_what_the_detectors_proposed_and_are_machine_made() {
        List<AnnotationView> suggested =
                DemoData.asUser("curator", () -> annotations.suggest(team.projectId(), team.articleId()));
        Components c = counted(Counts.SUGGESTIONS);

        assertThat(Counts.SUGGESTIONS.machineMade()).isTrue();
        assertThat(c.sourceMentions())
                .isEqualTo(suggested.stream()
                        .filter(s -> s.layer() == Layer.SOURCE)
                        .count())
                .isPositive();
        assertThat(c.attributions())
                .isEqualTo(suggested.stream()
                        .filter(s -> s.layer() == Layer.ATTRIBUTION && s.label().equals(Labels.CUE))
                        .count());
        assertThat(c.figures())
                .isEqualTo(suggested.stream()
                        .filter(s -> s.layer() == Layer.FIGURE)
                        .count());
        assertThat(counted(Counts.annotator("annotator")).sourceMentions())
                .as("the suggestions are not the annotator's")
                .isEqualTo(2);
    }

    @Test
    void a_canonical_source_gathers_the_mentions_linked_to_it() {
        long trumpId = DemoData.asUser(
                "curator",
                () -> registry.add(team.projectId(), "Donald Trump", SourceKind.PERSON, null, "")
                        .id());
        int at = team.at("French President Emmanuel Macron");
        DemoData.asUser("annotator", () -> {
            team.setStatus("annotator", AnnotationSetStatus.IN_PROGRESS);
            return annotations.create(
                    team.projectId(),
                    team.articleId(),
                    new SpanRequest(
                            Layer.SOURCE,
                            Labels.PRONOUN,
                            at,
                            at + "French President Emmanuel Macron".length(),
                            Map.of(Attributes.CANONICAL_SOURCE, Long.toString(trumpId)),
                            null));
        });
        team.setStatus("annotator", AnnotationSetStatus.FINISHED);

        List<SourceRecord> sources =
                DemoData.asUser("curator", () -> analytics.sources(team.projectId(), Counts.annotator("annotator")));

        SourceRecord trump = sources.stream()
                .filter(s -> s.sourceId() == trumpId)
                .findFirst()
                .orElseThrow();
        assertThat(trump.mentions()).isEqualTo(1);
        assertThat(trump.articles()).isEqualTo(1);
        // a "pronoun" linked to a PERSON takes the named-person type
        assertThat(counted(Counts.annotator("annotator")).sourcesByType().namedPerson())
                .isEqualTo(2);
    }
}
