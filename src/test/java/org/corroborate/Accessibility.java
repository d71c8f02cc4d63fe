package org.corroborate;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs axe-core (4.14 from npm, see {@link #load()}; injected here as a script) on the
 * page as it is and reports what issue 18 forbids: any critical or serious violation, and on every page one
 * {@code main} landmark, exactly one {@code h1} and all content inside landmarks.
 */
public final class Accessibility {

    /** Moderate in axe, but the issue asks for landmarks and one h1 per page. */
    static final Set<String> REQUIRED_RULES = Set.of("landmark-one-main", "page-has-heading-one", "region");

    private static final String AXE_SOURCE = load();

    private Accessibility() {}

    /** One line per problem found on the page (empty when there is none), each starting with {@code where}. */
    public static List<String> problems(Page page, String where) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SOURCE));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  // Vaadin's connection indicator is an empty popover outside the page's layout (shown only while
                  // the server cannot be reached): not content that belongs in a landmark.
                  const result = await axe.run({ exclude: [['vaadin-connection-indicator']] },
                      { resultTypes: ['violations'] });
                  return result.violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target) + ' ' + n.html.slice(0, 120) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                  }));
                }""");
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String impact = String.valueOf(v.get("impact"));
            String id = String.valueOf(v.get("id"));
            if (impact.equals("critical") || impact.equals("serious") || REQUIRED_RULES.contains(id)) {
                problems.add(where + ": axe " + impact + " " + id + " (" + v.get("help") + ") at " + v.get("nodes"));
            }
        }
        Object h1 = page.evaluate("() => document.querySelectorAll('h1').length");
        if (!Integer.valueOf(1).equals(h1)) {
            problems.add(where + ": " + h1 + " h1 headings, not one");
        }
        return problems;
    }

    /**
     * axe-core from npm, pinned in frontend/tools/package.json and installed by .ci/frontend-check (Maven's test phase,
     * before these tests); Deque's older copy in its Playwright jar only when the frontend check was skipped.
     */
    private static String load() {
        Path npm = Path.of("frontend", "tools", "node_modules", "axe-core", "axe.min.js");
        try {
            if (Files.isRegularFile(npm)) {
                return Files.readString(npm);
            }
            try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "axe-core is missing: run .ci/frontend-check (it installs " + npm + ")");
                }
                System.err.println("Accessibility: " + npm + " is missing (frontend check skipped); using the axe-core"
                        + " of Deque's Playwright jar");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
