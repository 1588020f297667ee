package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 내 계정 and 보안 기록 in a browser: an officer opens their account from the header, is refused a wrong current
 * password beside the field, makes an API token (shown once), revokes it and ends their other sessions; the planning
 * admin reads the organization's security log.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class AccountSecurityFlowTest extends BrowserFlow {

    private void waitForText(By locator, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    @Test
    void anOfficerManagesTheirAccountAndTheAdminReadsTheSecurityLog() {
        Browser.signIn(driver, port, "samcheok.pyeonggyo");
        driver.findElement(By.id("signed-in-as")).click();
        Browser.waitFor(driver, By.id("own-password-form"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("내 계정");

        driver.findElement(By.id("currentPassword")).sendKeys("not-my-password-1");
        driver.findElement(By.id("password")).sendKeys("Quiet-Meadow-57");
        driver.findElement(By.id("passwordConfirm")).sendKeys("Quiet-Meadow-57");
        driver.findElement(By.cssSelector("#own-password-form button[type=submit]")).click();
        assertThat(Browser.waitFor(driver, By.cssSelector("#own-password-form .field-error")).getText())
                .contains("지금 비밀번호가 맞지 않습니다");

        driver.findElement(By.id("name")).sendKeys("성과 대시보드 연동");
        new Select(driver.findElement(By.id("days"))).selectByValue("30");
        driver.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        waitForText(By.cssSelector("body"), "한 번만 보입니다");
        String token = Browser.waitFor(driver, By.id("new-token-value")).getText();
        assertThat(token).startsWith("itk_");
        Browser.screenshot(driver, "my-account-token");
        assertThat(driver.findElement(By.id("token-table")).getText()).contains("성과 대시보드 연동").contains("사용 가능");
        driver.get("http://localhost:" + port + "/account");
        assertThat(driver.getPageSource()).as("shown once").doesNotContain(token);
        driver.findElement(By.cssSelector("#token-table button[type=submit]")).click();
        waitForText(By.id("token-table"), "폐기됨");

        driver.findElement(By.cssSelector("#end-sessions-form button[type=submit]")).click();
        waitForText(By.cssSelector("p.notice"), "다른 모든 세션을 끝냈습니다");
        assertThat(driver.findElement(By.id("my-events")).getText()).contains("다른 세션 모두 종료").contains("API 토큰 폐기");

        Browser.signIn(driver, port, "samcheok.admin");
        driver.get("http://localhost:" + port + "/admin/accounts");
        driver.findElement(By.id("security-events")).click();
        Browser.waitFor(driver, By.id("event-table"));
        new Select(driver.findElement(By.id("type"))).selectByValue("TOKEN_CREATED");
        driver.findElement(By.cssSelector("#event-filter button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("type=TOKEN_CREATED"));
        assertThat(Browser.waitFor(driver, By.id("event-table")).getText()).contains("API 토큰 발급")
                .contains("samcheok.pyeonggyo").doesNotContain("로그인 실패");
        Browser.screenshot(driver, "security-events");
    }
}
