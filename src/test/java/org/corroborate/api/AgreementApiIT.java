package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.agreement.AgreementReport;
import org.corroborate.agreement.AgreementService;
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
import org.corroborate.token.AccessTokenService;
import org.corroborate.token.TokenScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Issue 16: agreement figures over the API are the agreement page's, on comparable work unless asked otherwise. */
@CorroborateIntegrationTest
class AgreementApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccessTokenService tokens;

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

    @Autowired
    JsonMapper json;

    private String token(String username) {
        return SystemAuthentication.runAsSystem(() ->
                        tokens.createFor(username, "agreement " + System.nanoTime(), Set.of(TokenScope.READ), null))
                .secret();
    }

    /** Both annotators finished the seed article (one disagreement); a second article only one of them had. */
    private TeamWork twoAnnotatorsAndAnArticleOnlyOneHad() {
        TeamWork work = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Agreement API");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "Ukrainian President Volodymyr Zelenskiy");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_ORGANISATION, "Ukrainian President Volodymyr Zelenskiy");
        work.setStatus("annotator", AnnotationSetStatus.FINISHED);
        work.setStatus("annotator2", AnnotationSetStatus.FINISHED);
        long second = SystemAuthentication.runAsSystem(() -> imports.importFiles(
                        work.projectId(),
                        List.of(new UploadedFile(
                                "second.txt",
                                "Second\nOfficials said the talks had stalled.\n".getBytes(StandardCharsets.UTF_8))))
                .imported()
                .getFirst()
                .id());
        DemoData.asUser("annotator", () -> {
            int at = annotations.open(work.projectId(), second).text().indexOf("Officials");
            annotations.create(
                    work.projectId(),
                    second,
                    SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_GROUP, at, at + "Officials".length()));
            return annotations.setStatus(work.projectId(), second, AnnotationSetStatus.FINISHED);
        });
        return work;
    }

    @Test
    void a_curators_token_reads_the_pages_figures_on_comparable_work_by_default() {
        TeamWork work = twoAnnotatorsAndAnArticleOnlyOneHad();
        ApiClient api = new ApiClient(port);
        String curator = token("curator");

        HttpResponse<String> response =
                api.get("/api/v1/projects/" + work.projectId() + "/agreement?layers=source", curator);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        AgreementReport page = DemoData.asUser(
                "curator", () -> agreement.report(work.projectId(), Layer.SOURCE, List.of(), List.of()));
        assertThat(body.get("compared").asString()).isEqualTo(AgreementService.Comparison.COMPARABLE.describe());
        assertThat(body.get("annotators")).extracting(JsonNode::asString).containsExactly("annotator", "annotator2");
        JsonNode source = body.get("layers").get(0);
        assertThat(source.get("layer").asString()).isEqualTo("source");
        assertThat(source.get("articlesCompared").asInt()).isEqualTo(1).isEqualTo(page.articlesCompared());
        assertThat(source.get("articlesLeftOut").asInt()).isEqualTo(1).isEqualTo(page.articlesLeftOut());
        assertThat(source.get("units").asInt())
                .isPositive()
                .isEqualTo(page.report().units());
        assertFigure(source.get("krippendorffAlpha"), page.report().alpha());
        assertFigure(source.get("fleissKappa"), page.report().fleiss());
        assertFigure(source.get("unitizingAlpha"), page.report().unitizing());
        assertThat(source.get("pairs")).hasSize(1);
        assertFigure(
                source.get("pairs").get(0).get("cohenKappa"),
                page.report().pairs().getFirst().cohen());
        assertThat(source.get("labels")).isNotEmpty();
        assertThat(source.get("articles"))
                .extracting(a -> a.get("articleId").asLong())
                .containsExactly(work.articleId());

        JsonNode everything = json.readTree(api.get(
                        "/api/v1/projects/" + work.projectId()
                                + "/agreement?layers=source&unfinishedSets=true&allArticles=true",
                        curator)
                .body());
        assertThat(everything.get("compared").asString()).isEqualTo(AgreementService.Comparison.EVERYTHING.describe());
        assertThat(everything.get("layers").get(0).get("articlesCompared").asInt())
                .isEqualTo(2);

        JsonNode all = json.readTree(api.get("/api/v1/projects/" + work.projectId() + "/agreement", curator)
                .body());
        assertThat(all.get("layers"))
                .extracting(l -> l.get("layer").asString())
                .containsExactly("claim", "attribution", "source", "figure");
    }

    @Test
    void an_annotator_is_refused_and_an_outsider_meets_the_not_found_of_a_missing_project() {
        TeamWork work = twoAnnotatorsAndAnArticleOnlyOneHad();
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/projects/" + work.projectId() + "/agreement", token("annotator"))
                        .statusCode())
                .isEqualTo(403);
        String outsider = token("outsider");
        HttpResponse<String> hidden = api.get("/api/v1/projects/" + work.projectId() + "/agreement", outsider);
        HttpResponse<String> missing = api.get("/api/v1/projects/987654321/agreement", outsider);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(withoutInstance(hidden)).isEqualTo(withoutInstance(missing));
        assertThat(api.get("/api/v1/projects/" + work.projectId() + "/agreement", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/projects/" + work.projectId() + "/agreement?annotators=annotator", token("curator"))
                        .statusCode())
                .as("one annotator cannot agree with anyone")
                .isEqualTo(400);
    }

    private JsonNode withoutInstance(HttpResponse<String> response) {
        ObjectNode node = (ObjectNode) json.readTree(response.body());
        node.remove("instance");
        return node;
    }

    private static void assertFigure(JsonNode figure, org.corroborate.agreement.Score score) {
        assertThat(figure.get("units").asInt()).isEqualTo(score.units());
        if (score.defined()) {
            assertThat(figure.get("value").asDouble()).isEqualTo(score.value());
        } else {
            assertThat(figure.get("value").isNull()).isTrue();
        }
    }
}
