package org.corroborate.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.archive.ArchiveTables.Column;
import org.corroborate.archive.ArchiveTables.Kind;
import org.corroborate.archive.ArchiveTables.Table;
import org.corroborate.article.ArticleService;
import org.corroborate.curation.CurationService;
import org.corroborate.exercise.CreatedStudent;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseSummary;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.GoldItem;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.imports.ImportService;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.project.ProjectMemberSummary;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.reconcile.SeedStory;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceEntry;
import org.corroborate.source.SourceKind;
import org.corroborate.source.SourceRegistryService;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@CorroborateIntegrationTest
class ProjectArchiveIT {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    ProjectArchiveService archives;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CurationService curation;

    @Autowired
    ReconcileService reconcile;

    @Autowired
    ExerciseService exercises;

    @Autowired
    SourceRegistryService sources;

    @Autowired
    UserService users;

    /** A project with every kind of thing an archive holds; returns its id. */
    private long aProjectWithEverything() {
        SeedStory seed = SeedStory.create(projects, imports, articles, stories, "Archive");
        long projectId = seed.project().id();
        long article = seed.articleId("001");
        String text = SystemAuthentication.runAsSystem(
                () -> articles.get(projectId, article).cleanedText());
        SystemAuthentication.runAsSystem(() -> {
            projects.setMember(projectId, "annotator2", ProjectRole.ANNOTATOR);
            projects.setMember(projectId, "instructor", ProjectRole.INSTRUCTOR);
            LabelSet loaded = annotations.labels(projectId);
            List<ProjectLabel> labels = new ArrayList<>(loaded.labels());
            labels.add(new ProjectLabel(
                    Layer.CLAIM,
                    "rumour",
                    "Rumour",
                    loaded.of(Layer.CLAIM).getFirst().color()));
            annotations.saveLabels(projectId, loaded, new LabelSet(labels));
            StoryDetails story = stories.storyOf(projectId, seed.storyId());
            stories.accept(projectId, story.id(), story.version());
        });
        SourceEntry trump = DemoData.asUser("curator", () -> {
            SourceEntry added = sources.add(projectId, "Donald Trump", SourceKind.PERSON, null, "US president");
            return sources.addAlias(projectId, added.id(), "President Trump");
        });
        int claimEnd = text.indexOf('.', text.indexOf("U.S. President")) + 1;
        int claimStart = text.indexOf("U.S. President");
        int trumpAt = text.indexOf("Donald Trump", claimStart);
        AnnotationView mention = DemoData.asUser("annotator", () -> {
            annotations.create(projectId, article, SpanRequest.of(Layer.CLAIM, "rumour", claimStart, claimEnd));
            AnnotationView source = annotations.create(
                    projectId,
                    article,
                    new SpanRequest(
                            Layer.SOURCE,
                            Labels.NAMED_PERSON,
                            trumpAt,
                            trumpAt + "Donald Trump".length(),
                            Map.of(Attributes.CANONICAL_SOURCE, Long.toString(trump.id())),
                            null));
            annotations.setStatus(projectId, article, AnnotationSetStatus.FINISHED);
            return source;
        });
        DemoData.asUser(
                "annotator2",
                () -> annotations.create(
                        projectId, article, SpanRequest.of(Layer.CLAIM, Labels.FACTUAL, claimStart, claimEnd)));
        DemoData.asUser("curator", () -> curation.accept(projectId, article, mention.id(), "annotator"));
        ReconciliationBoard board = DemoData.asUser("curator", () -> {
            reconcile.propose(projectId, seed.storyId());
            return reconcile.board(projectId, seed.storyId());
        });
        ReconciliationBoard.Row slot = board.slots().getFirst();
        DemoData.asUser(
                "curator",
                () -> reconcile.decide(
                        projectId,
                        slot.id(),
                        slot.version(),
                        ReconcilerVerdict.DIFFERENT_SCOPE,
                        null,
                        "",
                        "Counted on different days."));
        ExerciseSummary exercise = DemoData.asUser(
                "instructor",
                () -> exercises.create(
                        projectId,
                        new ExerciseSettings(
                                "Named sources",
                                "Find every *named* source.",
                                Set.of(ExerciseTask.SOURCE_TYPES),
                                List.of(article),
                                null,
                                null,
                                2,
                                FeedbackTiming.AFTER_SUBMIT,
                                false,
                                ScoringRules.DEFAULTS)));
        DemoData.asUser("instructor", () -> {
            GoldItem item = exercises.goldItems(projectId, exercise.id()).getFirst();
            exercises.explain(projectId, exercise.id(), item.annotationId(), "Named and quoted: a named source.");
            return null;
        });
        String student = "archive-pupil" + System.nanoTime() % 1_000_000_000L;
        List<CreatedStudent> roster = DemoData.asUser(
                "instructor",
                () -> exercises.addRoster(projectId, exercise.id(), "username, name\n" + student + ", Ada A.\n"));
        assertThat(roster).hasSize(1);
        DemoData.asUser(student, () -> {
            exercises.startAttempt(exercise.id());
            exercises.addSpan(
                    exercise.id(),
                    article,
                    Layer.SOURCE,
                    Labels.NAMED_PERSON,
                    trumpAt,
                    trumpAt + "Donald Trump".length());
            return exercises.submit(exercise.id());
        });
        return projectId;
    }

