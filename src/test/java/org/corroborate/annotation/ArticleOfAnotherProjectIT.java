package org.corroborate.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corroborate.DemoData.asUser;

import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of one project who sends the ids of another project's article (and of its annotations) through their
 * own project is answered "not found", and nothing of the other project changes.
 */
@CorroborateIntegrationTest
class ArticleOfAnotherProjectIT {

    private static final String RAW = "Talks stall\nA senior U.S. official said the talks had stalled.\n";
    private static final String QUOTE = "A senior U.S. official";

    @Autowired
    AnnotationService annotations;

    @Autowired
    TeamAnnotationService team;

    @Autowired
    AnnotationSetRepository sets;

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private ProjectSummary mine;
    private ProjectSummary theirs;
    private long theirArticle;
    private AnnotationView theirSpan;
    private GoldSpan theirGold;

    @BeforeEach
    void twoProjects() {
        mine = DemoData.projectWithArticle(
                        projects,
                        imports,
                        "Mine",
                        Map.of("annotator", ProjectRole.ANNOTATOR, "curator", ProjectRole.CURATOR),
                        "mine.txt",
                        RAW)
                .project();
        DemoData.ProjectWithArticle other = DemoData.projectWithArticle(
                projects,
                imports,
                "Theirs",
                Map.of("annotator2", ProjectRole.ANNOTATOR, "manager", ProjectRole.MANAGER),
                "theirs.txt",
                RAW);
        theirs = other.project();
        theirArticle = other.articleId();
        String text = SystemAuthentication.runAsSystem(
                () -> articles.get(theirs.id(), theirArticle).cleanedText());
        int start = text.indexOf(QUOTE);
        SpanRequest span = SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL, start, start + QUOTE.length());
        theirSpan = asUser("annotator2", () -> annotations.create(theirs.id(), theirArticle, span));
        theirGold = asUser("manager", () -> team.addGold(theirs.id(), theirArticle, span));
    }

    @Test
    void an_annotator_cannot_delete_another_projects_annotation_through_their_own_project() {
        asUser("annotator", () -> {
            assertThatThrownBy(() -> annotations.delete(mine.id(), theirArticle, theirSpan.id(), theirSpan.version()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        assertThat(asUser("annotator2", () -> annotations.mine(theirs.id(), theirArticle)))
                .extracting(AnnotationView::id)
                .containsExactly(theirSpan.id());
    }

    @Test
    void accept_all_on_another_projects_article_is_not_found_and_creates_no_set_there() {
        asUser("annotator", () -> {
            assertThatThrownBy(() ->
                            annotations.acceptAll(mine.id(), theirArticle, Layer.SOURCE, Labels.UNNAMED_INDIVIDUAL))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> annotations.setStatus(mine.id(), theirArticle, AnnotationSetStatus.FINISHED))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        assertThat(sets.findByArticleIdAndAnnotator(theirArticle, "annotator")).isEmpty();
    }

    @Test
    void a_curator_cannot_delete_or_change_another_projects_gold_through_their_own_project() {
        AnnotationView gold = theirGold.annotation();
        asUser("curator", () -> {
            assertThatThrownBy(() -> team.deleteGold(mine.id(), theirArticle, gold.id(), gold.version()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> team.updateGold(
                            mine.id(), theirArticle, gold.id(), gold.version(), Labels.UNNAMED_GROUP, Map.of()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
        assertThat(asUser("manager", () -> team.gold(theirs.id(), theirArticle)))
                .singleElement()
                .satisfies(g -> assertThat(g.annotation().label()).isEqualTo(Labels.UNNAMED_INDIVIDUAL));
    }
}
