package kr.innotrack.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A browser flow against the app on a random port, in one headless Chromium per test class: started before the first
 * test, quit after the last. Before every test the browser is signed out (cookies cleared) and back at 1280×1000.
 * <p>
 * The flows share one application context and one in-memory database ({@link #SHARED_DATABASE}), so their data must
 * not disturb each other's assertions: a flow that reads the seed as seeded where another flow writes runs first
 * ({@code @Order}, see junit-platform.properties). A flow whose data would disturb another's (a check round, a
 * contest, a seeded round) names its own database with {@code @TestPropertySource} and so gets its own context.
 * Subclasses add {@code @EnabledIf(Browser#available)}.
 * <p>
 * Every HTML page a test reaches is checked with axe-core against WCAG 2.0/2.1 A and AA; the test fails at its end
 * listing each violation (rule, help, target, URL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "innotrack.scheduling.enabled=false")
@TestPropertySource(properties = BrowserFlow.SHARED_DATABASE)
public abstract class BrowserFlow {

    public static final String SHARED_DATABASE = "spring.datasource.url=jdbc:h2:mem:browserflow;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 1000;

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start(WIDTH, HEIGHT);
    }

    @BeforeEach
    void signedOutAtDesktopSize() {
        AxeWatch.of(driver).reset();
        driver.manage().deleteAllCookies();
        resize(WIDTH, HEIGHT);
    }

    /** Fails the test if axe found a WCAG 2.1 A/AA violation on any page it reached (see {@link AxeWatch}). */
    @AfterEach
    void accessibleOnEveryPage(TestInfo test) {
        AxeWatch.of(driver).assertNoViolations(test.getTestClass().map(Class::getSimpleName).orElse("")
                + "." + test.getDisplayName());
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            AxeWatch.forget(driver);
            driver.quit();
            driver = null;
        }
    }

    /** Sets the browser window's size (a phone, a projector); the next test starts at 1280×1000 again. */
    protected void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    protected WebElement waitFor(By by) {
        return Browser.waitFor(driver, by);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
