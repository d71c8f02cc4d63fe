package org.corroborate.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.corroborate.security.LoginHints;

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

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");
        add(new H1("Corroborate"), new Paragraph("Source-credibility and consistency annotation of news"), login);

        List<LoginHints.Hint> hints = hintSources.stream().flatMap(s -> s.hints().stream()).toList();
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
            grid.addItemClickListener(e -> login.getElement().executeJs(
                    "const u = this.querySelector('#vaadinLoginUsername'); const p = this.querySelector('#vaadinLoginPassword');"
                            + "if (u) { u.value = $0; } if (p) { p.value = $1; p.focus(); }",
                    e.getItem().username(), e.getItem().password()));
            add(new H3("Demo mode: sign in as any of these"), grid);
            setAlignSelf(Alignment.CENTER, grid);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
