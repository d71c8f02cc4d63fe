package org.corroborate.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.security.CurrentUser;

/**
 * The frame around every signed-in view: navigation (Projects, Access tokens; Users and Audit log for site admins) and
 * the user menu.
 * Views name no layout: {@code @Layout} applies it to all of them.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final Pattern PROJECT_PATH = Pattern.compile("^projects/(\\d{1,18})(?:/|$)");

    /** Shown inside a project: its articles, stories, registry, labels and settings. */
    private final SideNav projectNav = new SideNav("This project");

    private final ProjectMenuAccess menuAccess;
    private final Main content = new Main();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, ProjectMenuAccess menuAccess) {
        this.menuAccess = menuAccess;
        Span brand = new Span("Corroborate");
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem("Projects", "projects", VaadinIcon.FOLDER_OPEN.create()));
        nav.addItem(new SideNavItem("My exercises", "exercises", VaadinIcon.ACADEMY_CAP.create()));
        nav.addItem(new SideNavItem("Access tokens", "tokens", VaadinIcon.KEY.create()));
        if (currentUser.isSiteAdmin()) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Audit log", "admin/audit", VaadinIcon.RECORDS.create()));
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
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);
        // The view sits in a <main> landmark: screen readers jump to it, and axe finds no content outside landmarks.
        content.setId("main-content");
        setContent(content);
        projectNav.setId("project-nav");
        projectNav.setVisible(false);
        addToDrawer(nav, projectNav);
        setPrimarySection(Section.NAVBAR);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Matcher project = PROJECT_PATH.matcher(event.getLocation().getPath());
        projectNav.removeAll();
        // Inside a project the user may see: a project they may not see gets no menu of its own. Its team gets the
        // project's pages; instructors only its exercises; students no project menu (their exercises are in the main
        // menu).
        long projectId = project.find() ? Long.parseLong(project.group(1)) : -1;
        boolean team = projectId >= 0 && menuAccess.canView(projectId);
        boolean teaches = projectId >= 0 && menuAccess.canTeach(projectId);
        projectNav.setVisible(team || teaches);
        String base = "projects/" + projectId;
        if (team) {
            projectNav.addItem(new SideNavItem("Articles", base + "/articles", VaadinIcon.FILE_TEXT_O.create()));
            projectNav.addItem(new SideNavItem("Stories", base + "/stories", VaadinIcon.CLUSTER.create()));
            projectNav.addItem(new SideNavItem("Source registry", base + "/sources", VaadinIcon.USER_CARD.create()));
            projectNav.addItem(new SideNavItem("Label sets", base + "/labels", VaadinIcon.TAGS.create()));
            if (menuAccess.canCurate(projectId)) {
                projectNav.addItem(new SideNavItem("Workload", base + "/workload", VaadinIcon.TASKS.create()));
                projectNav.addItem(
                        new SideNavItem("Agreement", base + "/agreement", VaadinIcon.SCALE_UNBALANCE.create()));
                // flat items: a nested side-nav item's toggle fails axe (aria-labelledby names a missing id)
                projectNav.addItem(new SideNavItem("Analytics", base + "/analytics", VaadinIcon.BAR_CHART.create()));
                projectNav.addItem(new SideNavItem(
                        "Outlet analytics", base + "/analytics/outlets", VaadinIcon.NEWSPAPER.create()));
                projectNav.addItem(
                        new SideNavItem("Source analytics", base + "/analytics/sources", VaadinIcon.USERS.create()));
                projectNav.addItem(new SideNavItem("Export", base + "/export", VaadinIcon.DOWNLOAD.create()));
            }
        }
        if (teaches) {
            projectNav.addItem(new SideNavItem("Exercises", base + "/exercises", VaadinIcon.ACADEMY_CAP.create()));
        }
        if (team) {
            projectNav.addItem(new SideNavItem("Settings & members", base + "/settings", VaadinIcon.COG_O.create()));
        }
    }
}
