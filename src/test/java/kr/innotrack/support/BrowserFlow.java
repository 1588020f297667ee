package kr.innotrack.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser flow against the app on a random port: a headless Chromium per test (1280×1000), quit afterwards.
 * Subclasses add their own database ({@code @TestPropertySource}) and {@code @EnabledIf(Browser#available)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "innotrack.scheduling.enabled=false")
public abstract class BrowserFlow {

    protected WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start(1280, 1000);
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    protected WebElement waitFor(By by) {
        return Browser.waitFor(driver, by);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
