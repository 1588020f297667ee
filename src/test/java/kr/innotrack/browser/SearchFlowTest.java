package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

/**
 * Global search and the task list's status column in a real browser, reading the seed only: type a Korean word in
 * the search page's own form, see the matches marked and grouped, open a task from the results; sort the task list
 * by computed status (부진 first) without a reload.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class SearchFlowTest extends BrowserFlow {

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private void signIn(String username) {
        driver.get(url("/"));
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("innotrack-demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("signed-in-as"));
    }

    @Test
    void aViewerSearchesForAKoreanWordAndOpensATaskFromTheResults() {
        signIn("samcheok.viewer");
        driver.get(url("/search"));
        waitFor(By.id("search-empty-query"));
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("민원");
        driver.findElement(By.id("search-submit")).click();
        waitFor(By.id("group-task"));
        List<WebElement> marks = driver.findElements(By.cssSelector("#group-task mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(m -> assertThat(m.getText()).isEqualTo("민원"));
        assertThat(driver.findElements(By.cssSelector("#group-task .search-hit"))).hasSizeLessThanOrEqualTo(5);
        Browser.screenshot(driver, "search-01-results");

        WebElement first = driver.findElement(By.cssSelector("#group-task .hit-title"));
        String title = first.getText();
        first.click();
        waitFor(By.id("task-facts"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(title.substring(title.indexOf(' ') + 1));

        driver.get(url("/search?q=" + "가".repeat(101)));
        waitFor(By.id("q-error"));
        assertThat(driver.findElement(By.id("q-error")).getText()).contains("100자");
    }

    @Test
    void theTaskListSortsByComputedStatusWorstFirst() {
        signIn("samcheok.viewer");
        driver.get(url("/"));
        driver.findElement(By.cssSelector(".plan-link")).click();
        waitFor(By.id("strategy-tree"));
        Browser.nav(driver, "과제 목록");
        waitFor(By.id("task-table"));
        assertThat(driver.findElement(By.id("col-status")).getText()).isEqualTo("계산 상태");
        assertThat(driver.findElement(By.id("col-progress")).getText()).isEqualTo("진척률");
        new Select(driver.findElement(By.id("sort"))).selectByValue("status");
        waiting().until(ExpectedConditions.urlContains("sort=status"));
        waiting().until(d -> !statuses().isEmpty() && driver.findElement(By.id("col-status")).getAttribute("aria-sort") != null);
        List<Long> ranks = statuses();
        for (int i = 1; i < ranks.size(); i++) {
            assertThat(ranks.get(i - 1)).isGreaterThanOrEqualTo(ranks.get(i));
        }
        Browser.screenshot(driver, "search-02-tasks-by-status");
    }

    /** Each row's status rank (부진 2, 주의 1, 정상 0, none −1), read in one script call (htmx may swap the table). */
    @SuppressWarnings("unchecked")
    private List<Long> statuses() {
        return (List<Long>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#task-table tbody tr')).map(r => {"
                        + " const s = r.querySelector('.status-cell .sig');"
                        + " return s ? ['GREEN','AMBER','RED'].indexOf(s.classList[1]) : -1; });");
    }
}
