package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, bulk entry: an officer saves three milestones of a task in one grid; Incheon's planning admin saves a
 * quarter of budget execution in one form (with a thousands separator) and stays on that quarter. Its own database:
 * the writes would disturb the other flows' seeded figures.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bulkentryflow;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class BulkEntryFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void anOfficerSavesThreeMilestonesInTheGrid() {
        Map<String, Object> task = jdbc.queryForMap("select t.id, t.plan_id from task t"
                + " join department d on d.id = t.lead_department_id join plan p on p.id = t.plan_id"
                + " join organization o on o.id = p.organization_id where o.name = '삼척시' and p.plan_year = 2021"
                + " and d.name = '기획조정실' and t.retired_on is null"
                + " and (select count(*) from milestone m where m.task_id = t.id) >= 3 order by t.sort_order"
                + " fetch first 1 rows only");
        Browser.signIn(driver, port, "samcheok.gijo");
        driver.get(url("/plans/" + task.get("plan_id") + "/tasks/" + task.get("id")));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("grid-milestones"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-grid")));

        new Select(driver.findElement(By.id("rows0.status"))).selectByValue("DONE");
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('rows0.actualCompletion').value = '2021-03-31';");
        type("rows0.note", "설명회 마침");
        new Select(driver.findElement(By.id("rows1.status"))).selectByValue("IN_PROGRESS");
        type("rows1.note", "자료 수집 중");
        new Select(driver.findElement(By.id("rows2.status"))).selectByValue("DELAYED");
        type("rows2.note", "예산 확보 지연");
        Browser.screenshot(driver, "bulk-01-milestone-grid");
        driver.findElement(By.id("save-grid")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "추진일정 3건을 저장했습니다"));
        assertThat(driver.getCurrentUrl()).contains("/tasks/" + task.get("id"));
        List<String> saved = jdbc.queryForList("select status || ':' || coalesce(note, '') from milestone"
                + " where task_id = ? order by sort_order", String.class, task.get("id"));
        assertThat(saved.subList(0, 3)).containsExactly("DONE:설명회 마침", "IN_PROGRESS:자료 수집 중",
                "DELAYED:예산 확보 지연");
        assertThat(driver.findElement(By.id("milestones")).getText()).contains("설명회 마침", "예산 확보 지연");
        Browser.screenshot(driver, "bulk-02-task-after-grid");
    }

    @Test
    void incheonsAdminSavesAQuarterOfBudgetExecutionAndStaysOnThatQuarter() {
        Browser.signIn(driver, port, "incheon.admin");
        long plan = jdbc.queryForObject("select distinct t.plan_id from budget_line b join task t on t.id = b.task_id"
                + " fetch first 1 rows only", Long.class);
        driver.get(url("/plans/" + plan + "/budget?quarter=3"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#quarter-entry a"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("quarter-form")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("3/4분기");
        type("lines0.executed", "1,200");
        type("lines1.executed", "30.5");
        type("lines1.note", "3분기 집행");
        Browser.screenshot(driver, "bulk-03-budget-quarter-form");
        driver.findElement(By.id("save-quarter")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "3/4분기 집행액 2건을 저장했습니다"));
        assertThat(driver.getCurrentUrl()).contains("quarter=3");
        assertThat(new Select(driver.findElement(By.id("quarter"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("3");
        assertThat(jdbc.queryForObject("select count(*) from budget_execution where quarter = 3"
                + " and executed_million in (1200, 30.5)", Long.class)).isEqualTo(2);
        Browser.screenshot(driver, "bulk-04-budget-after-quarter");
    }
}
