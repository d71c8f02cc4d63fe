package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.article.ArticleService;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Label imports: stored all or nothing, and an export re-imported into a new project exports the same data. */
@CorroborateIntegrationTest
class LabelImportIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ExportService exports;

    @TempDir
    Path folder;

    private ProjectSummary project(String prefix) {
        ProjectSummary project = DemoData.newProject(projects, prefix);
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(project.id(), "manager", ProjectRole.MANAGER);
            projects.setMember(project.id(), "annotator", ProjectRole.ANNOTATOR);
            projects.setMember(project.id(), "instructor", ProjectRole.INSTRUCTOR);
            return null;
        });
        return project;
    }

    private static UploadedFile file(String name, String content) {
        return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_import_with_one_bad_span_stores_nothing_and_names_it() {
        ProjectSummary project = project("Label import refused");
        String good =
                "{\"text\":\"Officials said so.\",\"spans\":[{\"start\":0,\"end\":9,\"layer\":\"source\",\"label\":\"unnamed-group\",\"annotator\":\"annotator\"}]}";
        String unknownLabel =
                "{\"text\":\"Other text.\",\"spans\":[{\"start\":0,\"end\":5,\"layer\":\"claim\",\"label\":\"rumour\"}]}";
        assertThatThrownBy(() -> DemoData.asUser(
                        "manager",
                        () -> imports.importFiles(
                                project.id(), List.of(file("l.jsonl", good + "\n" + unknownLabel + "\n")))))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(
                                        p -> assertThat(p.toString())
                                                .isEqualTo(
                                                        "l.jsonl line 2 span 1: 'rumour' is not a label of the claim layer in this project.")));
        assertThat(DemoData.asUser("manager", () -> articles.list(project.id())))
                .isEmpty();
    }

    @Test
    void instructors_import_neither_annotations_nor_articles_as_the_project_is_not_theirs_to_fill() {
        ProjectSummary project = project("Label import rights");
        String labelled =
                "{\"text\":\"Officials said so.\",\"spans\":[{\"start\":0,\"end\":9,\"layer\":\"source\",\"label\":\"unnamed-group\"}]}";
        assertThatThrownBy(() -> DemoData.asUser(
                        "instructor", () -> imports.importFiles(project.id(), List.of(file("l.jsonl", labelled)))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> DemoData.asUser(
                        "instructor",
                        () -> imports.importFiles(
                                project.id(),
                                List.of(file(
                                        "plain.jsonl",
                                        "{\"text\":\"Headline\\nBody of the story.\",\"outlet\":\"Reuters\"}")))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        ImportReport report = DemoData.asUser(
                "manager",
                () -> imports.importFiles(
                        project.id(),
                        List.of(file(
                                "plain.jsonl",
                                "{\"text\":\"Headline\\nBody of the story.\",\"outlet\":\"Reuters\"}"))));
        assertThat(report.imported()).hasSize(1);
    }

    @Test
    void brat_spans_go_into_the_importers_set_with_one_frame_per_event() {
        ProjectSummary project = project("Brat import");
        String text = "Peace is near, the minister said, and talks resume.";
        String ann =
                "T1\tSource 15 27\tthe minister\nT2\tCue 28 32\tsaid\nT3\tContent 0 13;38 50\tx\nE1\tCue:T2 Source:T1 Content:T3\n";
        ImportReport report = DemoData.asUser(
                "manager", () -> imports.importFiles(project.id(), List.of(file("s.txt", text), file("s.ann", ann))));
        long article = report.imported().getFirst().id();
        List<AnnotationView> spans = DemoData.asUser(
                "manager", () -> annotations.open(project.id(), article).annotations());
        assertThat(spans).hasSize(4).allSatisfy(s -> assertThat(s.layer()).isEqualTo(Layer.ATTRIBUTION));
        assertThat(spans.stream().map(AnnotationView::frameId).distinct()).hasSize(1);
        assertThat(report.summary()).contains("4 annotations imported");
    }

    /** Export → import into a new project → export gives the same data (ids and frame ids aside). */
    @Test
    void an_exported_workbook_and_jsonl_reimport_into_a_new_project_and_export_the_same() throws IOException {
        ProjectSummary original = project("Round trip");
        byte[] seed = Files.readAllBytes(Path.of("fixtures/articles/002_52a60c5226144199.txt"));
        long article = DemoData.asUser(
                "manager",
                () -> imports.importFiles(original.id(), List.of(new UploadedFile("002.txt", seed)))
                        .imported()
                        .getFirst()
                        .id());
        DemoData.asUser("annotator", () -> {
            String text = annotations.open(original.id(), article).text();
            int said = text.indexOf(" said") + 1;
            annotations.createAll(
                    original.id(),
                    article,
                    List.of(
                            SpanRequest.of(Layer.ATTRIBUTION, "cue", said, said + 4),
                            SpanRequest.of(Layer.ATTRIBUTION, "content", 0, 30)));
            annotations.create(
                    original.id(),
                    article,
                    SpanRequest.of(Layer.CLAIM, "factual", 40, 90)
                            .withAttributes(Map.of("checkWorthy", "yes", "note", "=not a formula")));
            List<AnnotationView> suggested = annotations.suggest(original.id(), article);
            AnnotationView first = suggested.getFirst();
            annotations.review(original.id(), article, first.id(), first.version(), SuggestionReview.ACCEPTED);
            // not a part of the first one's frame: accepting that accepted its whole frame
            AnnotationView second = suggested.stream()
                    .filter(s -> s.id() != first.id()
                            && (first.frameId() == null || !first.frameId().equals(s.frameId())))
                    .findFirst()
                    .orElseThrow();
            annotations.review(original.id(), article, second.id(), second.version(), SuggestionReview.REJECTED);
            return null;
        });
        DemoData.asUser("manager", () -> {
            exports.export(
                    original.id(),
                    ExportOptions.defaults(ExportFormat.XLSX)
                            .withSuggestions(true, false)
                            .withUnfinishedWork(false, true),
                    folder.resolve("original.xlsx"),
                    ExportProgress.NONE);
            return exports.export(
                    original.id(),
                    ExportOptions.defaults(ExportFormat.JSONL)
                            .withSuggestions(true, false)
                            .withUnfinishedWork(false, true),
                    folder.resolve("original"),
                    ExportProgress.NONE);
        });
        String before = normalised(folder.resolve("original/data.jsonl"));
        assertThat(before)
                .contains("\"review\":\"accepted\"")
                .contains("\"review\":\"pending\"")
                .contains("=not a formula");

        for (String format : List.of("xlsx", "jsonl")) {
            ProjectSummary copy = project("Round trip copy " + format);
            Path file = format.equals("xlsx") ? folder.resolve("original.xlsx") : folder.resolve("original/data.jsonl");
            byte[] bytes = Files.readAllBytes(file);
            DemoData.asUser(
                    "manager",
                    () -> imports.importFiles(copy.id(), List.of(new UploadedFile("original." + format, bytes))));
            DemoData.asUser(
                    "manager",
                    () -> exports.export(
                            copy.id(),
                            ExportOptions.defaults(ExportFormat.JSONL)
                                    .withSuggestions(true, false)
                                    .withUnfinishedWork(false, true),
                            folder.resolve("copy-" + format),
                            ExportProgress.NONE));
            assertThat(normalised(folder.resolve("copy-" + format + "/data.jsonl")))
                    .as(format)
                    .isEqualTo(before);
        }
    }

    /** The JSON Lines without what a new project necessarily changes: ids, frame ids (renumbered by appearance). */
    private static String normalised(Path jsonl) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            ObjectNode node = (ObjectNode) JsonMapper.shared().readTree(line);
            node.remove(List.of("id", "article_id", "story"));
            List<String> frames = new ArrayList<>();
            List<JsonNode> spans = new ArrayList<>();
            node.get("spans").forEach(spans::add);
            spans.sort(Comparator.comparing((JsonNode s) -> s.get("label_set").asString())
                    .thenComparing(s -> s.get("start").asInt())
                    .thenComparing(s -> s.get("end").asInt())
                    .thenComparing(s -> s.get("layer").asString())
                    .thenComparing(s -> s.get("label").asString()));
            for (JsonNode span : spans) {
                ObjectNode s = (ObjectNode) span;
                s.remove("id");
                if (!s.get("frame").isNull()) {
                    String frame = s.get("frame").asString();
                    if (!frames.contains(frame)) {
                        frames.add(frame);
                    }
                    s.put("frame", "f" + frames.indexOf(frame));
                }
                ObjectNode attributes = (ObjectNode) s.get("attributes");
                if (attributes.has("reportedBy")) {
                    String frame = attributes.get("reportedBy").asString();
                    attributes.put("reportedBy", frames.contains(frame) ? "f" + frames.indexOf(frame) : "?");
                }
            }
            node.putArray("spans").addAll(spans);
            lines.add(node.toString());
        }
        return String.join("\n", lines);
    }
}