    private byte[] archive(long projectId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemAuthentication.runAsSystem(() -> archives.write(projectId, out));
        return out.toByteArray();
    }

    private ArchiveSummary restore(byte[] archive, String name) {
        return SystemAuthentication.runAsSystem(() -> archives.read(new ByteArrayInputStream(archive), name));
    }

    @Test
    void a_restored_project_archives_to_the_same_rows_as_the_original() {
        long original = aProjectWithEverything();
        byte[] first = DemoData.asUser("manager", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            archives.write(original, out);
            return out.toByteArray();
        });
        Map<String, List<String>> before = normalised(first);
        // Every part is in the archive, so that a part dropped on restore shows below.
        for (String entry : List.of(
                "members.jsonl",
                "label_definitions.jsonl",
                "sources.jsonl",
                "source_aliases.jsonl",
                "articles.jsonl",
                "stories.jsonl",
                "story_articles.jsonl",
                "annotation_sets.jsonl",
                "annotations.jsonl",
                "annotation_attributes.jsonl",
                "curation_events.jsonl",
                "slots.jsonl",
                "slot_figures.jsonl",
                "exercises.jsonl",
                "exercise_articles.jsonl",
                "exercise_explanations.jsonl",
                "exercise_students.jsonl",
                "exercise_attempts.jsonl",
                "exercise_attempt_spans.jsonl")) {
            assertThat(before.get(entry)).as(entry).isNotEmpty();
        }
        assertThat(String.join("\n", before.get("annotation_sets.jsonl"))).contains("FINISHED", "IN_PROGRESS", "#gold");
        assertThat(String.join("\n", before.get("slots.jsonl")))
                .contains("DIFFERENT_SCOPE", "Counted on different days.");

        String name = "Archive restored " + System.nanoTime();
        ArchiveSummary restored = restore(first, name);

