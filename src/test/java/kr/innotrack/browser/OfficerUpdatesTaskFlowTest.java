package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A department officer signs in, marks a milestone 완료 with its date, records a KPI value, and sees both on the
 * task page and in its history; an officer of another department cannot change the task.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class OfficerUpdatesTaskFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    kr.innotrack.shared.DataVersions versions;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private void signIn(String username) {
        Browser.signIn(driver, port, username);
    }

    private String taskUrl() {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id where o.name = '삼척시'", Long.class);
        long taskId = jdbc.queryForObject("select id from task where code = '다-1-1'", Long.class);
        return "http://localhost:" + port + "/plans/" + planId + "/tasks/" + taskId;
    }

    @Test
    void officerMarksAMilestoneDoneAndRecordsAKpiValue() {
        signIn("samcheok.chongmu");
        Browser.nav(driver, "내 부서 과제");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("my-led")));
        assertThat(driver.findElement(By.id("my-led")).getText()).contains("공공데이터 개방·활용 확대");
        Browser.screenshot(driver, "flow2-01-my-tasks");

        driver.findElement(By.cssSelector("#my-led a[href*='/tasks/']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));
        driver.findElements(By.cssSelector("#milestone-table a.ms-edit")).get(0).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-form")));
        new Select(driver.findElement(By.id("status"))).selectByVisibleText("완료");
        driver.findElement(By.cssSelector("#milestone-form button[type=submit]")).click();
        // 완료 without a date is refused beside the field, with the choice kept
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("완료로 바꾸려면 실제 완료일을 입력하세요.");
        assertThat(new Select(driver.findElement(By.id("status"))).getFirstSelectedOption().getText()).isEqualTo("완료");
        Browser.screenshot(driver, "flow2-02-milestone-needs-date");

        WebElement date = driver.findElement(By.id("actualCompletion"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2021-12-20';", date);
        driver.findElement(By.id("note")).sendKeys("약국·숙박업소 현황 2건 개방");
        driver.findElement(By.cssSelector("#milestone-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));
        WebElement first = driver.findElements(By.cssSelector("#milestone-table tr.milestone")).get(0);
        assertThat(first.getText()).contains("완료").contains("완료일 2021-12-20");

        driver.findElement(By.cssSelector("#kpis a.kpi-edit[href*='quarter=2']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-form")));
        driver.findElement(By.id("value")).sendKeys("87");
        driver.findElement(By.id("note")).sendKeys("공공데이터포털 등록 현황(6월 말)");
        driver.findElement(By.cssSelector("#kpi-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("2분기: 87개").contains("50.0%");
        String history = driver.findElement(By.id("history")).getText();
        assertThat(history).contains("상태: 예정 → 완료").contains("실제 완료일: (없음) → 2021-12-20")
                .contains("실적: (없음) → 87개").contains("총무과 담당자");
        Browser.screenshot(driver, "flow2-03-task-after-update");
    }

    /**
     * The key pages may be kept by the browser for their 304s: Back must still show what changed meanwhile (the page
     * reloads itself, js/fresh.js), never the page as it was before a save.
     */
    @Test
    void backShowsWhatChangedMeanwhile() {
        signIn("samcheok.chongmu");
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id where o.name = '삼척시'", Long.class);
        long taskId = jdbc.queryForObject("select id from task where code = '나-1-5' and plan_id = ?", Long.class, planId);
        long milestoneId = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, taskId);
        String note = jdbc.queryForObject("select note from milestone where id = ?", String.class, milestoneId);
        try {
            driver.get("http://localhost:" + port + "/plans/" + planId + "/tasks/" + taskId);
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));
            assertThat(driver.findElement(By.id("milestone-table")).getText()).doesNotContain("뒤로 가기 확인용 메모");
            Browser.nav(driver, "내 부서 과제");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("my-led")));

            // a colleague's save meanwhile (the plan's data version raised, as every save does)
            jdbc.update("update milestone set note = ? where id = ?", "뒤로 가기 확인용 메모", milestoneId);
            versions.touchPlan(planId);

            driver.navigate().back();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("milestone-table"), "뒤로 가기 확인용 메모"));
        } finally {
            jdbc.update("update milestone set note = ? where id = ?", note, milestoneId);
            versions.touchPlan(planId);
        }
    }

    @Test
    void officerOfAnotherDepartmentCannotChangeTheTask() {
        signIn("samcheok.minwon");
        driver.get(taskUrl());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));
        assertThat(driver.findElements(By.id("add-milestone"))).as("no edit controls").isEmpty();
        assertThat(driver.findElements(By.cssSelector("a.ms-edit"))).isEmpty();

        driver.get(taskUrl() + "/milestones/new");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("바꿀 권한이 없습니다");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("다른 부서 소관이라 수정할 수 없습니다");
        Browser.screenshot(driver, "flow2-04-other-department-refused");
    }
}
