package org.corroborate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: Playwright driving Debian's Chromium (Playwright never downloads a browser
 * here), one browser per class and a fresh context per test. Screenshots go to target/screenshots.
 */
@CorroborateIntegrationTest
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                    + ": install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
        context.close();
    }

    /**
     * A second browser window with its own cookies, signed in as another user (two people at work at once);
     * closed after the test like the main one.
     */
    protected Page signedInPage(String username, String password) {
        return signedInPage(port, username, password);
    }

    /** As {@link #signedInPage(String, String)}, on the app node that listens on {@code nodePort}. */
    protected Page signedInPage(int nodePort, String username, String password) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        otherContexts.add(other);
        Page otherPage = other.newPage();
        otherPage.setDefaultTimeout(20_000);
        signIn(otherPage, "http://localhost:" + nodePort + "/", username, password);
        return otherPage;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login form and waits for the main layout. */
    protected void signIn(String username, String password) {
        signIn(page, url(""), username, password);
    }

    private static void signIn(Page target, String base, String username, String password) {
        target.navigate(base + "login");
        target.locator("input[name='username']").fill(username);
        target.locator("input[name='password']").fill(password);
        target.locator("input[name='password']").press("Enter");
        assertThat(target.locator("#signed-in-user")).hasText(username);
    }

    protected void screenshot(String name) {
        // Let dialogs finish their opening animation so the picture shows what the user sees.
        page.waitForFunction("() => !document.querySelector('[opening]')");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
