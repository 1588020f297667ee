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
 * The planning admin's pages: account management (create with a mistake, fix it, disable the account, which then
 * cannot sign in), the task's officer form, and a conflict when someone else saved first.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class AdminFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private void signIn(String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        // Signed in, or refused with a message: either way the next page has arrived.
        waiting().until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error"))));
    }

    private void signOut() {
        driver.findElement(By.cssSelector(".user form button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    @Test
    void adminCreatesFixesAndDisablesAnAccount() {
        signIn("samcheok.admin", "innotrack-demo");
        Browser.nav(driver, "계정 관리");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account-table")));
        assertThat(driver.findElements(By.cssSelector("#account-table tbody tr"))).hasSize(7);
        Browser.screenshot(driver, "flow3-01-accounts");

        driver.findElement(By.id("new-account")).click();
        driver.findElement(By.id("username")).sendKeys("samcheok.hwangyeong");
        driver.findElement(By.id("displayName")).sendKeys("환경과 담당자");
        new Select(driver.findElement(By.id("departmentId"))).selectByVisibleText("환경과");
        driver.findElement(By.id("password")).sendKeys("first-password-1");
        driver.findElement(By.id("passwordConfirm")).sendKeys("other-password-1");
        driver.findElement(By.cssSelector("#account-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("비밀번호가 서로 다릅니다.");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("samcheok.hwangyeong");
        Browser.screenshot(driver, "flow3-02-account-form-error");

        driver.findElement(By.id("password")).sendKeys("first-password-1");
        driver.findElement(By.id("passwordConfirm")).sendKeys("first-password-1");
        driver.findElement(By.cssSelector("#account-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "만들었습니다"));
        driver.findElement(By.linkText("samcheok.hwangyeong")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account-form")));
        driver.findElement(By.id("enabled1")).click();
        driver.findElement(By.cssSelector("#account-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "저장했습니다"));
        assertThat(driver.findElement(By.cssSelector("tr[data-username='samcheok.hwangyeong']")).getText()).contains("중지");

        signOut();
        signIn("samcheok.hwangyeong", "first-password-1");
        assertThat(driver.findElement(By.cssSelector(".notice.error")).getText()).contains("사용이 중지된 계정");
    }

    @Test
    void staleSaveShowsTheConflictAndCanBeReapplied() {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id where o.name = '삼척시'", Long.class);
        long taskId = jdbc.queryForObject("select id from task where code = '나-1-4'", Long.class);
        signIn("samcheok.admin", "innotrack-demo");
        driver.get("http://localhost:" + port + "/plans/" + planId + "/tasks/" + taskId);
        driver.findElement(By.id("edit-task")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("phone")));
        driver.findElement(By.id("phone")).clear();
        driver.findElement(By.id("phone")).sendKeys("033-570-3347");

        // meanwhile someone else saves the same task
        jdbc.update("update task set officer = '김민지 주무관', version = version + 1 where id = ?", taskId);

        driver.findElement(By.cssSelector("form.card button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
        String conflict = driver.findElement(By.id("conflict")).getText();
        assertThat(conflict).contains("다른 사용자가 먼저 저장했습니다").contains("김민지 주무관").contains("033-570-3347");
        assertThat(driver.findElement(By.id("phone")).getAttribute("value")).as("own input kept").isEqualTo("033-570-3347");
        Browser.screenshot(driver, "flow3-03-conflict");

        driver.findElement(By.id("officer")).clear();
        driver.findElement(By.id("officer")).sendKeys("김민지 주무관");
        driver.findElement(By.cssSelector("form.card button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(driver.findElement(By.id("task-facts")).getText()).contains("김민지 주무관").contains("033-570-3347");
        assertThat(driver.findElement(By.id("history")).getText()).contains("연락처: 033-570-3346 → 033-570-3347");
    }
}
