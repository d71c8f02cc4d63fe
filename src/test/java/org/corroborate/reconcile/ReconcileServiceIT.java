package org.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class ReconcileServiceIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    StoryService stories;

    @Autowired
    ReconcileService reconcile;

    @Autowired
    AnnotationService annotations;

    @Autowired
    org.corroborate.export.ExportService exports;

    private SeedStory seed;

    @BeforeEach
    void seedStory() {
        seed = SeedStory.create(projects, imports, articles, stories, "Reconcile");
    }

    private long project() {
        return seed.project().id();
    }

    private ReconciliationBoard proposedBoard() {
        return DemoData.asUser("curator", () -> {
            reconcile.propose(project(), seed.storyId());
            return reconcile.board(project(), seed.storyId());
        });
    }

    private static ReconciliationBoard.Row slotWith(ReconciliationBoard board, String quote, long articleId) {
        return board.slots().stream()
                .filter(r -> r.figures().stream().anyMatch(f -> f.quote().equals(quote) && f.articleId() == articleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slot holds " + quote + ": " + board.slots()));
    }

    @Test
    void the_seed_story_shows_the_agreeing_the_conflicting_and_the_different_scope_figures() {
        ReconciliationBoard board = proposedBoard();

        ReconciliationBoard.Row weapons = slotWith(board, "approximately $90 billion", seed.articleId("001"));
        assertThat(weapons.automatic()).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(weapons.figures())
                .extracting(ReconciliationBoard.Figure::articleId)
                .containsExactlyInAnyOrder(seed.articleId("001"), seed.articleId("004"));
        assertThat(weapons.independentReports())
                .as("001 and 004 are rewrites of one copy")
                .isEqualTo(1);

        ReconciliationBoard.Row casualties = slotWith(board, "more than a million", seed.articleId("004"));
        assertThat(casualties.automatic()).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(casualties.figures())
                .extracting(ReconciliationBoard.Figure::quote)
                .as("tens of thousands of deaths count something else than a million casualties")
                .doesNotContain("tens of thousands");
        assertThat(casualties.figures())
                .filteredOn(f -> f.quote().contains("million"))
                .hasSize(2)
                .allMatch(f -> f.reading().equals("> 1 million"));
        assertThat(casualties.figures())
                .filteredOn(f -> f.quote().equals("more than a million"))
                .extracting(ReconciliationBoard.Figure::source)
                .containsExactly("analysts");

        ReconciliationBoard.Row meeting = slotWith(board, "a year ago", seed.articleId("003"));
        assertThat(meeting.automatic()).isEqualTo(AutomaticVerdict.CONFLICT);
        assertThat(meeting.figures()).anyMatch(f -> f.quote().equals("February") && f.conflicting());

        ReconciliationBoard.Row alaska = slotWith(board, "last Friday", seed.articleId("001"));
        assertThat(alaska.automatic())
                .as("every report of the Alaska summit of 15 August")
                .isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(alaska.figures())
                .extracting(ReconciliationBoard.Figure::quote)
                .as("the virtual meeting of Wednesday is another event")
                .doesNotContain("Wednesday")
                .contains("Friday", "last Friday");

        List<Boolean> conflictFlags =
                board.slots().stream().map(ReconciliationBoard.Row::inConflict).toList();
        assertThat(conflictFlags.indexOf(false))
                .as("conflicts come first")
                .isGreaterThan(conflictFlags.lastIndexOf(true));
    }

    @Test
    void a_verdict_is_kept_and_a_verdict_on_a_stale_version_is_refused() {
        ReconciliationBoard.Row casualties = slotWith(proposedBoard(), "over a million", seed.articleId("001"));
        ReconciliationBoard.Row decided = DemoData.asUser(
                "curator",
                () -> reconcile.decide(
                        project(),
                        casualties.id(),
                        casualties.version(),
                        ReconcilerVerdict.DIFFERENT_SCOPE,
                        null,
                        "more than 1,000,000 killed or wounded",
                        "Deaths (A1) are a part of the killed or wounded the others count."));
        assertThat(decided.verdict()).isEqualTo(ReconcilerVerdict.DIFFERENT_SCOPE);
        assertThat(decided.decidedBy()).isEqualTo("curator");
        assertThat(decided.inConflict()).isFalse();

        assertThatThrownBy(() -> DemoData.asUser(
                        "manager",
                        () -> reconcile.decide(
                                project(),
                                casualties.id(),
                                casualties.version(),
                                ReconcilerVerdict.CONFLICT,
                                null,
                                "",
                                "")))
                .isInstanceOf(ConcurrentChangeException.class);
        ReconciliationBoard.Row reread = slotWith(
                DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId())),
                "over a million",
                seed.articleId("001"));
        assertThat(reread.verdict()).isEqualTo(ReconcilerVerdict.DIFFERENT_SCOPE);
        assertThat(reread.rationale()).startsWith("Deaths (A1)");
    }

    @Test
    void the_export_workbook_has_a_reconciliation_sheet_with_the_verdict(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        ReconciliationBoard.Row casualties = slotWith(proposedBoard(), "over a million", seed.articleId("001"));
        DemoData.asUser(
                "curator",
                () -> reconcile.decide(
                        project(),
                        casualties.id(),
                        casualties.version(),
                        ReconcilerVerdict.DIFFERENT_SCOPE,
                        null,
                        "more than 1,000,000 killed or wounded",
                        "=deaths are a part"));
        java.nio.file.Path out = folder.resolve("project.xlsx");
        DemoData.asUser(
                "curator",
                () -> exports.export(
                        project(),
                        org.corroborate.export.ExportOptions.defaults(org.corroborate.export.ExportFormat.XLSX),
                        out,
                        org.corroborate.export.ExportProgress.NONE));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.toFile())) {
            var sheet = workbook.getSheet("Reconciliation");
            assertThat(sheet).isNotNull();
            List<String> rationales = new java.util.ArrayList<>();
            int rationaleColumn = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("Rationale")) {
                    rationaleColumn = cell.getColumnIndex();
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(rationaleColumn);
                if (cell != null) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    rationales.add(cell.getStringCellValue());
                }
            }
            assertThat(rationales).contains("=deaths are a part");
        }
    }

    @Test
    void an_error_verdict_must_name_an_article_of_the_story() {
        ReconciliationBoard.Row meeting = slotWith(proposedBoard(), "a year ago", seed.articleId("003"));
        assertThatThrownBy(() -> DemoData.asUser(
                        "curator",
                        () -> reconcile.decide(
                                project(),
                                meeting.id(),
                                meeting.version(),
                                ReconcilerVerdict.ERROR_IN_ARTICLE,
                                null,
                                "",
                                "")))
                .isInstanceOf(ReconcileValidationException.class)
                .hasMessageContaining("which article");
        ReconciliationBoard.Row decided = DemoData.asUser(
                "curator",
                () -> reconcile.decide(
                        project(),
                        meeting.id(),
                        meeting.version(),
                        ReconcilerVerdict.ERROR_IN_ARTICLE,
                        seed.articleId("003"),
                        "February 2025",
                        "The Oval Office meeting was on 28 February 2025, six months before."));
        assertThat(decided.errorArticleId()).isEqualTo(seed.articleId("003"));
    }

    @Test
    void splitting_off_and_merging_back_move_versions_so_stale_edits_are_refused() {
        ReconciliationBoard.Row alaska = slotWith(proposedBoard(), "last Friday", seed.articleId("001"));
        ReconciliationBoard.Figure thursdaysFriday = alaska.figures().stream()
                .filter(f -> f.articleId() == seed.articleId("000"))
                .findFirst()
                .orElseThrow();
        long alone = DemoData.asUser(
                "curator", () -> reconcile.moveFigure(project(), thursdaysFriday.id(), alaska.version(), null, null));
        ReconciliationBoard board = DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId()));
        ReconciliationBoard.Row rest = slotWith(board, "last Friday", seed.articleId("001"));
        assertThat(rest.automatic()).isEqualTo(AutomaticVerdict.CONSISTENT);
        assertThat(rest.figures()).noneMatch(f -> f.articleId() == seed.articleId("000"));
        assertThat(rest.version()).isGreaterThan(alaska.version());
        assertThatThrownBy(() -> DemoData.asUser(
                        "curator",
                        () -> reconcile.decide(
                                project(), rest.id(), alaska.version(), ReconcilerVerdict.CONSISTENT, null, "", "")))
                .isInstanceOf(ConcurrentChangeException.class);

        ReconciliationBoard.Row single =
                board.slots().stream().filter(r -> r.id() == alone).findFirst().orElseThrow();
        assertThat(single.automatic()).isEqualTo(AutomaticVerdict.SINGLE);
        DemoData.asUser("curator", () -> {
            reconcile.merge(project(), single.id(), single.version(), rest.id(), rest.version());
            return null;
        });
        ReconciliationBoard merged = DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId()));
        assertThat(merged.slots()).noneMatch(r -> r.id() == alone);
        assertThat(slotWith(merged, "Friday", seed.articleId("000")).id()).isEqualTo(rest.id());
    }

    @Test
    void a_figure_in_no_slot_can_start_a_slot_and_a_removed_one_goes_back() {
        ReconciliationBoard board = proposedBoard();
        StoryFigure free = DemoData.asUser("curator", () -> reconcile.unslotted(project(), seed.storyId()))
                .get(0);
        long slot = DemoData.asUser(
                "curator",
                () -> reconcile.addFigure(
                        project(), seed.storyId(), free.articleId(), free.start(), free.end(), null, null));
        ReconciliationBoard after = DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId()));
        ReconciliationBoard.Row row =
                after.slots().stream().filter(r -> r.id() == slot).findFirst().orElseThrow();
        assertThat(row.figures()).extracting(ReconciliationBoard.Figure::quote).containsExactly(free.quote());
        assertThat(DemoData.asUser("curator", () -> reconcile.unslotted(project(), seed.storyId())))
                .doesNotContain(free);

        DemoData.asUser("curator", () -> {
            reconcile.removeFigure(project(), row.figures().get(0).id(), row.version());
            return null;
        });
        ReconciliationBoard last = DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId()));
        assertThat(last.slots()).noneMatch(r -> r.id() == slot);
        assertThat(DemoData.asUser("curator", () -> reconcile.unslotted(project(), seed.storyId())))
                .contains(free);
    }

    @Test
    void an_annotators_figure_with_what_it_measures_replaces_the_detected_ones_of_that_article() {
        long article = seed.articleId("004");
        String text = DemoData.asUser(
                "annotator", () -> annotations.open(project(), article).text());
        int start = text.indexOf("more than a million");
        DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        project(),
                        article,
                        SpanRequest.of(Layer.FIGURE, Labels.COUNT, start, start + "more than a million".length())
                                .withAttributes(
                                        java.util.Map.of(Attributes.MEASURES, "people killed or wounded in the war"))));
        ReconciliationBoard board = proposedBoard();
        List<ReconciliationBoard.Figure> fromArticle = board.slots().stream()
                .flatMap(r -> r.figures().stream())
                .filter(f -> f.articleId() == article)
                .toList();
        assertThat(fromArticle).isNotEmpty().allMatch(f -> f.origin() == FigureOrigin.ANNOTATED);
        // The annotator linked no attribution: who said it comes from the attribution detector's frame around it.
        assertThat(fromArticle)
                .filteredOn(f -> f.quote().equals("more than a million"))
                .singleElement()
                .extracting(ReconciliationBoard.Figure::source)
                .isEqualTo("analysts");
        assertThat(DemoData.asUser("curator", () -> reconcile.unslotted(project(), seed.storyId())))
                .filteredOn(f -> f.articleId() == article)
                .isEmpty();
    }

    @Test
    void a_reading_an_annotator_corrected_by_hand_is_the_one_the_board_compares() {
        long article = seed.articleId("000"); // published on Thursday 14 August 2025
        String text = DemoData.asUser(
                "annotator", () -> annotations.open(project(), article).text());
        int start = text.indexOf("Friday’s meeting in Alaska");
        int end = start + "Friday".length();
        // The annotator first records the Friday before publication, 8 August.
        AnnotationView marked = DemoData.asUser(
                "annotator",
                () -> annotations.create(
                        project(),
                        article,
                        SpanRequest.of(Layer.FIGURE, Labels.DATE, start, end)
                                .withAttributes(java.util.Map.of(
                                        Attributes.BOUND,
                                        "exact",
                                        Attributes.LOWER,
                                        "2025-08-08",
                                        Attributes.UPPER,
                                        "2025-08-08"))));
        ReconciliationBoard board = proposedBoard();

        // Put it in a slot of its own with "last Friday" from article 003 (19 August: the 15th).
        ReconciliationBoard.Row lastFridayRow = slotWith(board, "last Friday", seed.articleId("003"));
        ReconciliationBoard.Figure lastFriday = lastFridayRow.figures().stream()
                .filter(f -> f.quote().equals("last Friday") && f.articleId() == seed.articleId("003"))
                .findFirst()
                .orElseThrow();
        long slot = DemoData.asUser(
                "curator", () -> reconcile.moveFigure(project(), lastFriday.id(), lastFridayRow.version(), null, null));
        ReconciliationBoard moved = DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId()));
        ReconciliationBoard.Row target =
                moved.slots().stream().filter(r -> r.id() == slot).findFirst().orElseThrow();
        java.util.Optional<ReconciliationBoard.Row> holding = moved.slots().stream()
                .filter(r -> r.figures().stream().anyMatch(f -> f.articleId() == article && f.start() == start))
                .findFirst();
        if (holding.isPresent()) {
            ReconciliationBoard.Figure mine = holding.get().figures().stream()
                    .filter(f -> f.articleId() == article && f.start() == start)
                    .findFirst()
                    .orElseThrow();
            DemoData.asUser(
                    "curator",
                    () -> reconcile.moveFigure(
                            project(), mine.id(), holding.get().version(), slot, target.version()));
        } else {
            DemoData.asUser(
                    "curator",
                    () -> reconcile.addFigure(project(), seed.storyId(), article, start, end, slot, target.version()));
        }
        ReconciliationBoard.Row before = pairIn(slot);
        assertThat(before.automatic()).isEqualTo(AutomaticVerdict.CONFLICT);

        // The annotator sees the summit was the next day and corrects the reading; proposing takes it up.
        DemoData.asUser(
                "annotator",
                () -> annotations.update(
                        project(),
                        article,
                        marked.id(),
                        marked.version(),
                        Labels.DATE,
                        java.util.Map.of(
                                Attributes.BOUND,
                                "exact",
                                Attributes.LOWER,
                                "2025-08-15",
                                Attributes.UPPER,
                                "2025-08-15")));
        DemoData.asUser("curator", () -> reconcile.propose(project(), seed.storyId()));
        ReconciliationBoard.Row after = pairIn(slot);
        assertThat(after.version()).as("the slot changed").isGreaterThan(before.version());
        ReconciliationBoard.Figure corrected = after.figures().stream()
                .filter(f -> f.articleId() == article)
                .findFirst()
                .orElseThrow();
        assertThat(corrected.reading()).contains("15 Aug 2025").endsWith("(as annotated)");
        assertThat(after.automatic()).isEqualTo(AutomaticVerdict.CONSISTENT);
    }

    private ReconciliationBoard.Row pairIn(long slot) {
        ReconciliationBoard board = DemoData.asUser("curator", () -> reconcile.board(project(), seed.storyId()));
        ReconciliationBoard.Row pair =
                board.slots().stream().filter(r -> r.id() == slot).findFirst().orElseThrow();
        assertThat(pair.figures()).hasSize(2);
        return pair;
    }

    @Test
    void only_curators_and_managers_reconcile() {
        assertThatThrownBy(() -> DemoData.asUser("annotator", () -> reconcile.board(project(), seed.storyId())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> DemoData.asUser("outsider", () -> reconcile.board(project(), seed.storyId())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> DemoData.asUser("annotator", () -> reconcile.propose(project(), seed.storyId())))
                .isInstanceOf(AccessRefusedException.class);
    }
}
