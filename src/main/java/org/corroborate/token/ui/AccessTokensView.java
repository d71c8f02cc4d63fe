package org.corroborate.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.token.AccessTokenService;
import org.corroborate.token.AccessTokenSummary;
import org.corroborate.token.CreatedToken;
import org.corroborate.token.TokenScope;
import org.corroborate.token.TokenValidationException;
import org.corroborate.ui.DateTimes;
import org.corroborate.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Every signed-in user's own personal access tokens for the HTTP API: make one (shown once), see them, revoke. */
@Route("tokens")
@PageTitle("Access tokens · Corroborate")
@PermitAll
class AccessTokensView extends VerticalLayout {

    private final AccessTokenService tokens;
    private final Grid<AccessTokenSummary> grid = new Grid<>();

    AccessTokensView(AccessTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        Paragraph about = new Paragraph("Scripts use a token to call the HTTP API (/api/v1, described at /api/docs) "
                + "as you, with your rights in each project: curl -H \"Authorization: Bearer crb_…\" …/api/v1/projects."
                + " The token is shown once; keep it like a password.");

        TextField name = new TextField("Name");
        name.setId("token-name");
        name.setPlaceholder("what it is for, e.g. nightly export");
        name.setMaxLength(100);
        CheckboxGroup<TokenScope> scopes = new CheckboxGroup<>("Scopes");
        scopes.setId("token-scopes");
        scopes.setItems(TokenScope.values());
        scopes.setItemLabelGenerator(
                s -> s == TokenScope.READ ? "read (projects, articles, export)" : "import articles");
        scopes.setValue(Set.of(TokenScope.READ));
        IntegerField days = new IntegerField("Expires after (days)");
        days.setId("token-expiry");
        days.setHelperText("Empty: never");
        days.setMin(1);
        Button create = new Button("Create token", VaadinIcon.KEY.create(), e -> create(name, scopes, days.getValue()));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scopes, days, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("token-grid");
        grid.addColumn(AccessTokenSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.hint() + "…").setHeader("Token").setAutoWidth(true);
        grid.addColumn(t -> TokenScope.format(t.scopes())).setHeader("Scopes").setAutoWidth(true);
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? "never" : when(t.expiresAt()))
                .setHeader("Expires")
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        add(new H1("Access tokens"), about, form, grid);
        refresh();
    }

    private void create(TextField name, CheckboxGroup<TokenScope> scopes, @Nullable Integer days) {
        try {
            Set<TokenScope> chosen = scopes.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(scopes.getValue());
            CreatedToken created = tokens.create(name.getValue(), chosen, days);
            name.clear();
            refresh();
            new TokenShownOnceDialog(created).open();
        } catch (TokenValidationException ex) {
            Notifications.error(ex);
        }
    }

    private Button revokeButton(AccessTokenSummary token) {
        Button revoke = new Button("Revoke", e -> {
            try {
                tokens.revoke(token.id());
                Notifications.success("Token " + token.name() + " revoked: it no longer works.");
            } catch (NotFoundOrNotAllowedException ex) {
                Notifications.error("That token was already revoked.");
            }
            refresh();
        });
        revoke.setId("revoke-" + token.name());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private String when(Instant at) {
        return DateTimes.medium(at, getLocale());
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
