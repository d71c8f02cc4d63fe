package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.article.ArticleService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.token.AccessTokenService;
import org.corroborate.token.TokenScope;
import org.corroborate.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Issue 16: the HTTP API over real HTTP, as the demo users' scripts would call it. */
@CorroborateIntegrationTest
class HttpApiIT {

    private static final long NO_SUCH_PROJECT = 987_654_321L;

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
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String token(String username, TokenScope... scopes) {
        return SystemAuthentication.runAsSystem(
                        () -> tokens.createFor(username, "test " + System.nanoTime(), Set.of(scopes), null))
                .secret();
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The problem without the request's own path, so that two refusals can be compared body for body. */
    private JsonNode withoutInstance(HttpResponse<String> response) {
        ObjectNode node = (ObjectNode) body(response);
        node.remove("instance");
        return node;
    }

    private static void assertProblem(HttpResponse<?> response, int status) {
        assertThat(response.statusCode()).as(String.valueOf(response.body())).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void every_role_reads_what_its_pages_show_and_the_outsider_meets_exactly_the_not_found_of_a_missing_project() {
        long demo = DemoData.demoProject(projects).id();
        long anArticle =
                SystemAuthentication.runAsSystem(() -> articles.ids(demo).getFirst());
        Map<String, Integer> exportStatus = new LinkedHashMap<>();
        exportStatus.put("manager", 200);
        exportStatus.put("curator", 200);
        exportStatus.put("annotator", 403);
        // The classroom sees the project only through its exercises, which the API does not serve: to the API an
        // instructor or a student is an outsider.
        exportStatus.put("instructor", 404);
        exportStatus.put("student", 404);
        exportStatus.put("outsider", 404);
        List<String> leaks = new ArrayList<>();
        exportStatus.forEach((user, export) -> {
            String token = token(user, TokenScope.READ);
            boolean member = Set.of("manager", "curator", "annotator").contains(user);
            HttpResponse<String> list = api.get("/api/v1/projects", token);
            assertThat(list.statusCode()).isEqualTo(200);
            boolean listed = false;
            for (JsonNode project : body(list)) {
                listed |= project.get("id").asLong() == demo;
            }
            assertThat(listed).as(user + " sees the demo project listed").isEqualTo(member);

            for (String path : List.of("/articles", "/articles/" + anArticle, "/export?format=xlsx", "/agreement")) {
                HttpResponse<String> response = api.get("/api/v1/projects/" + demo + path, token);
                int expected =
                        path.startsWith("/export") || path.startsWith("/agreement") ? export : member ? 200 : 404;
                if (response.statusCode() != expected) {
                    leaks.add(user + " " + path + ": " + response.statusCode() + " instead of " + expected);
                }
                if (!member) {
                    HttpResponse<String> missing = api.get("/api/v1/projects/" + NO_SUCH_PROJECT + path, token);
                    assertProblem(response, 404);
                    assertThat(withoutInstance(response)).as(user + " " + path).isEqualTo(withoutInstance(missing));
                }
            }
            if (member) {
                JsonNode article = body(api.get("/api/v1/projects/" + demo + "/articles/" + anArticle, token));
                assertThat(article.get("text").asString()).isNotBlank();
            }
        });
        assertThat(leaks).isEmpty();
    }

    @Test
    void an_annotators_token_sees_only_what_an_annotator_sees_under_blind_mode() {
        TeamWork work = TeamWork.onSeedArticle(projects, imports, articles, annotations, "API blind");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "Donald Trump");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "Volodymyr Zelenskiy");
        String path = "/api/v1/projects/" + work.projectId() + "/articles/" + work.articleId() + "?labels=both";

        JsonNode asAnnotator = body(api.get(path, token("annotator2", TokenScope.READ)));
        List<String> owners = new ArrayList<>();
        asAnnotator.get("sets").forEach(set -> owners.add(set.get("owner").asString()));
        assertThat(owners).containsExactly("annotator2");
        assertThat(asAnnotator.get("notes").toString()).contains("blind mode");

        JsonNode asCurator = body(api.get(path, token("curator", TokenScope.READ)));
        List<String> all = new ArrayList<>();
        asCurator.get("sets").forEach(set -> all.add(set.get("owner").asString()));
        assertThat(all).contains("gold", "annotator", "annotator2");
        JsonNode span = null;
        for (JsonNode set : asCurator.get("sets")) {
            if (set.get("owner").asString().equals("annotator")) {
                span = set.get("spans").get(0);
            }
        }
        assertThat(span).isNotNull();
        String text = asCurator.get("text").asString();
        int start = text.offsetByCodePoints(0, span.get("start").asInt());
        int end = text.offsetByCodePoints(0, span.get("end").asInt());
        assertThat(text.substring(start, end)).as("offsets count code points").isEqualTo("Donald Trump");
    }

