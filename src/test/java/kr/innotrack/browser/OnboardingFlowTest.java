package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A new local government starts in the browser: the operator registers it with its first planning admin; the admin
 * signs in, builds the department tree with 정원/현원 and gives an officer an account in a new department.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class OnboardingFlowTest extends BrowserFlow {

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void submit(String formId) {
        driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    private void signInWith(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        Browser.waitFor(driver, By.id("signed-in-as"));
    }

    @Test
    void theOperatorOnboardsAnOrganizationWhoseAdminBuildsItsDepartments() {
        Browser.signIn(driver, port, "operator");
        assertThat(driver.getCurrentUrl()).endsWith("/operator/organizations");
        assertThat(driver.findElement(By.id("organization-table")).getText()).contains("삼척시", "인천광역시");
        assertThat(driver.findElement(By.tagName("nav")).getText()).doesNotContain("계획 목록");

        driver.findElement(By.id("new-organization")).click();
        Browser.waitFor(driver, By.id("organization-form"));
        type("name", "보성군");
        type("fullName", "전라남도 보성군");
        type("region", "전라남도");
        type("adminUsername", "boseong.admin");
        type("adminDisplayName", "기획예산실 혁신담당");
        type("password", "Green-Tea-Field-88");
        type("passwordConfirm", "Green-Tea-Field-89");
        submit("organization-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("#organization-form .field-error")).getText())
                .contains("비밀번호가 서로 다릅니다");
        type("password", "Green-Tea-Field-88");
        type("passwordConfirm", "Green-Tea-Field-88");
        submit("organization-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("p.notice")).getText()).contains("보성군", "boseong.admin");
        assertThat(driver.findElement(By.cssSelector("tr[data-organization='보성군']")).getText()).contains("기초", "전라남도");
        Browser.screenshot(driver, "operator-organizations");

        signInWith("boseong.admin", "Green-Tea-Field-88");
        driver.findElement(By.linkText("부서 관리")).click();
        Browser.waitFor(driver, By.id("new-department"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("아직 부서가 없습니다");

        driver.findElement(By.id("new-department")).click();
        type("name", "기획예산실");
        type("authorized", "24");
        type("current", "22");
        submit("department-form");
        Browser.waitFor(driver, By.cssSelector("tr[data-department='기획예산실']"));
        driver.findElement(By.cssSelector("tr[data-department='기획예산실'] a[href*='parentId']")).click();
        type("name", "혁신담당");
        type("sortOrder", "x");
        submit("department-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("#department-form .field-error")).getText())
                .contains("숫자로 입력하세요");
        type("sortOrder", "1");
        submit("department-form");
        WebElement unit = Browser.waitFor(driver, By.cssSelector("tr[data-department='혁신담당']"));
        assertThat(unit.getText()).contains("운영");
        Browser.screenshot(driver, "admin-departments");

        driver.findElement(By.linkText("계정 관리")).click();
        driver.findElement(By.id("new-account")).click();
        type("username", "boseong.hyeoksin");
        type("displayName", "혁신담당 주무관");
        new Select(driver.findElement(By.id("role"))).selectByVisibleText("부서 담당자");
        new Select(driver.findElement(By.id("departmentId"))).selectByVisibleText("혁신담당");
        type("password", "Morning-Mist-2040");
        type("passwordConfirm", "Morning-Mist-2040");
        submit("account-form");
        Browser.waitFor(driver, By.cssSelector("tr[data-username='boseong.hyeoksin']"));

        signInWith("boseong.hyeoksin", "Morning-Mist-2040");
        driver.findElement(By.linkText("내 부서 과제")).click();
        assertThat(Browser.waitFor(driver, By.tagName("h1")).getText()).isEqualTo("내 부서 과제");
    }
}
