package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Incheon's officer opens the audit register, filters to their division, opens a finding and adds a progress
 * entry; then records an executed amount for a quarter and sees the execution rate change.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class IncheonFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void auditRegisterProgressAndBudgetExecution() {
        Browser.signIn(driver, port, "incheon.simin");

        Browser.nav(driver, "감사 지적사항");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("finding-summary")));
        assertThat(driver.findElement(By.id("finding-summary")).getText()).contains("처리요구 8").contains("건의 5");
        new Select(driver.findElement(By.id("dept"))).selectByVisibleText("시민정책담당관실");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#finding-table tbody tr")).size() == 4);
        Browser.screenshot(driver, "flow4-01-audit-register-filtered");

        driver.findElement(By.linkText("시민의 눈높이에 맞게 공론화위원회 시스템 보완")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("progress-form")));
        driver.findElement(By.id("content")).sendKeys("공론화위원회 심의대상 및 운영 개선 의견수렴 실시");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('entryDate').value = '2020-04-20';");
        driver.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "기록했습니다"));
        assertThat(driver.findElement(By.id("progress")).getText())
                .contains("2020-04-20").contains("공론화위원회 심의대상 및 운영 개선 의견수렴 실시");
        Browser.screenshot(driver, "flow4-02-finding-progress");

        Browser.nav(driver, "계획 목록");
        driver.findElement(By.cssSelector(".plan-link")).click();
        Browser.nav(driver, "예산 집행");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("budget-items")));
        new Select(driver.findElement(By.id("quarter"))).selectByValue("1");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("budget-summary")));
        String before = driver.findElement(By.cssSelector("#budget-summary tr[data-division='시민정책담당관실']")).getText();
        assertThat(before).contains("0.0%");
        Browser.screenshot(driver, "flow4-03-budget-before");

        long line = jdbc.queryForObject("select id from budget_line where name = '시민정책자문단 운영'", Long.class);
        driver.findElement(By.cssSelector("tr[data-line='" + line + "'] a.exec-edit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("execution-form")));
        driver.findElement(By.id("executed")).sendKeys("8");
        driver.findElement(By.id("note")).sendKeys("1분기 정기회의 수당");
        driver.findElement(By.cssSelector("#execution-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "저장했습니다"));
        String after = driver.findElement(By.cssSelector("#budget-summary tr[data-division='시민정책담당관실']")).getText();
        assertThat(after).as("1/4 planned for the division: 8 + 247 + 2.25 + 3 + 1.6 = 261.85; executed 8")
                .contains("3.1%");
        Browser.screenshot(driver, "flow4-04-budget-after");
    }
}
