package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * An officer's whole quarterly submission with the keyboard only (KWCAG 2.2 「키보드 사용 보장」, WCAG 2.1.1 / 2.4.7):
 * signing in by typing and Enter, Tab and Shift+Tab to reach links and fields, Enter and Space to follow and to
 * choose; no element is clicked and no value is set by script. Every control that takes the focus on the way must
 * show it (an outline or a box shadow). The admin opens the round beforehand with the mouse (set-up, not the flow).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:keyboardflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class KeyboardSubmissionFlowTest extends BrowserFlow {

    private static final int MAX_TABS = 120;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private final List<String> invisibleFocus = new ArrayList<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** The focused element, described for messages; notes it when its focus is not visible. */
    private String checkFocus() {
        @SuppressWarnings("unchecked")
        List<Object> f = (List<Object>) js("var e = document.activeElement; if (!e || e === document.body) return null;"
                + " var s = getComputedStyle(e);"
                + " var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                + " var shadow = s.boxShadow && s.boxShadow !== 'none';"
                + " return [e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')"
                + "   + ' ' + (e.textContent || '').trim().slice(0, 20), outline || shadow];");
        if (f == null) {
            return "body";
        }
        if (!Boolean.TRUE.equals(f.get(1))) {
            invisibleFocus.add(driver.getCurrentUrl() + " " + f.get(0));
        }
        return String.valueOf(f.get(0));
    }

    /**
     * Presses Tab (or Shift+Tab) until the focused element matches the selector (none if it has the focus already, as
     * the login form's autofocused username), checking each focus on the way.
     */
    private void tabTo(String css, boolean backwards) {
        List<String> path = new ArrayList<>();
        if (Boolean.TRUE.equals(js("return document.activeElement.matches(arguments[0])", css))) {
            checkFocus();
            return;
        }
        for (int i = 0; i < MAX_TABS; i++) {
            if (backwards) {
                shiftTab();
            } else {
                press(Keys.TAB);
            }
            path.add(checkFocus());
            if (Boolean.TRUE.equals(js("return document.activeElement.matches(arguments[0])", css))) {
                return;
            }
        }
        fail("%s not reached with %s: %s", css, backwards ? "Shift+Tab" : "Tab", path);
    }

    private void tabTo(String css) {
        tabTo(css, false);
    }

    private String value(String id) {
        return String.valueOf(js("return document.getElementById(arguments[0]).value", id));
    }

    private void openTheSecondQuarterRound() {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(url("/plans/" + planId + "/focus-tasks"));
        waitFor(By.id("focus-form"));
        driver.findElement(By.id("focus-가-1-1")).click();
        driver.findElement(By.id("save-focus")).click();
        waitFor(By.id("rounds"));
        driver.findElement(By.linkText("2분기")).click();
        waitFor(By.id("round-form"));
        driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
        waitFor(By.id("round-state"));
        driver.findElement(By.id("advance")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(driver.findElement(By.id("round-state")).getText()).isEqualTo("제출");
        driver.manage().deleteAllCookies();
    }

    @Test
    void anOfficerSubmitsTheQuarterlyReportWithTheKeyboardOnly() {
        clock.set(LocalDate.of(2021, 6, 25));
        openTheSecondQuarterRound();

        // Sign in: Tab to the fields, type, Enter submits.
        driver.get(url("/login"));
        waitFor(By.id("username"));
        tabTo("#username");
        press("samcheok.gijo");
        tabTo("#password");
        press("innotrack-demo", Keys.ENTER);
        waitFor(By.id("signed-in-as"));

        // 내 부서 과제 → the open round's entry for 가-1-1.
        tabTo("a[href$='/my/tasks']");
        press(Keys.ENTER);
        waitFor(By.id("my-rounds"));
        assertThat(driver.findElement(By.id("my-rounds")).getText()).contains("가-1-1");
        tabTo("#my-rounds a[href*='/entries/']");
        press(Keys.ENTER);
        waitFor(By.id("entry-form"));

        // The report: progress, own status (Space, then an arrow key), achievements; Shift+Tab back to correct.
        tabTo("#progress");
        press("4");
        tabTo("input[name=selfStatus]");
        press(Keys.SPACE);
        assertThat(js("return document.querySelector('input[name=selfStatus]:checked').value")).isEqualTo("GREEN");
        press(Keys.ARROW_RIGHT);
        checkFocus();
        assertThat(js("return document.querySelector('input[name=selfStatus]:checked').value")).isEqualTo("AMBER");
        tabTo("#achievements");
        press("시민감사관 간담회 2회 개최");
        tabTo("#progress", true);
        press(Keys.END, "0");
        assertThat(value("progress")).isEqualTo("40");
        tabTo("#problems");
        press("코로나19로 교육 연기");
        tabTo("#submit-entry");
        press(Keys.ENTER);

        // The confirmation: the submitted values, and the entry is 제출.
        waitFor(By.id("submitted-values"));
        assertThat(driver.findElement(By.id("submission")).getText()).contains("제출").contains("40%");
        assertThat(driver.findElement(By.id("submitted-values")).getText()).contains("시민감사관 간담회 2회 개최")
                .contains("코로나19로 교육 연기");
        assertThat(jdbc.queryForObject("select count(*) from round_entry where submission_state = 'SUBMITTED'",
                Integer.class)).isEqualTo(1);
        assertThat(invisibleFocus).as("controls whose focus is not visible").isEmpty();
    }
}
