package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The header (issue 16): menu groups in one row at 1440 and 1280 px, a collapsed menu behind 「메뉴」 at 390 px,
 * groups opened and closed by keyboard, and where officers and admins land after signing in. Reads only.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class NavigationFlowTest extends BrowserFlow {

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private List<Number> topLevelOffsets() {
        return (List<Number>) js("return Array.from(document.querySelectorAll('#topbar .nav-bar > li'))"
                + ".map(li => Math.round(li.getBoundingClientRect().top));");
    }

    private void assertOneRow(String screenshot) {
        List<Number> tops = topLevelOffsets();
        assertThat(tops).as("the admin's menu: 계획, 점검·평가, 관리").hasSizeGreaterThanOrEqualTo(3);
        assertThat(tops.stream().distinct().count()).as("every top-level item in one row: " + tops).isEqualTo(1);
        Number header = (Number) js("return document.getElementById('topbar').getBoundingClientRect().height;");
        assertThat(header.doubleValue()).as("brand, menu, search and account share one row").isLessThan(80);
        assertThat(driver.findElement(By.id("global-search-q")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("menu-toggle")).isDisplayed()).as("no 메뉴 button on a desktop").isFalse();
        assertThat(js("return document.documentElement.scrollWidth > window.innerWidth + 1;")).isEqualTo(false);
        Browser.screenshot(driver, screenshot);
    }

    @Test
    void anAdminLandsOnThePlanOverviewAndTheMenuHoldsOneRowOnDesktops() {
        resize(1440, 900);
        Browser.signIn(driver, port, "incheon.admin");
        waitFor(By.id("strategy-tree"));
        assertThat(driver.getCurrentUrl()).as("the current plan's overview").matches(".*/plans/\\d+$");
        assertThat(driver.findElement(By.id("nav-group-plan")).getAttribute("aria-current")).isEqualTo("true");
        // Incheon uses both optional menus, so this is the widest menu there is
        assertThat(driver.findElements(By.id("nav-group-money"))).hasSize(1);
        assertOneRow("nav-01-admin-1440");

        resize(1280, 900);
        driver.navigate().refresh();
        waitFor(By.id("strategy-tree"));
        assertOneRow("nav-02-admin-1280");

        WebElement budget = driver.findElement(By.id("nav-budget"));
        assertThat(budget.isDisplayed()).as("groups are closed until opened").isFalse();
        driver.findElement(By.id("nav-group-money")).click();
        assertThat(budget.isDisplayed()).isTrue();
        Browser.screenshot(driver, "nav-03-group-open-1280");
        budget.click();
        waitFor(By.id("budget-summary"));
        assertThat(driver.findElement(By.id("nav-group-money")).getAttribute("aria-current")).isEqualTo("true");
        assertThat(driver.findElement(By.id("breadcrumbs")).getText()).contains("예산 집행");
    }

    @Test
    void groupsOpenWithEnterAndCloseWithEscape() {
        Browser.signIn(driver, port, "samcheok.admin");
        waitFor(By.id("strategy-tree"));
        WebElement group = driver.findElement(By.id("nav-group-plan"));
        WebElement list = driver.findElement(By.id("nav-list-plan"));
        assertThat(group.getAttribute("aria-expanded")).isEqualTo("false");

        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        Actions keys = new Actions(driver);
        for (int i = 0; i < 8 && !"nav-group-plan".equals(js("return document.activeElement.id;")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(js("return document.activeElement.id;")).as("Tab reaches the first menu group").isEqualTo("nav-group-plan");

        keys.sendKeys(Keys.ENTER).perform();
        assertThat(group.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(list.isDisplayed()).isTrue();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(js("return document.activeElement.closest('#nav-list-plan') !== null;"))
                .as("the next Tab goes into the open list").isEqualTo(true);

        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(group.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(list.isDisplayed()).isFalse();
        assertThat(js("return document.activeElement.id;")).as("Esc returns the focus to the group button")
                .isEqualTo("nav-group-plan");
    }

    @Test
    void anOfficerLandsOnTheirTasksAndOnAPhoneTheMenuIsCollapsed() {
        resize(390, 844);
        Browser.signIn(driver, port, "samcheok.chongmu");
        waitFor(By.id("signed-in-as"));
        assertThat(driver.getCurrentUrl()).as("내 부서 과제").endsWith("/my/tasks");

        WebElement toggle = driver.findElement(By.id("menu-toggle"));
        WebElement menu = driver.findElement(By.id("site-menu"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).as("collapsed on a phone").isFalse();
        Number header = (Number) js("return document.getElementById('topbar').getBoundingClientRect().height;");
        assertThat(header.doubleValue()).as("the collapsed header is one short row").isLessThan(90);
        assertThat(js("return document.documentElement.scrollWidth > window.innerWidth + 1;")).isEqualTo(false);
        Browser.screenshot(driver, "nav-04-officer-phone-collapsed");

        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("nav-my")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.id("global-search-q")).isDisplayed()).isTrue();
        driver.findElement(By.id("nav-group-plan")).click();
        assertThat(driver.findElement(By.id("nav-list-plan")).isDisplayed()).isTrue();
        assertThat(js("return document.documentElement.scrollWidth > window.innerWidth + 1;")).isEqualTo(false);
        Browser.screenshot(driver, "nav-05-officer-phone-open");

        Browser.nav(driver, "계획 목록");
        waitFor(By.cssSelector(".plan-link"));
        driver.findElement(By.cssSelector(".plan-link")).click();
        waitFor(By.id("strategy-tree"));
        assertThat(driver.findElement(By.id("site-menu")).isDisplayed()).as("collapsed again on the next page").isFalse();
        Browser.nav(driver, "과제 목록");
        waitFor(By.id("task-table"));
        driver.findElement(By.cssSelector("#task-table tbody tr a")).click();
        WebElement trail = waitFor(By.id("breadcrumbs"));
        assertThat(trail.findElement(By.cssSelector("[aria-current=page]")).getText())
                .isEqualTo(driver.findElement(By.cssSelector("h1")).getText().replaceAll("\\s+(대표과제|계속|중단).*$", ""));
        Browser.screenshot(driver, "nav-06-task-breadcrumbs-phone");
    }

    @Test
    void samcheokShowsNoBudgetOrAuditMenu() {
        Browser.signIn(driver, port, "samcheok.viewer");
        waitFor(By.id("strategy-tree"));
        assertThat(driver.findElements(By.id("nav-group-money"))).isEmpty();
        assertThat(driver.findElements(By.id("nav-group-admin"))).as("viewers manage nothing").isEmpty();
        // a direct visit to the empty budget page still answers and says what to do
        driver.get(driver.getCurrentUrl() + "/budget");
        assertThat(waitFor(By.id("budget-empty")).getText()).contains("분기별 예산 계획");
        driver.findElement(By.id("budget-empty-tasks")).click();
        waitFor(By.id("task-table"));
    }
}
