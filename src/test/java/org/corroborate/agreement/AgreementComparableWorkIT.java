package org.corroborate.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Agreement compares like with like: finished sets, on articles every compared annotator finished. */
@CorroborateIntegrationTest
class AgreementComparableWorkIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AgreementService agreement;

    @Test
    void unfinished_sets_and_articles_one_annotator_never_had_are_left_out_unless_asked_for() {
        TeamWork work = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Comparable");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "Ukrainian President Volodymyr Zelenskiy");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_ORGANISATION, "Ukrainian President Volodymyr Zelenskiy");
        work.setStatus("annotator", AnnotationSetStatus.FINISHED); // annotator2 is still at work
        // A second article only annotator had and finished.
        long second = SystemAuthentication.runAsSystem(() -> imports.importFiles(
                        work.projectId(),
                        List.of(new UploadedFile(
                                "second.txt",
                                "Second\nOfficials said the talks had stalled.\n".getBytes(StandardCharsets.UTF_8))))
                .imported()
                .getFirst()
                .id());
        DemoData.asUser("annotator", () -> {
            String text = annotations.open(work.projectId(), second).text();
            int at = text.indexOf("Officials");
            annotations.create(
                    work.projectId(),
                    second,
                    SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_GROUP, at, at + "Officials".length()));
            return annotations.setStatus(work.projectId(), second, AnnotationSetStatus.FINISHED);
        });

        AgreementReport comparable = DemoData.asUser(
                "curator", () -> agreement.report(work.projectId(), Layer.SOURCE, List.of(), List.of()));
        assertThat(comparable.articlesCompared()).isZero();
        assertThat(comparable.articlesLeftOut()).isEqualTo(2);
        assertThat(comparable.report().units()).isZero();

        AgreementReport everything = DemoData.asUser(
                "curator",
                () -> agreement.report(
                        work.projectId(), Layer.SOURCE, List.of(), List.of(), AgreementService.Comparison.EVERYTHING));
        assertThat(everything.articlesCompared()).isEqualTo(2);
        assertThat(everything.report().units()).isPositive();

        work.setStatus("annotator2", AnnotationSetStatus.FINISHED);
        AgreementReport finished = DemoData.asUser(
                "curator", () -> agreement.report(work.projectId(), Layer.SOURCE, List.of(), List.of()));
        assertThat(finished.articlesCompared())
                .as("the seed article, which both finished")
                .isEqualTo(1);
        assertThat(finished.articlesLeftOut())
                .as("the article annotator2 never had")
                .isEqualTo(1);
        assertThat(finished.articleTitles()).containsOnlyKeys(work.articleId());
        assertThat(finished.report().units())
                .isPositive()
                .isLessThan(everything.report().units());
    }
}
