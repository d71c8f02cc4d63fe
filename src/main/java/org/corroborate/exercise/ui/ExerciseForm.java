package org.corroborate.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.corroborate.article.ArticleStatus;
import org.corroborate.article.ArticleSummary;
import org.corroborate.exercise.ExerciseSettings;
import org.corroborate.exercise.ExerciseTask;
import org.corroborate.exercise.FeedbackTiming;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.exercise.StoryChoice;
import org.jspecify.annotations.Nullable;

/** Creating or editing an exercise: a dialog that hands the settings to its caller, which saves them. */
class ExerciseForm extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextArea instructions = new TextArea("Instructions (Markdown)");
    private final CheckboxGroup<ExerciseTask> tasks = new CheckboxGroup<>("Tasks");
    private final MultiSelectComboBox<ArticleSummary> articles = new MultiSelectComboBox<>("Articles");
    private final Select<StoryChoice> story = new Select<>();
    private final Paragraph storyNote = new Paragraph();
    private final DateTimePicker opens = new DateTimePicker("Opens (UTC)");
    private final DateTimePicker due = new DateTimePicker("Due (UTC)");
    private final IntegerField attempts = new IntegerField("Attempts allowed");
    private final Select<FeedbackTiming> feedback = new Select<>();
    private final Checkbox suggestions = new Checkbox("Students may use suggestions");
    private final NumberField overlap = new NumberField("Overlap needed (intersection over union)");
    private final NumberField partial = new NumberField("Points for a wrong label");
    private final NumberField penalty = new NumberField("Penalty per spurious span");

    ExerciseForm(
            String heading,
            ExerciseSettings initial,
            List<ArticleSummary> available,
            List<StoryChoice> stories,
            Consumer<ExerciseSettings> save) {
        setHeaderTitle(heading);
        title.setId("exercise-title");
        title.setRequired(true);
        title.setMaxLength(200);
        instructions.setId("exercise-instructions");
        instructions.setHelperText("Shown to students; Markdown (*emphasis*, lists, links). HTML is shown as text.");
        tasks.setId("exercise-tasks");
        tasks.setItems(ExerciseTask.values());
        tasks.setItemLabelGenerator(ExerciseTask::caption);
        articles.setId("exercise-articles");
        articles.setItems(available);
        articles.setItemLabelGenerator(a -> a.title() + (a.status() == ArticleStatus.CURATED ? " (curated)" : ""));
        articles.setHelperText("Gold comes from each article's curated version.");
        story.setId("exercise-story");
        story.setLabel("Add a whole story");
        story.setItems(stories);
        story.setItemLabelGenerator(c -> c.title() + " ("
                + c.curatedArticleIds().size() + " of " + c.articleIds().size() + " curated)");
        story.setPlaceholder("Choose a story…");
        story.setHelperText("Adds the story's curated articles; articles without gold cannot be scored.");
        story.setVisible(!stories.isEmpty());
        story.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addStory(e.getValue(), available);
            }
        });
        storyNote.setId("exercise-story-note");
        storyNote.addClassName("muted");
        storyNote.setVisible(false);
        opens.setId("exercise-opens");
        due.setId("exercise-due");
        attempts.setId("exercise-attempts");
        attempts.setMin(1);
        attempts.setMax(20);
        attempts.setStepButtonsVisible(true);
        feedback.setId("exercise-feedback");
        feedback.setLabel("Feedback shows");
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(FeedbackTiming::caption);
        suggestions.setId("exercise-suggestions");
        for (NumberField f : List.of(overlap, partial, penalty)) {
            f.setMin(0);
            f.setMax(1);
            f.setStep(0.05);
        }
        overlap.setId("exercise-overlap");
        partial.setId("exercise-partial-credit");
        penalty.setId("exercise-penalty");

        title.setValue(initial.title());
        instructions.setValue(initial.instructions());
        tasks.setValue(initial.tasks());
        Set<ArticleSummary> chosen = new LinkedHashSet<>();
        for (long id : initial.articleIds()) {
            available.stream().filter(a -> a.id() == id).findFirst().ifPresent(chosen::add);
        }
        articles.setValue(chosen);
        opens.setValue(local(initial.opensAt()));
        due.setValue(local(initial.dueAt()));
        attempts.setValue(initial.attemptsAllowed());
        feedback.setValue(initial.feedback());
        suggestions.setValue(initial.allowSuggestions());
        overlap.setValue(initial.rules().overlap());
        partial.setValue(initial.rules().partialCredit());
        penalty.setValue(initial.rules().penalty());

        FormLayout form = new FormLayout(
                title,
                tasks,
                instructions,
                articles,
                story,
                storyNote,
                opens,
                due,
                attempts,
                feedback,
                suggestions,
                overlap,
                partial,
                penalty);
        form.setColspan(instructions, 2);
        form.setColspan(articles, 2);
        form.setColspan(storyNote, 2);
        add(form);
        Button ok = new Button("Save", e -> {
            ScoringRules rules;
            try {
                rules = new ScoringRules(value(overlap), value(partial), value(penalty));
            } catch (IllegalArgumentException ex) {
                org.corroborate.ui.Notifications.error(ex);
                return;
            }
            List<Long> ids = new ArrayList<>();
            available.stream().filter(articles.getValue()::contains).forEach(a -> ids.add(a.id()));
            save.accept(new ExerciseSettings(
                    title.getValue(),
                    instructions.getValue(),
                    tasks.getValue(),
                    ids,
                    instant(opens.getValue()),
                    instant(due.getValue()),
                    attempts.getValue() == null ? 1 : attempts.getValue(),
                    feedback.getValue(),
                    suggestions.getValue(),
                    rules));
        });
        ok.setId("save-exercise");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, ok);
        setWidth("56rem");
    }

    /** Adds the story's curated articles to the chosen ones and says what was left out, and why. */
    private void addStory(StoryChoice choice, List<ArticleSummary> available) {
        Set<ArticleSummary> chosen = new LinkedHashSet<>(articles.getValue());
        available.stream()
                .filter(a -> choice.curatedArticleIds().contains(a.id()))
                .forEach(chosen::add);
        articles.setValue(chosen);
        int total = choice.articleIds().size();
        int curated = choice.curatedArticleIds().size();
        String added = curated == 0
                ? "No article of “" + choice.title() + "” has gold yet, so none was added."
                : curated + " of the " + total + (total == 1 ? " article" : " articles") + " of “" + choice.title()
                        + "” " + (curated == 1 ? "has" : "have") + " gold (curated) and "
                        + (curated == 1 ? "was" : "were") + " added.";
        int left = choice.uncurated();
        storyNote.setText(
                left == 0
                        ? added
                        : added + " " + left + (left == 1 ? " article is" : " articles are")
                                + " not curated: without gold " + (left == 1 ? "it" : "they") + " cannot be scored, so "
                                + (left == 1 ? "it was" : "they were") + " left out.");
        storyNote.setVisible(true);
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static @Nullable LocalDateTime local(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
