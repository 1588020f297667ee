package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first main flow, in a real browser: open the plan, filter the task list by a department, open a task and
 * check its milestones. Screenshots of each step land in target/screenshots/. Runs first of the flows that share the
 * browser context: it reads the seed as seeded, and {@link OfficerUpdatesTaskFlowTest} later completes a milestone it
 * reads as planned.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@Order(1)
class BrowsePlanFlowTest extends BrowserFlow {

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void jungguViewerBrowsesTheOpenJunggu30Plan() {
        driver.get("http://localhost:" + port + "/");
        signIn("junggu.viewer");
        assertThat(driver.findElements(By.cssSelector(".plan-link"))).as("only its own organization's plan").hasSize(1);
        driver.findElement(By.cssSelector(".plan-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-history")));
        assertThat(driver.findElement(By.id("plan-history")).getText())
                .contains("2014년도").contains("21개").contains("2016년도").contains("28개").contains("17개 부서");
        assertThat(driver.findElements(By.cssSelector("#strategy-tree tbody tr"))).hasSize(14);
        Browser.screenshot(driver, "flow1-06-junggu-overview");

        Browser.nav(driver, "과제 목록");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        new Select(driver.findElement(By.id("continuing"))).selectByVisibleText("신규");
        waiting().until(d -> taskCodes().size() == 10);
        assertThat(taskCodes()).containsExactly("⑧", "⑨", "⑩", "⑫", "⑰", "⑱", "⑲", "㉖", "㉗", "㉘");

        driver.findElement(By.linkText("정부3.0 행복 출산 원스톱서비스")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-facts")));
        assertThat(driver.findElement(By.id("lead-department")).getText()).isEqualTo("여성가족과");
        assertThat(driver.findElement(By.id("task-facts")).getText()).contains("건강관리과");
        Browser.screenshot(driver, "flow1-07-junggu-collaboration-task");
    }

    private void signIn(String username) {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("innotrack-demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        // a viewer lands on the current plan's overview (NavigationFlowTest); these flows start from the plan list
        Browser.nav(driver, "계획 목록");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-link")));
    }

    /** Read in one script call: htmx may swap the table between two element look-ups. */
    @SuppressWarnings("unchecked")
    private List<String> taskCodes() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#task-table tbody tr')).map(r => r.dataset.code);");
    }

    @Test
    void openPlanFilterByDepartmentOpenTaskAndReadItsMilestones() {
        driver.get("http://localhost:" + port + "/");
        signIn("samcheok.viewer");
        driver.findElement(By.cssSelector(".plan-link")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("strategy-tree")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("삼척시 혁신 실행계획");
        assertThat(driver.findElements(By.cssSelector("#strategy-tree tbody tr"))).hasSize(12);
        assertThat(driver.findElement(By.id("headline")).getText()).contains("37").contains("190");
        Browser.screenshot(driver, "flow1-01-plan-overview");

        Browser.nav(driver, "과제 목록");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-table")));
        assertThat(taskCodes()).hasSize(37);
        Browser.screenshot(driver, "flow1-02-task-list");

        new Select(driver.findElement(By.id("dept"))).selectByVisibleText("총무과");
        waiting().until(d -> taskCodes().size() == 6
                && d.findElement(By.cssSelector(".result-count")).getText().equals("과제 6개"));
        assertThat(taskCodes()).containsExactly("다-1-1", "다-1-2", "다-2-3", "다-3-1", "다-3-2", "다-3-4");
        assertThat(driver.getCurrentUrl()).as("the filter is in the address, so it can be shared").contains("dept=");
        assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).isEqualTo("과제 6개");
        Browser.screenshot(driver, "flow1-03-filtered-by-department");

        driver.findElement(By.linkText("공공데이터 개방·활용 확대")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("다-1-1").contains("공공데이터 개방·활용 확대");
        assertThat(driver.findElement(By.id("lead-department")).getText()).isEqualTo("총무과");
        assertThat(driver.findElement(By.id("officer")).getText()).isEqualTo("박상훈 주무관");

        List<WebElement> milestones = driver.findElements(By.cssSelector("#milestone-table tr.milestone"));
        assertThat(milestones).hasSize(2);
        assertThat(milestones.get(0).findElement(By.cssSelector(".ms-desc")).getText())
                .isEqualTo("신규 공공데이터 추가 개방 확대");
        assertThat(milestones.get(0).findElement(By.cssSelector(".ms-schedule")).getText()).isEqualTo("2021.1월~12월");
        assertThat(milestones.get(0).findElements(By.cssSelector("td.m span.PLANNED"))).as("Jan–Dec planned").hasSize(12);
        assertThat(milestones.get(1).findElement(By.cssSelector(".ms-schedule")).getText())
                .isEqualTo("상·하반기(2회, 100명)");
        assertThat(milestones.get(1).findElements(By.cssSelector("td.m span.RECURRING"))).hasSize(12);
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("개방 데이터 수(누적)").contains("86개").contains("88개");
        Browser.screenshot(driver, "flow1-04-task-milestones");

        resize(390, 844);
        driver.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("no sideways scrolling of the whole page on a phone").isEqualTo(false);
        Browser.screenshot(driver, "flow1-05-task-on-phone");
    }
}
