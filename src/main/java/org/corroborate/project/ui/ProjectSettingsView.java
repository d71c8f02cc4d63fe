package org.corroborate.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.AssignmentMode;
import org.corroborate.project.Project;
import org.corroborate.project.ProjectMemberSummary;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSettings;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.project.WorkflowSettings;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;

/**
 * Name, description, settings and members of one project. Managers (and site admins) change them; every other
 * member sees the same page read-only, so that the menu entry leads somewhere for everyone.
 */
@Route("projects/:projectId/settings")
@PageTitle("Project settings · Corroborate")
@PermitAll
class ProjectSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final NumberField storySimilarity = new NumberField("Story similarity threshold");
    private final NumberField nearDuplicateThreshold = new NumberField("Near-duplicate threshold");
    private final NumberField approximateWidth = new NumberField("Width of \u201capproximately\u201d (± %)");
    private final IntegerField annotatorsPerArticle = new IntegerField("Annotators per article");
    private final Select<AssignmentMode> assignmentMode = new Select<>();
    private final IntegerField abandonAfterMinutes = new IntegerField("Reclaim unfinished articles after (minutes)");
    private final Checkbox blindMode =
            new Checkbox("Blind mode: annotators see only their own work until an " + "article is curated");
    private final Grid<ProjectMemberSummary> members = new Grid<>();
    private final H1 title = new H1();
    private final Anchor articlesLink = InAppLink.unset();
    /** To the archive page (org.corroborate.archive.ui), by its path: the archive feature depends on projects. */
    private final Anchor archiveLink = InAppLink.unset();

    private final H3 archiveHeading = new H3("Archive");
    private final Paragraph readOnlyNote = new Paragraph(
            "Only the project's managers can change its settings and " + "members: you see them read-only.");
    private final Button save = new Button("Save", e -> save());
    private final Button saveAnalysis = new Button("Save analysis settings", e -> saveSettings());
    private final Button saveWorkflow = new Button("Save workflow settings", e -> saveWorkflow());
    private final HorizontalLayout addRow = new HorizontalLayout();
    private final Grid.Column<ProjectMemberSummary> removeColumn;
    private long projectId;
    private long version;

    ProjectSettingsView(ProjectService projects) {
        this.projects = projects;
        name.setId("settings-name");
        name.setMaxLength(Project.NAME_MAX_LENGTH);
        name.setWidth("32rem");
        description.setId("settings-description");
        description.setMaxLength(Project.DESCRIPTION_MAX_LENGTH);
        description.setWidth("32rem");
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        members.setId("member-grid");
        members.addColumn(ProjectMemberSummary::username).setHeader("User").setAutoWidth(true);
        members.addColumn(ProjectMemberSummary::displayName).setHeader("Name").setAutoWidth(true);
        members.addColumn(m -> m.role().label()).setHeader("Role").setAutoWidth(true);
        members.addColumn(m -> m.enabled() ? "" : "disabled").setHeader("").setAutoWidth(true);
        removeColumn = members.addComponentColumn(m -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeMember(m));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel("Remove " + m.username());
                    return remove;
                })
                .setHeader("")
                .setAutoWidth(true);
        members.setAllRowsVisible(true);

        TextField username = new TextField("Username");
        username.setId("member-username");
        Select<ProjectRole> role = new Select<>();
        role.setLabel("Role");
        role.setId("member-role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(ProjectRole.ANNOTATOR);
        Button add = new Button("Add or change member", VaadinIcon.USER_CHECK.create(), e -> {
            try {
                projects.setMember(projectId, username.getValue(), role.getValue());
                Notifications.success(username.getValue().strip() + " is now "
                        + role.getValue().label().toLowerCase(Locale.ROOT));
                username.clear();
                refreshMembers();
            } catch (ProjectValidationException | AccessRefusedException ex) {
                Notifications.error(ex);
            }
        });
        add.setId("add-member");
        addRow.add(username, role, add);
        addRow.setAlignItems(Alignment.BASELINE);

        storySimilarity.setId("settings-story-similarity");
        storySimilarity.setMin(0);
        storySimilarity.setMax(1);
        storySimilarity.setHelperText("TF-IDF cosine (0–1) from which imported articles are suggested as one story");
        nearDuplicateThreshold.setId("settings-near-duplicate");
        nearDuplicateThreshold.setMin(0);
        nearDuplicateThreshold.setMax(1);
        nearDuplicateThreshold.setHelperText(
                "Share of three-word runs (0–1) from which two articles are flagged as " + "rewrites of one copy");
        approximateWidth.setId("settings-approximate-width");
        approximateWidth.setMin(0);
        approximateWidth.setMax(99);
        approximateWidth.setHelperText("\u201cabout 40\u201d reads as 40 ± this share when figures are normalised");
        for (NumberField field : new NumberField[] {storySimilarity, nearDuplicateThreshold, approximateWidth}) {
            field.setWidth("32rem");
        }
        saveAnalysis.setId("save-analysis-settings");
        Paragraph analysisNote = new Paragraph("Thresholds apply to the next suggestion (imports and \u201cSuggest "
                + "stories\u201d); stories already made stay as they are.");
        analysisNote.getStyle().set("color", "var(--lumo-secondary-text-color)");

        readOnlyNote.setId("settings-read-only");
        readOnlyNote.addClassName("muted");
        add(
                title,
                articlesLink,
                readOnlyNote,
                name,
                description,
                save,
                new H3("Analysis"),
                analysisNote,
                storySimilarity,
                nearDuplicateThreshold,
                approximateWidth,
                saveAnalysis,
                new H3("Team workflow"),
                workflowForm(),
                new H3("Members"),
                members,
                addRow,
                archiveHeading,
                archiveLink);
    }

    private VerticalLayout workflowForm() {
        annotatorsPerArticle.setId("settings-annotators-per-article");
        annotatorsPerArticle.setMin(1);
        annotatorsPerArticle.setMax(WorkflowSettings.MAX_ANNOTATORS_PER_ARTICLE);
        annotatorsPerArticle.setStepButtonsVisible(true);
        annotatorsPerArticle.setHelperText("How many annotators work on each article independently (agreement and "
                + "curation need two or more)");
        assignmentMode.setId("settings-assignment-mode");
        assignmentMode.setLabel("Assignment");
        assignmentMode.setItems(AssignmentMode.values());
        assignmentMode.setItemLabelGenerator(AssignmentMode::label);
        assignmentMode.setHelperText("Automatic: \u201cNext article for me\u201d hands out the oldest article that "
                + "still needs annotators. Manual: managers assign articles on the Workload page.");
        abandonAfterMinutes.setId("settings-abandon-minutes");
        abandonAfterMinutes.setMin(5);
        abandonAfterMinutes.setMax(60 * 24 * 365);
        abandonAfterMinutes.setHelperText("An unfinished article nobody touched for this long goes back to the pool, "
                + "its work kept (1440 = a day)");
        blindMode.setId("settings-blind-mode");
        for (var field :
                new com.vaadin.flow.component.HasSize[] {annotatorsPerArticle, assignmentMode, abandonAfterMinutes}) {
            field.setWidth("32rem");
        }
        saveWorkflow.setId("save-workflow-settings");
        VerticalLayout form =
                new VerticalLayout(annotatorsPerArticle, assignmentMode, abandonAfterMinutes, blindMode, saveWorkflow);
        form.setPadding(false);
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        ProjectSummary project = projects.get(projectId);
        showEditable(project.canManage());
        show(project);
        showWorkflow(project.workflow());
        showSettings(projects.settings(projectId));
        refreshMembers();
    }

    /** Managers edit; other members read the same fields, with nothing to save, add or remove. */
    private void showEditable(boolean canManage) {
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {
            name,
            description,
            storySimilarity,
            nearDuplicateThreshold,
            approximateWidth,
            annotatorsPerArticle,
            assignmentMode,
            abandonAfterMinutes,
            blindMode
        }) {
            field.setReadOnly(!canManage);
        }
        readOnlyNote.setVisible(!canManage);
        save.setVisible(canManage);
        saveAnalysis.setVisible(canManage);
        saveWorkflow.setVisible(canManage);
        addRow.setVisible(canManage);
        removeColumn.setVisible(canManage);
        archiveLink.setVisible(canManage);
        archiveHeading.setVisible(canManage);
    }

    private void showSettings(ProjectSettings settings) {
        storySimilarity.setValue(settings.storySimilarity().doubleValue());
        nearDuplicateThreshold.setValue(settings.nearDuplicateThreshold().doubleValue());
        approximateWidth.setValue(settings.approximateWidth().movePointRight(2).doubleValue());
    }

    private void saveSettings() {
        if (storySimilarity.getValue() == null
                || nearDuplicateThreshold.getValue() == null
                || approximateWidth.getValue() == null) {
            Notifications.error("Fill in every analysis setting.");
            return;
        }
        ProjectSettings settings = new ProjectSettings(
                decimal(storySimilarity.getValue()),
                decimal(nearDuplicateThreshold.getValue()),
                decimal(approximateWidth.getValue())
                        .movePointLeft(2)
                        .setScale(ProjectSettings.SCALE, RoundingMode.HALF_UP));
        try {
            ConcurrentEdits.run(() -> {
                show(projects.updateSettings(projectId, version, settings));
                showSettings(projects.settings(projectId));
                Notifications.success("Analysis settings saved.");
            });
        } catch (ProjectValidationException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }

    private void showWorkflow(WorkflowSettings workflow) {
        annotatorsPerArticle.setValue(workflow.annotatorsPerArticle());
        assignmentMode.setValue(workflow.assignmentMode());
        abandonAfterMinutes.setValue(workflow.abandonAfterMinutes());
        blindMode.setValue(workflow.blindMode());
    }

    private void saveWorkflow() {
        if (annotatorsPerArticle.getValue() == null
                || abandonAfterMinutes.getValue() == null
                || assignmentMode.getValue() == null) {
            Notifications.error("Fill in every workflow setting.");
            return;
        }
        try {
            ConcurrentEdits.run(() -> {
                WorkflowSettings workflow = new WorkflowSettings(
                        annotatorsPerArticle.getValue(),
                        assignmentMode.getValue(),
                        abandonAfterMinutes.getValue(),
                        blindMode.getValue());
                ProjectSummary saved = projects.updateWorkflow(projectId, version, workflow);
                show(saved);
                showWorkflow(saved.workflow());
                Notifications.success("Workflow settings saved.");
            });
        } catch (ProjectValidationException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(ProjectSettings.SCALE, RoundingMode.HALF_UP);
    }

    private void show(ProjectSummary project) {
        version = project.version();
        title.setText("Settings: " + project.name());
        articlesLink.setText("← Articles");
        articlesLink.setHref("projects/" + project.id() + "/articles");
        archiveLink.setId("project-archive-link");
        archiveLink.setText("Download the whole project as an archive");
        archiveLink.setHref("projects/" + project.id() + "/archive");
        name.setValue(project.name());
        description.setValue(project.description());
    }

    private void save() {
        try {
            ConcurrentEdits.run(() -> {
                show(projects.update(projectId, version, name.getValue(), description.getValue()));
                Notifications.success("Project saved.");
            });
        } catch (ProjectValidationException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }

    private void removeMember(ProjectMemberSummary member) {
        try {
            projects.removeMember(projectId, member.username());
            Notifications.success(member.username() + " removed from the project. Their work is kept.");
            refreshMembers();
        } catch (ProjectValidationException | AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }

    private void refreshMembers() {
        members.setItems(projects.members(projectId));
    }
}
