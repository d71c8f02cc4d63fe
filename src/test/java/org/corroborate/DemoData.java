package org.corroborate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;

/** Facts about the demo data that the app loads on first start, looked up through the services. */
public final class DemoData {

    public static final String PROJECT_NAME = "Ukraine security guarantees (Aug 2025)";
    public static final String PASSWORD = "corroborate";

    private DemoData() {}

    public static ProjectSummary demoProject(ProjectService projects) {
        return SystemAuthentication.runAsSystem(
                () -> projects.findByName(PROJECT_NAME).orElseThrow());
    }

    /** A fresh project with a unique name, so a test's imports do not touch other tests' data. */
    public static ProjectSummary newProject(ProjectService projects, String prefix) {
        return SystemAuthentication.runAsSystem(() -> projects.create(prefix + " " + System.nanoTime(), ""));
    }

    /** A fresh project and the one article imported into it. */
    public record ProjectWithArticle(ProjectSummary project, long articleId) {}

    /** A fresh project with these members and one article imported from a file's bytes, as the system user. */
    public static ProjectWithArticle projectWithArticle(
            ProjectService projects,
            ImportService imports,
            String prefix,
            Map<String, ProjectRole> members,
            String fileName,
            byte[] content) {
        ProjectSummary project = newProject(projects, prefix);
        long articleId = SystemAuthentication.runAsSystem(() -> {
            members.forEach((username, role) -> projects.setMember(project.id(), username, role));
            return imports.importFiles(project.id(), List.of(new UploadedFile(fileName, content)))
                    .imported()
                    .getFirst()
                    .id();
        });
        return new ProjectWithArticle(project, articleId);
    }

    /** The same, for an article given as text. */
    public static ProjectWithArticle projectWithArticle(
            ProjectService projects,
            ImportService imports,
            String prefix,
            Map<String, ProjectRole> members,
            String fileName,
            String text) {
        return projectWithArticle(projects, imports, prefix, members, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs work signed in as one (non-admin) demo user, for tests that switch users mid-test. */
    public static <T> T asUser(String username, Supplier<T> work) {
        return SystemAuthentication.runAsUser(username, work);
    }
}
