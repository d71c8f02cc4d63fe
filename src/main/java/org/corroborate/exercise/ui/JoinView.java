package org.corroborate.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.corroborate.exercise.ExerciseService;
import org.corroborate.exercise.ExerciseValidationException;
import org.corroborate.ui.Notifications;
import org.corroborate.user.UserValidationException;

/**
 * Joining a class without an account: the class code the instructor shared, a username, a name and a password
 * (no e-mail). The account is a student of the exercise's project and nothing more; then the student signs in.
 */
@Route(value = "join", autoLayout = false)
@PageTitle("Join a class · Corroborate")
@AnonymousAllowed
class JoinView extends VerticalLayout {

    JoinView(ExerciseService exercises) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        TextField code = new TextField("Class code");
        code.setId("join-code");
        code.setRequired(true);
        TextField username = new TextField("Username");
        username.setId("join-username");
        username.setHelperText("Lower-case letters, digits, . _ -");
        TextField name = new TextField("Your name (as your instructor knows you)");
        name.setId("join-name");
        PasswordField password = new PasswordField("Password");
        password.setId("join-password");
        Button join = new Button("Join", e -> {
            try {
                exercises.joinWithNewAccount(
                        code.getValue(), username.getValue(), name.getValue(), password.getValue());
                Notifications.success("Account made. Sign in as "
                        + username.getValue().strip().toLowerCase(java.util.Locale.ROOT) + ".");
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (ExerciseValidationException | UserValidationException ex) {
                Notifications.error(ex);
            }
        });
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, username, name, password);
        form.setMaxWidth("32rem");
        VerticalLayout main = new VerticalLayout(
                new H1("Join a class"),
                new Paragraph("Your instructor gave you a "
                        + "class code. Choose a username and a password; no e-mail is needed."),
                form,
                join,
                new Anchor("login", "I have an account: sign in"));
        main.setAlignItems(FlexComponent.Alignment.CENTER);
        main.getElement().setAttribute("role", "main");
        add(main);
    }
}
