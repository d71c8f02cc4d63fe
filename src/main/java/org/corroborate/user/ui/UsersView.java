package org.corroborate.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Roles;
import org.corroborate.ui.Notifications;
import org.corroborate.user.UserAccount;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.corroborate.user.UserValidationException;

/** Site admins create users, reset passwords, and disable users (whose work is kept). */
@Route("admin/users")
@PageTitle("Users · Corroborate")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final UserService users;
    private final CurrentUser currentUser;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
        setSizeFull();
        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1("Users"), create);
        header.setAlignItems(Alignment.BASELINE);

        grid.setId("user-grid");
        grid.addColumn(UserSummary::username)
                .setHeader("Username")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader("Name")
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(u -> u.siteAdmin() ? "Site admin" : "")
                .setHeader("Admin")
                .setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(u -> CREATED.format(u.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        add(header, grid);
        refresh();
    }

    private HorizontalLayout actions(UserSummary user) {
        Button reset = new Button("Reset password", e -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable", e -> setEnabled(user, !user.enabled()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setId("toggle-" + user.username());
        return new HorizontalLayout(reset, toggle);
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    private void setEnabled(UserSummary user, boolean enabled) {
        try {
            users.setEnabled(user.username(), enabled, currentUser.requireUsername());
            Notifications.success(
                    user.username() + (enabled ? " can sign in again." : " is disabled. Their work is kept."));
            refresh();
        } catch (UserValidationException ex) {
            Notifications.error(ex);
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setMaxLength(UserAccount.USERNAME_MAX_LENGTH);
        TextField displayName = new TextField("Display name");
        displayName.setId("new-display-name");
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        PasswordField password = new PasswordField("Password");
        password.setId("new-password");
        password.setHelperText("At least " + UserAccount.PASSWORD_MIN_LENGTH + " characters");
        Checkbox admin = new Checkbox("Site admin");
        Button save = new Button("Create", e -> {
            try {
                UserSummary created = users.createUser(
                        username.getValue(), displayName.getValue(), password.getValue(), admin.getValue());
                dialog.close();
                Notifications.success("User " + created.username() + " created.");
                refresh();
            } catch (UserValidationException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("create-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(username, displayName, password, admin));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    private void openResetDialog(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        Button save = new Button("Set password", e -> {
            try {
                users.resetPassword(user.username(), password.getValue());
                dialog.close();
                Notifications.success("Password of " + user.username() + " changed.");
            } catch (UserValidationException ex) {
                Notifications.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }
}
