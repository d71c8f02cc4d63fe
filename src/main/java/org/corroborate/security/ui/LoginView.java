package org.corroborate.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.corroborate.security.LoginHints;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page; in demo mode it also lists the demo users (click one to fill the form). */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Corroborate")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(List<LoginHints> hintSources) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("login-view");
        // The page has no app layout around it: it is its own main landmark.
        getElement().setAttribute("role", "main");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");
        add(new H1("Corroborate"), new Paragraph("Source-credibility and consistency annotation of news"), login);

        List<LoginHints.Hint> hints =
                hintSources.stream().flatMap(s -> s.hints().stream()).toList();
        if (!hints.isEmpty()) {
            Grid<LoginHints.Hint> grid = new Grid<>();
            grid.setId("demo-users");
            grid.addColumn(LoginHints.Hint::username).setHeader("User").setAutoWidth(true);
            grid.addColumn(LoginHints.Hint::password).setHeader("Password").setAutoWidth(true);
            grid.addColumn(LoginHints.Hint::description).setHeader("Role").setAutoWidth(true);
            grid.setItems(hints);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setWidth("32rem");
            grid.addItemClickListener(e -> login.getElement()
                    .executeJs(
                            "const u = this.querySelector('#vaadinLoginUsername'); const p = this.querySelector('#vaadinLoginPassword');"
                                    + "if (u) { u.value = $0; } if (p) { p.value = $1; p.focus(); }",
                            e.getItem().username(),
                            e.getItem().password()));
            add(new H2("Demo mode: sign in as any of these"), grid);
            setAlignSelf(Alignment.CENTER, grid);
        }
    }

    /** Why the last sign-in of this browser failed, as the sign-in filters left it in the session. */
    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** A disabled account and a pause after many failures are said as such; anything else stays unspecific. */
    static LoginI18n errorMessage(@Nullable Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof DisabledException) {
            error.setTitle("This account is disabled");
            error.setMessage("Your username and password are right, but a site admin has disabled this account."
                    + " Ask them to enable it again.");
        } else if (failure instanceof LockedException locked) {
            error.setTitle("Too many failed sign-ins");
            error.setMessage(locked.getMessage());
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check that you have entered the correct username and password and try again.");
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setI18n(errorMessage(lastFailure()));
            login.setError(true);
        }
    }
}
