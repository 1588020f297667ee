package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Samcheok rolls its 2021 plan into 2022 in the browser: the planning admin reviews last year's tasks (continued by
 * default) and creates the 2022 draft, adds an area to the strategy tree, writes a new task with a schedule line typed
 * as people write it (previewed as months) and a KPI, confirms the plan, and opens the first check round on it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:planyearflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class PlanYearFlowTest extends BrowserFlow {

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void submit(String formId) {
        driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void samcheokRollsItsPlanInto2022AndOpensTheFirstRound() {
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.partialLinkText("삼척시 혁신 실행계획")).click();
        driver.findElement(By.id("rollover-plan")).click();
        Browser.waitFor(driver, By.id("rollover-form"));
        assertThat(driver.findElement(By.id("year")).getAttribute("value")).isEqualTo("2022");
        assertThat(driver.findElements(By.cssSelector("tr.rollover-task"))).hasSize(37);
        Browser.screenshot(driver, "rollover-review");
        driver.findElement(By.id("rollover-confirm")).click();
        assertThat(Browser.waitFor(driver, By.id("plan-state-banner")).getText()).contains("작성 중");
        assertThat(driver.findElement(By.id("predecessor-plan")).getText()).contains("2021");
        String planUrl = driver.getCurrentUrl().replaceAll("[?#].*$", "");

        Browser.nav(driver, "추진체계 편집");
        driver.findElement(By.id("add-root-node")).click();
        Browser.waitFor(driver, By.id("node-form"));
        type("code", "라");
        type("name", "데이터 기반 행정 혁신");
        type("levelName", "영역");
        submit("node-form");
        Browser.waitFor(driver, By.cssSelector("#structure-tree tr[data-node='라']"));

        driver.get(planUrl + "/tasks");
        driver.findElement(By.id("add-task")).click();
        Browser.waitFor(driver, By.id("task-definition-form"));
        Select node = new Select(driver.findElement(By.id("nodeId")));
        node.getOptions().stream().filter(o -> o.getText().startsWith("라 ")).findFirst().orElseThrow().click();
        type("code", "라-1");
        type("title", "민원 빅데이터 분석 시범 사업");
        new Select(driver.findElement(By.id("leadDepartmentId"))).selectByVisibleText("민원과");
        submit("task-definition-form");
        Browser.waitFor(driver, By.id("add-schedule-line")).click();

        Browser.waitFor(driver, By.id("schedule-line-form"));
        type("description", "분석 모델 시범 운영");
        type("scheduleText", "2022. 6~7월");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("schedule-preview")).getText().contains("6월"));
        Browser.screenshot(driver, "schedule-line-preview");
        submit("schedule-line-form");
        Browser.waitFor(driver, By.id("add-kpi-definition")).click();
        Browser.waitFor(driver, By.id("kpi-definition-form"));
        type("name", "민원 처리 기간");
        type("unit", "일");
        type("baseline", "7");
        type("target", "5");
        new Select(driver.findElement(By.id("direction"))).selectByValue("DECREASE");
        submit("kpi-definition-form");
        Browser.waitFor(driver, By.id("kpi-definition-table"));
        assertThat(main()).contains("분석 모델 시범 운영", "민원 처리 기간");

        driver.get(planUrl + "/lifecycle");
        assertThat(Browser.waitFor(driver, By.id("readiness")).getText()).contains("38");
        submit("confirm-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("p.notice")).getText()).contains("계획을 확정했습니다");

        driver.get(planUrl + "/rounds");
        driver.findElement(By.id("new-round")).click();
        Browser.waitFor(driver, By.id("round-form"));
        submit("round-form");
        Browser.waitFor(driver, By.id("round-state"));
        assertThat(driver.findElement(By.id("entries")).getText()).contains("라-1");
        Browser.screenshot(driver, "first-round-2022");
    }
}
