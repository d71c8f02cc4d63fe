package org.corroborate;

import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;

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
}
