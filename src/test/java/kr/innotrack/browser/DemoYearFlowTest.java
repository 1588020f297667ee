package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded default's demo year in a real browser, on its own database with the demo date and the sample data on
 * (as a newcomer's first start): the 「예시 자료」 banner on the sign-in page and on every page after it, at 1280 px and
 * on a phone, the corner tag on the projector slides, and the live mid-year state (the rounds). Screenshots in
 * target/screenshots/demo-*.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:demoyearflow;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "innotrack.demo.today=2021-08-20", "innotrack.demo.sample-data=true"})
class DemoYearFlowTest extends BrowserFlow {

    private static final String BANNER = "예시 자료 — 기준일 2021. 8. 20.로 고정된 시연 환경입니다. 진척 자료는 실제 실적이 아닙니다.";

    @Test
    void everyPageSaysTheDateIsFixedAndTheProgressIsSampleData() {
        driver.get(url("/login"));
        assertThat(waitFor(By.id("demo-banner")).getText()).isEqualTo(BANNER);
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(url("/"));
        waitFor(By.cssSelector(".plan-link")).click();
        assertThat(waitFor(By.id("demo-banner")).isDisplayed()).isTrue();
        String overview = driver.getCurrentUrl();
        Browser.screenshot(driver, "demo-01-overview-1280");

        driver.get(overview + "/rounds");
        String rounds = waitFor(By.id("main")).getText();
        assertThat(rounds).contains("2021년 1분기 추진상황 점검").contains("2021년 3분기 추진상황 점검");
        assertThat(driver.findElement(By.id("demo-banner")).getText()).isEqualTo(BANNER);
        Browser.screenshot(driver, "demo-02-rounds-1280");

        resize(390, 844);
        driver.get(overview);
        assertThat(waitFor(By.id("demo-banner")).isDisplayed()).isTrue();
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "const b = document.getElementById('demo-banner'); return b.scrollWidth > b.clientWidth;");
        assertThat(overflow).as("the banner wraps on a phone").isEqualTo(false);
        Browser.screenshot(driver, "demo-03-overview-390");

        resize(1280, 720);
        driver.get(overview.replace("/plans/", "/present/plans/"));
        assertThat(waitFor(By.id("demo-tag")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("demo-tag")).getText()).contains("예시 자료").contains("2021. 8. 20.");
        Browser.screenshot(driver, "demo-04-deck-1280x720");
    }
}
