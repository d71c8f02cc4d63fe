package org.corroborate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.corroborate.security.CurrentUser;

/**
 * The frame around every signed-in view: navigation (Projects; Users for site admins) and the user menu.
 * Views name no layout: {@code @Layout} applies it to all of them.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        Span brand = new Span("Corroborate");
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem("Projects", "projects", VaadinIcon.FOLDER_OPEN.create()));
        if (currentUser.isSiteAdmin()) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
        }

        Span who = new Span(currentUser.username().orElse(""));
        who.setId("signed-in-user");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickShortcut(Key.KEY_Q, KeyModifier.ALT, KeyModifier.SHIFT);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(brand);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