        assertThat(restored.projectName()).isEqualTo(name);
        assertThat(restored.createdUsers()).isEmpty();
        Map<String, List<String>> after = normalised(archive(restored.projectId()));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String entry : before.keySet()) {
            assertThat(after.get(entry)).as(entry).isEqualTo(before.get(entry));
        }
        SystemAuthentication.runAsSystem(() -> {
            assertThat(annotations.labels(restored.projectId()).find(Layer.CLAIM, "rumour"))
                    .isPresent();
            assertThat(projects.members(restored.projectId()))
                    .extracting(ProjectMemberSummary::username)
                    .contains("manager", "curator", "annotator", "annotator2", "instructor");
            ExerciseSummary copy = exercises.list(restored.projectId()).getFirst();
            ExerciseSummary source = exercises.list(original).getFirst();
            assertThat(copy.classCode()).isNotEqualTo(source.classCode());
            assertThat(copy.settings().title()).isEqualTo("Named sources");
            long story = stories.list(restored.projectId()).getFirst().id();
            assertThat(reconcile.board(restored.projectId(), story).slots())
                    .anySatisfy(row -> assertThat(row.verdict()).isEqualTo(ReconcilerVerdict.DIFFERENT_SCOPE));
        });
    }

    @Test
    void only_the_projects_managers_and_site_admins_may_archive_it_others_are_told_it_does_not_exist() {
        DemoData.ProjectWithArticle small = smallProject();
        long id = small.project().id();

        assertThatThrownBy(() -> DemoData.asUser("curator", () -> archives.write(id, new ByteArrayOutputStream())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> DemoData.asUser("annotator2", () -> archives.write(id, new ByteArrayOutputStream())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() ->
                        DemoData.asUser("manager", () -> archives.write(Long.MAX_VALUE, new ByteArrayOutputStream())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(DemoData.asUser("manager", () -> archives.write(id, new ByteArrayOutputStream()))
                        .count("articles.jsonl"))
                .isEqualTo(1);
        byte[] archive = archive(id);
        assertThatThrownBy(() -> DemoData.asUser(
                        "manager",
                        () -> archives.read(new ByteArrayInputStream(archive), "Not allowed " + System.nanoTime())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_archive_cut_short_is_refused_and_nothing_is_created() {
        byte[] archive = archive(smallProject().project().id());
        for (int third = 1; third <= 2; third++) {
            byte[] cut = java.util.Arrays.copyOf(archive, archive.length * third / 3);

            assertRefused(cut, "");
        }
    }

    @Test
    void an_archive_missing_an_entry_is_refused_by_its_manifest_counts() {
        byte[] archive =
                rewrite(archive(smallProject().project().id()), Map.of("annotation_attributes.jsonl", s -> null));

        assertRefused(archive, "annotation_attributes.jsonl: the manifest lists this entry");
    }

    @Test
    void an_unknown_format_version_is_refused() {
        byte[] archive = rewrite(
                archive(smallProject().project().id()),
                Map.of("manifest.json", s -> s.replaceFirst("\"format_version\"\\s*:\\s*1", "\"format_version\": 99")));

        assertRefused(archive, "archive format version 99 is not supported");
    }

    @Test
    void a_set_of_an_article_the_archive_does_not_hold_is_refused_naming_the_entry_and_line() {
        byte[] archive = rewrite(
                archive(smallProject().project().id()),
                Map.of(
                        "annotation_sets.jsonl",
                        s -> s.replaceFirst("\"article_id\":\\d+", "\"article_id\":987654321")));

        assertRefused(archive, "annotation_sets.jsonl line 1: the field 'article_id' refers to article 987654321");
    }

    @Test
    void offsets_outside_the_article_are_refused() {
        byte[] archive = rewrite(
                archive(smallProject().project().id()),
                Map.of("annotations.jsonl", s -> s.replaceFirst("\"end_offset\":\\d+", "\"end_offset\":99999999")));

        assertRefused(archive, "annotations.jsonl line 1: the offsets");
    }

    @Test
    void accounts_the_instance_lacks_are_created_disabled_and_keep_their_role() {
        String ghost = "ghost" + System.nanoTime() % 1_000_000_000L;
        byte[] archive = rewrite(
                archive(smallProject().project().id()),
                Map.of(
                        "members.jsonl",
                        s -> s + "{\"username\":\"" + ghost
                                + "\",\"display_name\":\"Gone Ghost\",\"role\":\"ANNOTATOR\"}\n",
                        "manifest.json",
                        s -> s.replaceFirst(
                                "\"members.jsonl\"\\s*:\\s*\\d+",
                                "\"members.jsonl\": "
                                        + (Integer.parseInt(
                                                        s.replaceAll("(?s).*\"members.jsonl\"\\s*:\\s*(\\d+).*", "$1"))
                                                + 1))));

        ArchiveSummary restored = restore(archive, "Archive ghost " + System.nanoTime());

        assertThat(restored.createdUsers()).containsExactly(ghost);
        UserSummary user = SystemAuthentication.runAsSystem(
                () -> users.findByUsername(ghost).orElseThrow());
        assertThat(user.enabled()).isFalse();
        assertThat(user.displayName()).isEqualTo("Gone Ghost");
        assertThat(SystemAuthentication.runAsSystem(() -> projects.roleOf(restored.projectId(), ghost)))
                .contains(ProjectRole.ANNOTATOR);
    }

    @Test
    void a_refused_archive_creates_no_accounts_either() {
        String ghost = "ghost" + System.nanoTime() % 1_000_000_000L;
        byte[] archive = rewrite(
                archive(smallProject().project().id()),
                Map.of(
                        "members.jsonl",
                        s -> s + "{\"username\":\"" + ghost + "\",\"display_name\":\"G\",\"role\":\"ANNOTATOR\"}\n",
                        "annotations.jsonl",
                        s -> s.replaceFirst("\"layer\":\"\\w+\"", "\"layer\":\"GOSSIP\"")));

        assertRefused(archive, "annotations.jsonl line 1: the field 'layer' holds 'GOSSIP'");
        assertThat(SystemAuthentication.runAsSystem(() -> users.findByUsername(ghost)))
                .isEmpty();
    }

    private void assertRefused(byte[] archive, String message) {
        String name = "Archive refused " + System.nanoTime();
        assertThatThrownBy(() -> restore(archive, name))
                .isInstanceOf(ArchiveRefusedException.class)
                .hasMessageContaining(message);
        assertThat(SystemAuthentication.runAsSystem(() -> projects.findByName(name)))
                .isEmpty();
    }

    private DemoData.ProjectWithArticle smallProject() {
        DemoData.ProjectWithArticle small = DemoData.projectWithArticle(
                projects,
                imports,
                "Archive small",
                Map.of(
                        "manager",
                        ProjectRole.MANAGER,
                        "curator",
                        ProjectRole.CURATOR,
                        "annotator",
                        ProjectRole.ANNOTATOR),
                "small.txt",
                "Small headline\nOfficials said 40 people came.\n");
        String text = SystemAuthentication.runAsSystem(
                () -> articles.get(small.project().id(), small.articleId()).cleanedText());
        int at = text.indexOf("Officials");
        DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        small.project().id(),
                        small.articleId(),
                        SpanRequest.of(Layer.SOURCE, Labels.UNNAMED_GROUP, at, at + "Officials".length())));
        return small;
    }

    /** The archive with some entries' text changed (or, for null, dropped). */
    private static byte[] rewrite(byte[] archive, Map<String, UnaryOperator<String>> changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                UnaryOperator<String> change = changes.get(entry.getName());
                String changed = change == null ? content : change.apply(content);
                if (changed != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(changed.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Each entry's rows with the instance's ids replaced by their rank within their table (rows are archived in id
     * order and restored in archive order), so that an archive and its restored copy compare equal row by row. The
     * manifest and the project's name and creation time are left out: they differ by design.
     */
    private static Map<String, List<String>> normalised(byte[] archive) {
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<JsonNode> lines = new ArrayList<>();
                if (entry.getName().endsWith(".json")) {
                    lines.add(JSON.readTree(content));
                } else {
                    content.lines().forEach(line -> lines.add(JSON.readTree(line)));
                }
                rows.put(entry.getName(), lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<Long, Integer>> ranks = new HashMap<>();
        Map<String, List<String>> result = new LinkedHashMap<>();
        ObjectNode project =
                (ObjectNode) rows.getOrDefault("project.json", List.of()).getFirst();
        project.remove(List.of("name", "created_at"));
        result.put("project.json", List.of(project.toString()));
        result.put(
                "members.jsonl",
                rows.getOrDefault("members.jsonl", List.of()).stream()
                        .map(JsonNode::toString)
                        .sorted()
                        .toList());
        for (Table table : ArchiveTables.TABLES) {
            Map<Long, Integer> rank = ranks.computeIfAbsent(table.table(), t -> new HashMap<>());
            List<String> lines = new ArrayList<>();
            for (JsonNode row : rows.getOrDefault(table.entry(), List.of())) {
                ObjectNode copy = (ObjectNode) row.deepCopy();
                for (Column column : table.columns()) {
                    JsonNode value = row.get(column.name());
                    if (column.kind() == Kind.ID) {
                        rank.put(value.longValue(), rank.size());
                        copy.put(column.name(), "#" + rank.get(value.longValue()));
                    } else if (column.kind() == Kind.REF && value != null && !value.isNull()) {
                        copy.put(
                                column.name(),
                                "#"
                                        + ranks.getOrDefault(Objects.requireNonNull(column.ref()), Map.of())
                                                .get(value.longValue()));
                    }
                }
                if (Attributes.CANONICAL_SOURCE.equals(row.path("name").asString(""))) {
                    copy.put(
                            "attr_value",
                            "#"
                                    + ranks.getOrDefault("canonical_source", Map.of())
                                            .get(Long.parseLong(
                                                    row.get("attr_value").asString())));
                }
                lines.add(copy.toString());
            }
            result.put(table.entry(), lines);
        }
        return result;
    }
}
