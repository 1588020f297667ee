package kr.innotrack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no browser download: the paths are given, so
 * Selenium Manager never runs). Browser tests run when both binaries exist; with CI=true they always run.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(env("INNOTRACK_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("INNOTRACK_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static boolean available() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
    }

    /**
     * A browser at the given window size. Every HTML document it reaches is checked with axe-core (WCAG 2.1 A/AA,
     * see {@link AxeWatch}); a flow calls {@code AxeWatch.of(driver).assertNoViolations(..)} at a test's end
     * ({@link BrowserFlow} does).
     */
    public static WebDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=ko-KR", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return AxeWatch.watch(driver);
    }

    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    /** Signs in through the login form as a demo account (password innotrack-demo), from a clean session. */
    public static void signIn(WebDriver driver, int port, String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("innotrack-demo");
        driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        waitFor(driver, org.openqa.selenium.By.id("signed-in-as"));
    }

    /**
     * Follows a link of the header menu by its text, as a person would: opens the 「메뉴」 button on a phone and the
     * link's menu group first when the link is not visible (the groups are closed until opened).
     */
    public static void nav(WebDriver driver, String linkText) {
        // by its text content: a link inside a closed group has no visible text, so By.linkText would not find it
        org.openqa.selenium.WebElement link = driver.findElement(org.openqa.selenium.By.id("topbar"))
                .findElement(org.openqa.selenium.By.xpath(".//a[normalize-space(.) = '" + linkText + "']"));
        if (!link.isDisplayed()) {
            org.openqa.selenium.WebElement toggle = driver.findElement(org.openqa.selenium.By.id("menu-toggle"));
            if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            }
            for (org.openqa.selenium.WebElement group : link.findElements(
                    org.openqa.selenium.By.xpath("ancestor::li[contains(@class, 'nav-group')]"))) {
                if (!link.isDisplayed()) {
                    group.findElement(org.openqa.selenium.By.cssSelector("button.nav-top")).click();
                }
            }
        }
        link.click();
    }

    /** Waits (up to ten seconds) until the element is on the page, and returns it. */
    public static org.openqa.selenium.WebElement waitFor(WebDriver driver, org.openqa.selenium.By locator) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Sets an input's value directly (date and month inputs take keyboard input differently per locale). */
    public static void setValue(WebDriver driver, org.openqa.selenium.WebElement input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    /** What a link gave when followed with the browser's session: status, content type and the file's bytes. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    /**
     * Follows a download link with the browser's own session cookie (headless Chromium saves downloads out of sight),
     * as the person's click would: same URL, same session.
     */
    public static Download download(WebDriver driver, org.openqa.selenium.WebElement link) {
        String href = link.getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try {
            java.net.http.HttpResponse<byte[]> response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(href)).header("Cookie", cookies).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("could not download " + href, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted downloading " + href, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
