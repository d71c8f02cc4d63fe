package org.corroborate.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.corroborate.audit.AuditLog;
import org.corroborate.audit.AuditRecord;
import org.corroborate.security.Roles;

/** Site admins read who did which administrative act, newest first, and search it. */
@Route("admin/audit")
@PageTitle("Audit log · Corroborate")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout {

    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField filter = new TextField();

    AuditLogView(AuditLog audit) {
        setSizeFull();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        filter.setId("audit-filter");
        filter.setPlaceholder("Search user, object or detail");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.setAriaLabel("Search the audit log");

        grid.setId("audit-grid");
        grid.addColumn(r -> when.format(r.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.action().caption())
                .setHeader("What")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.projectId() == null ? "" : "project " + r.projectId())
                .setHeader("Project")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::target).setHeader("Object").setFlexGrow(1);
        grid.addColumn(AuditRecord::detail).setHeader("Detail").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("Nothing recorded yet: user, member, settings, label, gold deletion and export"
                + " changes appear here.");
        grid.setItems(query -> audit.search(filter.getValue(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(filter.getValue())));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(
                new H1("Audit log"),
                new Paragraph("Administrative acts of every project: users and passwords, members"
                        + " and roles, settings, label sets, deleted gold spans, exports. Entries are never changed."),
                filter,
                grid);
        setFlexGrow(1, grid);
    }
}