    @Test
    void no_token_a_bad_one_a_revoked_one_and_an_expired_one_are_refused_with_401_problem_details() {
        String name = "short-lived " + System.nanoTime();
        String expiring = SystemAuthentication.runAsSystem(
                        () -> tokens.createFor("manager", name, Set.of(TokenScope.READ), 30))
                .secret();
        assertThat(api.get("/api/v1/projects", expiring).statusCode()).isEqualTo(200);
        jdbc.update(
                "update api_token set expires_at = ? where name = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                name);
        assertProblem(api.get("/api/v1/projects", expiring), 401);

        String revokedName = "revoked " + System.nanoTime();
        String revoked = SystemAuthentication.runAsSystem(
                        () -> tokens.createFor("manager", revokedName, Set.of(TokenScope.READ), null))
                .secret();
        assertThat(api.get("/api/v1/projects", revoked).statusCode()).isEqualTo(200);
        SystemAuthentication.runAsSystem(() -> tokens.revokeFor("manager", revokedName));
        assertProblem(api.get("/api/v1/projects", revoked), 401);

        HttpResponse<String> none = api.get("/api/v1/projects", null);
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(api.get("/api/v1/projects", "crb_" + "x".repeat(43)), 401);
        assertProblem(api.getWithHeader("/api/v1/projects", "Basic bWFuYWdlcjpjb3Jyb2JvcmF0ZQ=="), 401);
        assertThat(none.headers().allValues("Set-Cookie"))
                .as("the API makes no session")
                .isEmpty();
    }

    @Test
    void a_disabled_users_tokens_stop_working_at_the_next_request() {
        String username = "api-disabled-" + (System.nanoTime() % 1_000_000);
        SystemAuthentication.runAsSystem(() -> users.createUser(username, "", "a-long-password", false));
        String token = token(username, TokenScope.READ);
        assertThat(api.get("/api/v1/projects", token).statusCode()).isEqualTo(200);
        SystemAuthentication.runAsSystem(() -> users.setEnabled(username, false, "admin"));
        assertProblem(api.get("/api/v1/projects", token), 401);
    }

    @Test
    void a_read_token_cannot_import_and_an_import_is_all_or_nothing() {
        ProjectSummary project = DemoData.newProject(projects, "API import");
        SystemAuthentication.runAsSystem(() -> projects.setMember(project.id(), "manager", ProjectRole.MANAGER));
        String path = "/api/v1/projects/" + project.id() + "/articles";
        Map<String, byte[]> good = Map.of(
                "good.txt",
                "A headline\nA body long enough to be an article about the API.\n".getBytes(StandardCharsets.UTF_8));

        assertProblem(api.upload(path, token("manager", TokenScope.READ), good), 403);

        String importer = token("manager", TokenScope.READ, TokenScope.IMPORT);
        Map<String, byte[]> withBad = new LinkedHashMap<>(good);
        withBad.put("tool.exe", new byte[] {1, 2, 3});
        HttpResponse<String> refused = api.upload(path, importer, withBad);
        assertProblem(refused, 422);
        assertThat(body(refused).get("refused").get(0).get("file").asString()).isEqualTo("tool.exe");
        assertThat(body(api.get(path, importer))).as("nothing stored").isEmpty();

        HttpResponse<String> accepted = api.upload(path, importer, good);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(body(accepted).get("imported").get(0).get("sourceName").asString())
                .isEqualTo("good.txt");
        assertThat(body(api.get(path, importer))).hasSize(1);

        assertProblem(
                api.upload(
                        "/api/v1/projects/" + project.id() + "/articles", token("outsider", TokenScope.IMPORT), good),
                404);
    }

    @Test
    void the_export_streams_a_workbook_poi_opens_and_a_zip_of_json_lines() throws IOException {
        long demo = DemoData.demoProject(projects).id();
        String token = token("curator", TokenScope.READ);

        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/projects/" + demo + "/export?format=xlsx&labels=both", token);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment", ".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
            assertThat(workbook.getSheet("Articles")).isNotNull();
        }

        HttpResponse<byte[]> zip = api.getBytes(
                "/api/v1/projects/" + demo
                        + "/export?format=jsonl&split=80/10/10&seed=7&labels=annotators&unfinished=true",
                token);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).isNotEmpty().anyMatch(name -> name.endsWith(".jsonl"));

        assertProblem(api.get("/api/v1/projects/" + demo + "/export?format=pdf", token), 400);
    }

    @Test
    void the_api_description_and_its_page_are_readable_without_a_token_and_the_web_app_still_signs_in_by_page() {
        HttpResponse<String> openapi = api.get("/api/openapi.json", null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/projects", "bearer", "/api/v1/projects/{projectId}/agreement");
        HttpResponse<String> docs = api.get("/api/docs", null);
        assertThat(docs.statusCode()).isIn(200, 302);
        HttpResponse<String> ui = api.get("/api/swagger-ui/index.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);

        HttpResponse<String> app = api.get("/projects", null);
        assertThat(app.statusCode())
                .as("the app's pages still send strangers to sign in")
                .isEqualTo(302);
        assertThat(app.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(api.get("/api/v1/projects", null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_over_its_rate_limit_is_told_to_wait_with_429_and_retry_after_and_other_tokens_are_not() {
        String busy = token("annotator", TokenScope.READ);
        HttpResponse<String> last = null;
        // 600 at once, then 10 a second come back while the loop runs: it stops at the first refusal
        for (int i = 0; i < 3000 && (last == null || last.statusCode() != 429); i++) {
            last = api.get("/api/v1/no-such-thing", busy);
        }
        HttpResponse<String> refused = Objects.requireNonNull(last, "the loop runs at least once");
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(api.get("/api/v1/projects", token("annotator", TokenScope.READ))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_endpoint_is_a_404_problem_and_never_the_web_apps_page() {
        String token = token("manager", TokenScope.READ);
        assertProblem(api.get("/api/v1/no-such-thing", token), 404);
        assertProblem(api.get("/api/v1/projects/not-a-number/articles", token), 400);
    }
}
