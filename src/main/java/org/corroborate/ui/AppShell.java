package org.corroborate.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, our own stylesheet (META-INF/resources/styles.css), and server push, so that
 * teammates' changes reach open views without a reload (ADR 0014).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Corroborate");
    }
}
