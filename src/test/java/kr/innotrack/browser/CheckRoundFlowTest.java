package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The quarterly check, end to end in a browser: the admin selects focus tasks and opens the Q2 round; 기획조정실
 * submits on time and 민원과 late, 총무과 never; the admin rates 가-1-1 부진; 기획조정실 answers with a cause
 * analysis, a remedy and a revised milestone; the admin accepts it and closes the round; the report shows it all.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:roundflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class CheckRoundFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void advance(String expectedState) {
        driver.findElement(By.id("advance")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("round-state")).isEqualTo(expectedState);
    }

    private Object js(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** The form's error summary has the focus and is in view, and says what to fix. */
    private void assertFocusedSummary(String form, String message) {
        WebElement summary = driver.findElement(By.cssSelector(form + " .error-summary"));
        assertThat(summary.getText()).contains(message);
        assertThat(js("return document.activeElement.classList.contains('error-summary')"
                + " && document.activeElement.closest('form') === document.querySelector('" + form + "')")).isEqualTo(true);
        assertThat(((Number) js("var r = document.activeElement.getBoundingClientRect();"
                + " return r.top >= -1 && r.top < window.innerHeight ? 1 : 0;")).intValue())
                .as("summary in view: %s", js("var r = document.activeElement.getBoundingClientRect();"
                        + " return r.top + ' ' + r.bottom + ' ' + window.innerHeight + ' ' + window.scrollY")).isEqualTo(1);
    }

    private void openEntry(String roundUrl, String code) {
        driver.get(roundUrl + "?mine=all");
        driver.findElement(By.cssSelector("#entry-" + code + " th a")).click();
        waitFor(By.id("computed"));
    }

    @Test
    void aQuarterlyCheckFromOpeningToReport() {
        clock.set(LocalDate.of(2021, 6, 25));
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);

        // The admin selects the focus tasks and opens the Q2 round on them.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get("http://localhost:" + port + "/plans/" + planId);
        Browser.nav(driver, "점검·환류");
        waitFor(By.id("rounds"));
        driver.findElement(By.linkText("중점과제 선정")).click();
        waitFor(By.id("focus-form"));
        for (String code : new String[] {"가-1-1", "나-1-3", "다-1-1"}) {
            driver.findElement(By.id("focus-" + code)).click();
        }
        driver.findElement(By.id("save-focus")).click();
        waitFor(By.id("rounds"));
        driver.findElement(By.linkText("2분기")).click();
        waitFor(By.id("round-form"));
        assertThat(driver.findElement(By.id("referenceDate")).getAttribute("value")).isEqualTo("2021-06-30");
        assertThat(driver.findElement(By.id("deadline")).getAttribute("value")).isEqualTo("2021-07-10");
        driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
        waitFor(By.id("round-state"));
        assertThat(text("round-state")).isEqualTo("준비");
        assertThat(driver.findElement(By.id("entries")).getText()).contains("가-1-1").contains("나-1-3").contains("다-1-1");
        String roundUrl = driver.getCurrentUrl().replaceAll("\\?.*$", "");
        // While 준비, the settings can still change: a deadline before the allowed range is refused beside the field.
        driver.findElement(By.linkText("점검 설정 변경")).click();
        waitFor(By.id("round-form"));
        Browser.setValue(driver, driver.findElement(By.id("deadline")), "2022-03-31");
        driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
        waitFor(By.cssSelector("#round-form .field-error"));
        // (Issue 13 worded this rule from the reference date on: a deadline before it is refused on its own.)
        assertThat(driver.findElement(By.id("round-form")).getText()).contains("제출 기한은 기준일부터 92일 안에서 정하세요.");
        Browser.setValue(driver, driver.findElement(By.id("deadline")), "2021-07-10");
        driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
        waitFor(By.id("round-state"));
        advance("제출");
        assertThat(text("days-left")).contains("15일 남음");
        Browser.screenshot(driver, "flow5-01-round-open");

        // 기획조정실 finds the notice and submits on time.
        Browser.signIn(driver, port, "samcheok.gijo");
        waitFor(By.cssSelector("#notice-badge b"));
        driver.findElement(By.id("notice-badge")).click();
        waitFor(By.id("notices"));
        assertThat(text("notices")).contains("점검 시작").contains("2021년 2분기 추진상황 점검");
        driver.findElement(By.cssSelector("#notices li.unread button")).click();
        waitFor(By.id("entries"));
        driver.findElement(By.cssSelector("#entry-가-1-1 th a")).click();
        waitFor(By.id("entry-form"));
        driver.findElement(By.id("submit-entry")).click();
        waitFor(By.cssSelector(".field-error"));
        assertThat(driver.findElement(By.id("entry-form")).getText()).contains("제출하려면 분기 추진실적을 적으세요.");
        driver.findElement(By.id("progress")).sendKeys("40");
        driver.findElement(By.cssSelector("input[name=selfStatus][value=AMBER]")).click();
        driver.findElement(By.id("achievements")).sendKeys("시민감사관 간담회 2회 개최");
        driver.findElement(By.id("problems")).sendKeys("코로나19로 교육 연기");
        driver.findElement(By.id("submit-entry")).click();
        waitFor(By.id("submitted-values"));
        assertThat(text("submission")).contains("제출").contains("40%").doesNotContain("기한 후");
        Browser.screenshot(driver, "flow5-02-entry-submitted");

        // 민원과 submits two days after the deadline.
        clock.set(LocalDate.of(2021, 7, 12));
        Browser.signIn(driver, port, "samcheok.minwon");
        openEntry(roundUrl, "나-1-3");
        driver.findElement(By.id("progress")).sendKeys("50");
        driver.findElement(By.cssSelector("input[name=selfStatus][value=GREEN]")).click();
        driver.findElement(By.id("achievements")).sendKeys("찾아가는 민원행복의 날 3회 운영");
        driver.findElement(By.id("submit-entry")).click();
        waitFor(By.id("submitted-values"));
        assertThat(text("submission")).contains("(기한 후)");

        // The admin sees who submitted, reviews, and rates 가-1-1 부진.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(roundUrl);
        waitFor(By.id("departments"));
        String departments = text("departments");
        assertThat(departments).contains("기획조정실").contains("제출 완료").contains("민원과").contains("제출(지연)")
                .contains("총무과").contains("기한 경과");
        assertThat(text("submitted-count")).isEqualTo("2 / 3");
        Browser.screenshot(driver, "flow5-03-round-progress");
        advance("검토");
        openEntry(roundUrl, "가-1-1");
        driver.findElement(By.cssSelector("input[name=rating][value=POOR]")).click();
        driver.findElement(By.id("save-review")).click();
        waitFor(By.cssSelector("#review-form .field-error"));
        // The refused save lands on its error summary (issue 13): at the top of the review form, focused, in view,
        // its link moving the focus to the comment field.
        assertFocusedSummary("#review-form", "미흡·부진 평가에는 의견을 적어야 합니다.");
        driver.findElement(By.cssSelector("#review-form .error-summary a")).click();
        assertThat(js("return document.activeElement.id")).isEqualTo("comment");
        driver.findElement(By.id("comment")).sendKeys("교육 일정 지연, 대책 필요");
        driver.findElement(By.id("save-review")).click();
        waitFor(By.id("remedy-link"));
        Browser.screenshot(driver, "flow5-04-rated-poor");
        driver.get(roundUrl);
        waitFor(By.id("advance"));
        advance("환류");

        // 기획조정실 finds the request among its to-dos and writes the cause analysis and the remedy,
        // moving the delayed milestone.
        Browser.signIn(driver, port, "samcheok.gijo");
        Browser.nav(driver, "내 부서 과제");
        waitFor(By.cssSelector("#my-rounds table"));
        assertThat(text("my-rounds")).contains("가-1-1").contains("작성 요청");
        driver.findElement(By.cssSelector("#my-rounds a[href*='/remedies/']")).click();
        waitFor(By.id("remedy-form"));
        driver.findElement(By.id("cause")).sendKeys("코로나19로 집합교육 연기");
        driver.findElement(By.id("measures")).sendKeys("비대면 교육으로 전환해 9월까지 실시");
        Browser.setValue(driver, driver.findElement(By.id("dueDate")), "2021-09-30");
        WebElement row = driver.findElements(By.cssSelector("#revisions tbody tr")).stream()
                .filter(r -> r.getText().contains("시민감사관 교육 추진")).findFirst().orElseThrow();
        Browser.setValue(driver, row.findElements(By.cssSelector("input[type=month]")).get(0), "2021-08");
        Browser.setValue(driver, row.findElements(By.cssSelector("input[type=month]")).get(1), "2021-09");
        driver.findElement(By.id("submit-remedy")).click();
        waitFor(By.id("remedy-values"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("제출").contains("2021-08 ~ 2021-09");

        // The admin accepts it: the milestone moves, the first plan stays visible; then closes the round.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(driver.getCurrentUrl());
        driver.get("http://localhost:" + port + "/remedies/" + jdbc.queryForObject("select max(id) from remedy", Long.class));
        waitFor(By.id("decision-form"));
        driver.findElement(By.id("accept-remedy")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("수용");
        openEntry(roundUrl, "가-1-1");
        assertThat(text("milestones")).contains("처음 계획 2021-06 ~ 2021-07").contains("조정 2021-08 ~ 2021-09");
        driver.get(roundUrl);
        waitFor(By.id("advance"));
        // Closing asks first (issue 13): what stays unfinished, an explicit tick, then the record.
        driver.findElement(By.id("advance")).click();
        waitFor(By.id("confirm-form"));
        assertThat(text("warnings")).contains("제출하지 않은 과제 1건");
        assertThat(text("consequences")).contains("기록으로 굳습니다");
        driver.findElement(By.id("confirm-button")).click();
        waitFor(By.cssSelector("#confirm-form .error-summary"));
        assertThat(text("confirm-form")).contains("진행하려면 확인란에 표시하세요.");
        driver.findElement(By.id("confirm-check")).click();
        driver.findElement(By.id("confirm-button")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("round-state")).isEqualTo("종료");
        assertThat(driver.findElements(By.id("advance"))).isEmpty();

        // The report shows all of it.
        driver.findElement(By.id("report-link")).click();
        waitFor(By.id("under-performing"));
        assertThat(text("total-now")).contains("3");
        String under = text("under-performing");
        assertThat(under).contains("가-1-1").contains("부진").contains("코로나19로 집합교육 연기")
                .contains("비대면 교육으로 전환해 9월까지 실시").contains("2021-09-30").contains("수용");
        String byDepartment = text("by-department");
        assertThat(byDepartment).contains("민원과").contains("총무과");
        WebElement chongmu = driver.findElements(By.cssSelector("#by-department tbody tr")).stream()
                .filter(r -> r.getText().startsWith("총무과")).findFirst().orElseThrow();
        assertThat(chongmu.findElement(By.cssSelector("td:last-child")).getText()).isEqualTo("1");
        Browser.screenshot(driver, "flow5-05-round-report");

        // The office takes the report away as Excel, 한글 and PDF (issue 17): each link gives its file, named for saving.
        String[][] formats = {{"report-xlsx", "PK", "spreadsheetml"}, {"download-hwpx", "PK", "hwp+zip"},
                {"report-pdf", "%PDF", "application/pdf"}};
        for (String[] format : formats) {
            Browser.Download file = Browser.download(driver, driver.findElement(By.id(format[0])));
            assertThat(file.status()).as(format[0]).isEqualTo(200);
            assertThat(file.contentType()).as(format[0]).contains(format[2]);
            assertThat(file.disposition()).as(format[0]).startsWith("attachment").contains("filename*=UTF-8''");
            assertThat(new String(file.body(), 0, format[1].length(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as(format[0]).isEqualTo(format[1]);
        }
    }

    @Test
    void thresholdsOfTheComputedStatusAreEditedWithClearMessages() {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get("http://localhost:" + port + "/plans/" + planId + "/rounds");
        driver.findElement(By.linkText("계산 상태 판정 기준")).click();
        waitFor(By.id("rules-form"));
        WebElement red = driver.findElement(By.id("milestoneRed"));
        red.clear();
        red.sendKeys("90");
        driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
        waitFor(By.cssSelector(".field-error"));
        assertThat(driver.findElement(By.id("rules-form")).getText()).contains("주의 기준은 정상 기준보다 클 수 없습니다.");
        red = driver.findElement(By.id("milestoneRed"));
        red.clear();
        red.sendKeys("40");
        driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(driver.findElement(By.id("milestoneRed")).getAttribute("value")).isEqualTo("40");

        // A viewer sees the rules but cannot change them.
        Browser.signIn(driver, port, "samcheok.viewer");
        driver.get("http://localhost:" + port + "/plans/" + planId + "/signal-rules");
        waitFor(By.id("rules-form"));
        assertThat(driver.findElement(By.id("milestoneRed")).isEnabled()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#rules-form button[type=submit]"))).isEmpty();

        // The rules in words are a page of the app, with the plan's thresholds; no developer path anywhere.
        assertThat(driver.getPageSource()).doesNotContain("docs/");
        driver.findElement(By.id("help-link")).click();
        waitFor(By.id("help-thresholds"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("점검·판정 규칙");
        assertThat(driver.findElement(By.id("help-thresholds")).getText()).contains("추진일정 완료율 80% 이상 40% 이상 40% 미만");
        Browser.screenshot(driver, "flow5-06-check-rules-help");

        // A page the viewer may not see at all says so (not "you may read but not change").
        driver.get("http://localhost:" + port + "/admin/accounts");
        waitFor(By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("이 화면을 볼 권한이 없습니다");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("볼 수 있지만");
    }

    /**
     * Issue 13 in a browser: the round form follows the chosen period (reference date, deadline, title) and refuses a
     * reference date outside it with an error summary that takes the focus; a round in 준비 is deleted only after its
     * confirmation page.
     */
    @Test
    void theRoundFormFollowsThePeriodAndDeletingAsksFirst() {
        clock.set(LocalDate.of(2021, 11, 20));
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get("http://localhost:" + port + "/plans/" + planId + "/rounds");
        waitFor(By.id("rounds"));
        driver.findElement(By.linkText("1분기")).click();
        waitFor(By.id("round-form"));
        assertThat(driver.findElement(By.id("referenceDate")).getAttribute("value")).isEqualTo("2021-03-31");
        assertThat(driver.findElement(By.id("fill-dates")).isDisplayed()).as("JavaScript does the filling").isFalse();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("period"))).selectByValue("Q4");
        assertThat(driver.findElement(By.id("referenceDate")).getAttribute("value")).isEqualTo("2021-12-31");
        assertThat(driver.findElement(By.id("deadline")).getAttribute("value")).isEqualTo("2022-01-10");
        assertThat(driver.findElement(By.id("title")).getAttribute("placeholder")).isEqualTo("2021년 4분기 추진상황 점검");
        assertThat(text("period-status")).contains("4분기 점검: 기준일 2021-12-31");
        Browser.screenshot(driver, "flow13-01-round-form-period");

        // A reference date outside the period is refused; the summary takes the focus and links to the field.
        Browser.setValue(driver, driver.findElement(By.id("referenceDate")), "2021-03-31");
        Browser.setValue(driver, driver.findElement(By.id("deadline")), "2021-03-20");
        driver.findElement(By.cssSelector("input[name=scope][value=ALL]")).click();
        driver.findElement(By.cssSelector("#round-form button[type=submit]:not(#fill-dates)")).click();
        waitFor(By.cssSelector("#round-form .error-summary"));
        assertFocusedSummary("#round-form", "기준일이 고른 점검 구분(4분기: 2021-10-01 ~ 2021-12-31) 밖에 있습니다.");
        assertThat(text("round-form")).contains("고칠 곳 2건").contains("제출 기한은 기준일(2021-03-31) 이후여야 합니다.");
        Browser.screenshot(driver, "flow13-02-error-summary");
        driver.findElements(By.cssSelector("#round-form .error-summary a")).get(0).click();
        assertThat(js("return document.activeElement.id")).isEqualTo("referenceDate");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("period"))).selectByValue("Q3");
        driver.findElement(By.cssSelector("input[name=scope][value=ALL]")).click();
        driver.findElement(By.cssSelector("#round-form button[type=submit]:not(#fill-dates)")).click();
        waitFor(By.id("round-state"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("2021년 3분기 추진상황 점검");

        // Deleting asks first and says what goes.
        driver.findElement(By.id("delete-round")).click();
        waitFor(By.id("confirm-form"));
        assertThat(text("consequences")).contains("점검 항목이 삭제됩니다");
        Browser.screenshot(driver, "flow13-03-confirm-delete");
        driver.findElement(By.id("confirm-button")).click();
        waitFor(By.id("rounds"));
        assertThat(driver.findElement(By.cssSelector(".notice[role=status]")).getText()).contains("점검을 삭제했습니다.");
        assertThat(text("rounds")).doesNotContain("2021년 3분기 추진상황 점검");
    }
}
