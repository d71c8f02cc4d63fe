package org.corroborate;

import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import java.util.function.Supplier;
import org.corroborate.security.Roles;
import org.corroborate.security.SystemAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Facts about the demo data that the app loads on first start, looked up through the services. */
public final class DemoData {

    public static final String PROJECT_NAME = "Ukraine security guarantees (Aug 2025)";
    public static final String PASSWORD = "corroborate";

    private DemoData() {
    }

    public static ProjectSummary demoProject(ProjectService projects) {
        return SystemAuthentication.runAsSystem(() -> projects.findByName(PROJECT_NAME).orElseThrow());
    }

    /** A fresh project with a unique name, so a test's imports do not touch other tests' data. */
    public static ProjectSummary newProject(ProjectService projects, String prefix) {
        return SystemAuthentication.runAsSystem(() -> projects.create(prefix + " " + System.nanoTime(), ""));
    }

    /** Runs work signed in as one (non-admin) demo user, for tests that switch users mid-test. */
    public static <T> T asUser(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Roles.authorities(false)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
