package org.corroborate.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * With {@code -Dcorroborate.startup-steps=N}, a command prints the N slowest steps of its context's start (bean
 * creations, configuration parsing, refresh) to stderr: what BENCHMARKS.md's "Headless command start" is read from.
 */
final class StartupSteps {

    private static final String PROPERTY = "corroborate.startup-steps";

    private final @Nullable BufferingApplicationStartup startup;
    private final int shown;

    private StartupSteps(@Nullable BufferingApplicationStartup startup, int shown) {
        this.startup = startup;
        this.shown = shown;
    }

    static StartupSteps fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new StartupSteps(null, 0);
        }
        return new StartupSteps(new BufferingApplicationStartup(100_000), Integer.parseInt(value.trim()));
    }

    void attach(SpringApplicationBuilder builder) {
        if (startup != null) {
            builder.applicationStartup(startup);
        }
    }

    void report(PrintStream err) {
        if (startup == null) {
            return;
        }
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<StartupTimeline.TimelineEvent> slowest = timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                        .reversed())
                .limit(shown)
                .toList();
        err.println("Context started at " + timeline.getStartTime() + "; slowest steps:");
        for (StartupTimeline.TimelineEvent event : slowest) {
            StringBuilder tags = new StringBuilder();
            event.getStartupStep()
                    .getTags()
                    .forEach(
                            t -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue()));
            err.printf(
                    "%6d ms  %s%s%n",
                    event.getDuration().toMillis(), event.getStartupStep().getName(), tags);
        }
    }
}
