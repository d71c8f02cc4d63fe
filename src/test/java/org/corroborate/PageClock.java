package org.corroborate;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Times what a user sees, with the page's own clock: from the start of a navigation, or from a key press or
 * click, to the first animation frame in which a condition holds (the frame that paints it). Benchmarks use
 * it rather than timing Playwright calls: locator assertions poll at 100, 250, 500 and 1,000 ms intervals, and
 * every call crosses to the Playwright driver and back, which would add tens to hundreds of milliseconds that
 * no user waits.
 */
public final class PageClock {

    private PageClock() {}

    /**
     * Milliseconds from the start of the current document's navigation (the request for the page) to the
     * first frame in which {@code condition} (a JavaScript expression) is true. Call it right after
     * {@code page.navigate}, for a condition that only the application makes true after the page has loaded.
     */
    public static double sinceNavigation(Page page, String condition) {
        return ((Number) page.waitForFunction("() => (" + condition + ") ? performance.now() : false")
                        .jsonValue())
                .doubleValue();
    }

    /**
     * Starts watching for the next {@code type} event ("click", "keydown"; with {@code key}, only a keydown of
     * that key counts), caught before the application's own handlers. From that event on, every animation frame
     * checks each condition (a JavaScript expression) and records when it first holds; a condition that gives a
     * number instead of {@code true} gives the time itself (a {@code performance.now()} timestamp, such as a
     * resource's {@code responseEnd}). Resource timings are cleared, so that only the event's requests count.
     */
    public static void watch(Page page, String type, @Nullable String key, Map<String, String> conditions) {
        page.evaluate(
                "([type, key, conditions]) => {"
                        + " performance.clearResourceTimings();"
                        + " const clock = window.__pageClock = { event: null, seen: {} };"
                        + " const checks = Object.entries(conditions).map(([name, js]) => [name, new Function('return (' + js + ');')]);"
                        + " const frame = () => { const now = performance.now();"
                        + "   for (const [name, check] of checks) { if (name in clock.seen) continue; const r = check();"
                        + "     if (r === true) clock.seen[name] = now - clock.event;"
                        + "     else if (typeof r === 'number') clock.seen[name] = r - clock.event; }"
                        + "   if (Object.keys(clock.seen).length < checks.length) requestAnimationFrame(frame); };"
                        + " const listener = (e) => { if (key && e.key !== key) return; clock.event = e.timeStamp;"
                        + "   window.removeEventListener(type, listener, true); requestAnimationFrame(frame); };"
                        + " window.addEventListener(type, listener, true); }",
                List.of(type, key == null ? "" : key, conditions));
    }

    /** Waits until every watched condition has held; for each, milliseconds from the event. */
    /** The time of one condition in {@link #seen}'s answer, which waited for it. */
    public static double at(Map<String, Double> seen, String condition) {
        return Objects.requireNonNull(seen.get(condition), () -> "not seen: " + condition);
    }

    public static Map<String, Double> seen(Page page, int conditions) {
        Object value = page.waitForFunction(
                        "n => window.__pageClock && Object.keys(window.__pageClock.seen).length"
                                + " >= n ? window.__pageClock.seen : false",
                        conditions)
                .jsonValue();
        Map<String, Double> times = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((name, ms) -> times.put((String) name, ((Number) ms).doubleValue()));
        return times;
    }

    /**
     * Which frontend bundle the page runs: "development-mode bundle" (what {@code spring-boot:run} and the tests
     * serve, with Vaadin's development tools) or "production bundle" (the production jar). Reloads the page.
     */
    public static String bundle(Page page) {
        page.reload();
        page.waitForLoadState();
        return (String) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".some(e => e.name.includes('copilot')) ? 'development-mode bundle' : 'production bundle'");
    }

    /** An expression giving when the response to the application's first server request since the event arrived. */
    public static final String SERVER_ANSWERED = "(() => { const r = performance.getEntriesByType('resource')"
            + ".find(e => e.name.includes('v-r=uidl') && e.startTime >= window.__pageClock.event && e.responseEnd > 0);"
            + " return r ? r.responseEnd : false; })()";
}
