package org.corroborate.archive;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.annotation.AnchorState;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.annotation.SuggestionReview;
import org.corroborate.article.ArticleStatus;
import org.corroborate.article.NoiseKind;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.reconcile.ReconcilerVerdict;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * The archive's JSON Lines entries, one per table of a project's data, in the order a restore needs them: a row
 * refers only to rows of entries before it. Each entry lists its fields (the table's columns, by name), their types,
 * and what a restore accepts in them; ids are the archived instance's and are mapped to new ones on restore. Row
 * versions, sets' content versions, the project's own id and the exercises' class codes are not archived: they belong
 * to an instance. Neither is what the analytics keep between calls ({@code analytics_set_spans},
 * {@code analytics_majority_spans}): a restored project's first analytics call works it out again.
 */
final class ArchiveTables {

    /** What a field holds. */
    enum Kind {
        /** The row's id on the archived instance: other rows refer to it; a restore gives it a new one. */
        ID,
        /** Another archived row's id ({@link Column#ref()} names its table). */
        REF,
        /** An account, archived by its username (the table holds the user's id). */
        USER,
        TEXT,
        LONG,
        INT,
        BOOL,
        INSTANT,
        DATE,
        DECIMAL,
        DOUBLE
    }

    /**
     * One field.
     *
     * @param ref for {@link Kind#REF}: the table whose id it holds
     * @param allowed the values a restore accepts (empty: any of the kind)
     */
    record Column(
            String name,
            Kind kind,
            boolean nullable,
            @Nullable String ref,
            Set<String> allowed) {}

    /**
     * Offsets a restore checks against the article's text before storing them.
     *
     * @param article the field that names the article (for annotations: the set, whose article is looked up)
     * @param raw offsets into the raw text (noise segments) rather than the cleaned text
     */
    record Offsets(String article, String start, String end, boolean raw) {}

    /**
     * One entry.
     *
     * @param from the rows of the project: a FROM clause whose one parameter is the project's id; {@code t} is the
     *         table
     * @param orderBy the order rows are written and restored in, so that new ids keep the old ids' order
     * @param projectColumn whether the table has its own {@code project_id} column, set on restore
     */
    record Table(
            String entry,
            String table,
            String from,
            String orderBy,
            boolean projectColumn,
            @Nullable Offsets offsets,
            List<Column> columns) {

        @Nullable
        Column id() {
            return columns.stream().filter(c -> c.kind() == Kind.ID).findFirst().orElse(null);
        }
    }

    static final String ARTICLES = "articles.jsonl";
    static final String ANNOTATION_SETS = "annotation_sets.jsonl";
    static final String ANNOTATIONS = "annotations.jsonl";
    static final String ANNOTATION_ATTRIBUTES = "annotation_attributes.jsonl";
    static final String EXERCISES = "exercises.jsonl";

    /** Tables whose rows carry an optimistic-locking version: a restored row starts at 0. */
    static final Set<String> VERSIONED = Set.of(
            "canonical_source",
            "article",
            "story",
            "story_article",
            "near_duplicate",
            "annotation_set",
            "annotation",
            "reconcile_slot",
            "exercise",
            "exercise_attempt");

    private static final String OF_PROJECT = " where t.project_id = ?";
    private static final String ARTICLE_OF_PROJECT = " join article a on a.id = t.article_id where a.project_id = ?";
    private static final String OF_EXERCISE = " join exercise e on e.id = t.exercise_id where e.project_id = ?";
    private static final String OF_ATTEMPT = " join exercise_attempt at on at.id = t.attempt_id"
            + " join exercise e on e.id = at.exercise_id where e.project_id = ?";

    static final List<Table> TABLES = List.of(
            new Table(
                    "label_definitions.jsonl",
                    "label_definition",
                    "label_definition t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            text("layer", names(Layer.values())),
                            text("code"),
                            text("caption"),
                            text("color"),
                            integer("position"))),
            new Table(
                    "sources.jsonl",
                    "canonical_source",
                    "canonical_source t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            id(),
                            text("name"),
                            text("name_key"),
                            text("kind"),
                            optText("affiliation"),
                            text("note"),
                            text("created_by"),
                            instant("created_at"))),
            new Table(
                    "source_aliases.jsonl",
                    "source_alias",
                    "source_alias t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(ref("source_id", "canonical_source"), text("alias"), text("alias_key"))),
            new Table(
                    ARTICLES,
                    "article",
                    "article t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            id(),
                            text("title"),
                            optText("outlet"),
                            optText("url"),
                            optText("author"),
                            column("published_date", Kind.DATE, true),
                            text("source_name"),
                            text("source_charset"),
                            text("raw_text"),
                            text("cleaned_text"),
                            text("content_hash"),
                            integer("word_count"),
                            text("status", names(ArticleStatus.values())),
                            instant("imported_at"),
                            text("imported_by"))),
            new Table(
                    "noise_segments.jsonl",
                    "article_noise_segment",
                    "article_noise_segment t" + ARTICLE_OF_PROJECT,
                    "t.id",
                    false,
                    new Offsets("article_id", "start_offset", "end_offset", true),
                    List.of(
                            ref("article_id", "article"),
                            integer("start_offset"),
                            integer("end_offset"),
                            text("kind", names(NoiseKind.values())),
                            bool("restored"),
                            optText("restored_by"),
                            optInstant("restored_at"))),
            new Table(
                    "stories.jsonl",
                    "story",
                    "story t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            id(),
                            text("title"),
                            text("status", Set.of("SUGGESTED", "ACCEPTED")),
                            text("created_by"),
                            instant("created_at"),
                            optText("decided_by"),
                            optInstant("decided_at"))),
            new Table(
                    "story_articles.jsonl",
                    "story_article",
                    "story_article t join story s on s.id = t.story_id" + " where s.project_id = ?",
                    "t.story_id, t.article_id",
                    false,
                    null,
                    List.of(
                            ref("article_id", "article"),
                            ref("story_id", "story"),
                            bool("suggested"),
                            column("similarity", Kind.DOUBLE, true),
                            text("added_by"),
                            instant("added_at"))),
            new Table(
                    "near_duplicates.jsonl",
                    "near_duplicate",
                    "near_duplicate t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            ref("article_a", "article"),
                            ref("article_b", "article"),
                            column("similarity", Kind.DOUBLE, false),
                            text("status", Set.of("FLAGGED", "CONFIRMED", "DISMISSED")),
                            instant("flagged_at"),
                            optText("decided_by"),
                            optInstant("decided_at"))),
            new Table(
                    ANNOTATION_SETS,
                    "annotation_set",
                    "annotation_set t" + ARTICLE_OF_PROJECT,
                    "t.id",
                    false,
                    null,
                    List.of(
                            id(),
                            ref("article_id", "article"),
                            text("annotator"),
                            text("status", names(AnnotationSetStatus.values())),
                            text("kind", Set.of("ANNOTATOR", "GOLD")),
                            column("active_seconds", Kind.LONG, false),
                            optInstant("last_activity_at"),
                            optText("assigned_by"),
                            optInstant("finished_at"),
                            instant("created_at"),
                            instant("updated_at"))),
            new Table(
                    ANNOTATIONS,
                    "annotation",
                    "annotation t join annotation_set s on s.id = t.set_id"
                            + " join article a on a.id = s.article_id where a.project_id = ?",
                    "t.id",
                    false,
                    new Offsets("set_id", "start_offset", "end_offset", false),
                    List.of(
                            id(),
                            ref("set_id", "annotation_set"),
                            text("layer", names(Layer.values())),
                            text("label"),
                            integer("start_offset"),
                            integer("end_offset"),
                            text("quote"),
                            text("prefix"),
                            text("suffix"),
                            text("anchor_state", names(AnchorState.values())),
                            optText("frame_id"),
                            optText("suggested_by"),
                            column("review", Kind.TEXT, true, names(SuggestionReview.values())),
                            optText("reviewed_by"),
                            text("created_by"),
                            instant("created_at"),
                            instant("updated_at"),
                            optText("updated_by"),
                            optText("origin"))),
            new Table(
                    ANNOTATION_ATTRIBUTES,
                    "annotation_attribute",
                    "annotation_attribute t"
                            + " join annotation n on n.id = t.annotation_id join annotation_set s on s.id = n.set_id"
                            + " join article a on a.id = s.article_id where a.project_id = ?",
                    "t.annotation_id, t.name",
                    false,
                    null,
                    List.of(ref("annotation_id", "annotation"), text("name"), text("attr_value"))),
            new Table(
                    "curation_events.jsonl",
                    "curation_event",
                    "curation_event t" + ARTICLE_OF_PROJECT,
                    "t.id",
                    false,
                    null,
                    List.of(
                            ref("article_id", "article"),
                            text("curator"),
                            instant("at"),
                            text("action"),
                            text("detail"))),
            new Table(
                    "slots.jsonl",
                    "reconcile_slot",
                    "reconcile_slot t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            id(),
                            ref("story_id", "story"),
                            text("title"),
                            text("origin", Set.of("PROPOSED", "MANUAL")),
                            column("verdict", Kind.TEXT, true, names(ReconcilerVerdict.values())),
                            new Column("error_article_id", Kind.REF, true, "article", Set.of()),
                            text("accepted_value"),
                            text("rationale"),
                            optText("decided_by"),
                            optInstant("decided_at"),
                            text("created_by"),
                            instant("created_at"))),
            new Table(
                    "slot_figures.jsonl",
                    "reconcile_figure",
                    "reconcile_figure t join reconcile_slot sl" + " on sl.id = t.slot_id where sl.project_id = ?",
                    "t.id",
                    false,
                    new Offsets("article_id", "start_offset", "end_offset", false),
                    List.of(
                            ref("slot_id", "reconcile_slot"),
                            ref("story_id", "story"),
                            ref("article_id", "article"),
                            integer("start_offset"),
                            integer("end_offset"),
                            text("quote"),
                            text("source_text"),
                            text("origin", Set.of("ANNOTATED", "DETECTED")),
                            optText("corrected_dimension"),
                            optText("corrected_bound"),
                            optText("corrected_lower"),
                            optText("corrected_upper"),
                            optText("corrected_unit"),
                            optText("corrected_currency"))),
            new Table(
                    EXERCISES,
                    "exercise",
                    "exercise t" + OF_PROJECT,
                    "t.id",
                    true,
                    null,
                    List.of(
                            id(),
                            text("title"),
                            text("instructions"),
                            text("tasks"),
                            optInstant("opens_at"),
                            optInstant("due_at"),
                            integer("attempts_allowed"),
                            text("feedback", names(FeedbackTiming.values())),
                            bool("allow_suggestions"),
                            column("overlap_threshold", Kind.DOUBLE, false),
                            column("partial_credit", Kind.DOUBLE, false),
                            column("penalty", Kind.DOUBLE, false),
                            text("created_by"),
                            instant("created_at"),
                            instant("updated_at"))),
            new Table(
                    "exercise_articles.jsonl",
                    "exercise_article",
                    "exercise_article t" + OF_EXERCISE,
                    "t.exercise_id, t.position",
                    false,
                    null,
                    List.of(ref("exercise_id", "exercise"), integer("position"), ref("article_id", "article"))),
            new Table(
                    "exercise_explanations.jsonl",
                    "exercise_explanation",
                    "exercise_explanation t" + OF_EXERCISE,
                    "t.id",
                    false,
                    null,
                    List.of(ref("exercise_id", "exercise"), ref("annotation_id", "annotation"), text("explanation"))),
            new Table(
                    "exercise_students.jsonl",
                    "exercise_student",
                    "exercise_student t" + OF_EXERCISE,
                    "t.id",
                    false,
                    null,
                    List.of(ref("exercise_id", "exercise"), user(), instant("joined_at"))),
            new Table(
                    "exercise_attempts.jsonl",
                    "exercise_attempt",
                    "exercise_attempt t" + OF_EXERCISE,
                    "t.id",
                    false,
                    null,
                    List.of(
                            id(),
                            ref("exercise_id", "exercise"),
                            user(),
                            integer("attempt_number"),
                            instant("started_at"),
                            optInstant("submitted_at"),
                            column("active_seconds", Kind.LONG, false),
                            optInstant("last_activity_at"))),
            new Table(
                    "exercise_attempt_spans.jsonl",
                    "exercise_attempt_span",
                    "exercise_attempt_span t" + OF_ATTEMPT,
                    "t.id",
                    false,
                    new Offsets("article_id", "start_offset", "end_offset", false),
                    List.of(
                            ref("attempt_id", "exercise_attempt"),
                            ref("article_id", "article"),
                            text("layer", names(Layer.values())),
                            text("label"),
                            integer("start_offset"),
                            integer("end_offset"),
                            text("quote"),
                            instant("created_at"))),
            new Table(
                    "exercise_attempt_verdicts.jsonl",
                    "exercise_attempt_verdict",
                    "exercise_attempt_verdict t" + OF_ATTEMPT,
                    "t.attempt_id, t.slot_id",
                    false,
                    null,
                    List.of(
                            ref("attempt_id", "exercise_attempt"),
                            ref("slot_id", "reconcile_slot"),
                            text("verdict", names(ReconcilerVerdict.values())))));

    private ArchiveTables() {}

    static @Nullable Table byEntry(String entry) {
        return TABLES.stream().filter(t -> t.entry().equals(entry)).findFirst().orElse(null);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Column id() {
        return column("id", Kind.ID, false);
    }

    private static Column user() {
        return column("user_id", Kind.USER, false);
    }

    private static Column ref(String name, String table) {
        return new Column(name, Kind.REF, false, table, Set.of());
    }

    private static Column text(String name) {
        return column(name, Kind.TEXT, false);
    }

    private static Column text(String name, Set<String> allowed) {
        return column(name, Kind.TEXT, false, allowed);
    }

    private static Column optText(String name) {
        return column(name, Kind.TEXT, true);
    }

    private static Column integer(String name) {
        return column(name, Kind.INT, false);
    }

    private static Column bool(String name) {
        return column(name, Kind.BOOL, false);
    }

    private static Column instant(String name) {
        return column(name, Kind.INSTANT, false);
    }

    private static Column optInstant(String name) {
        return column(name, Kind.INSTANT, true);
    }

    private static Column column(String name, Kind kind, boolean nullable) {
        return new Column(name, kind, nullable, null, Set.of());
    }

    private static Column column(String name, Kind kind, boolean nullable, Set<String> allowed) {
        return new Column(name, kind, nullable, null, allowed);
    }
}
