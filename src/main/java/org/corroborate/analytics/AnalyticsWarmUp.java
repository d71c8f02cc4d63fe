package org.corroborate.analytics;

import java.util.List;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the web app has started, keeps what the analytics pages of every project read ({@link AnalyticsService#keepAll}),
 * on a background thread: the first page after an upgrade that adds kept spans, or after a start on a database where
 * much changed, then opens as fast as the later ones (a project of 10,000 articles takes a few seconds of one core).
 * Headless commands start no web server and skip it. {@code corroborate.analytics.warm-up=false} turns it off.
 */
@Component
class AnalyticsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsWarmUp.class);

    private final AnalyticsService analytics;
    private final ProjectService projects;
    private final boolean enabled;

    AnalyticsWarmUp(
            AnalyticsService analytics,
            ProjectService projects,
            @Value("${corroborate.analytics.warm-up:true}") boolean enabled) {
        this.analytics = analytics;
        this.projects = projects;
        this.enabled = enabled;
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (enabled) {
            Thread.ofPlatform().daemon().name("analytics-warm-up").start(this::warmUp);
        }
    }

    /** Keeps every project's analytics; a failure is logged and costs only speed (pages work them out). */
    void warmUp() {
        long started = System.nanoTime();
        try {
            int counts = SystemAuthentication.runAsSystem(() -> {
                List<ProjectSummary> all = projects.listMyProjects();
                int n = 0;
                for (ProjectSummary project : all) {
                    n += analytics.keepAll(project.id());
                }
                return n;
            });
            LOG.info(
                    "Analytics kept ahead: {} counts worked out in {} ms",
                    counts,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Analytics not kept ahead (pages work them out when opened): {}", e.toString());
        }
    }
}
