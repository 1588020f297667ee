package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import kr.innotrack.checkround.EntryCommands;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyCommands;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.checkround.RoundState;
import kr.innotrack.checkround.Signal;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public portal in a real browser: the planning admin publishes Samcheok's plan and a closed round's result on
 * 공개 관리; a citizen, signed out, opens /public, clicks to 삼척시, reads the result (counts by area, a laggard's
 * remedy), opens the task with its officer and phone; the same pages at phone width (390 px) without sideways
 * scrolling. Its own database: it closes a round.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:portalflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "innotrack.public.rate.reads-per-minute=300"})
class PublicPortalFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RoundCommands rounds;
    @Autowired
    EntryCommands entries;
    @Autowired
    RemedyCommands remedies;

    long planId;

    long taskId(String code) {
        return jdbc.queryForObject("select id from task where code = ? and plan_id = ?", Long.class, code, planId);
    }

    long entry(long round, long task) {
        return jdbc.queryForObject("select id from round_entry where round_id = ? and task_id = ?", Long.class, round, task);
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    void move(long round, RoundState target, CurrentUser admin) {
        tx.executeWithoutResult(s -> rounds.moveTo(round, target, version("check_round", round), true, admin));
    }

    /** A closed Q1 round: 가-1-1 rated 부진 with a remedy submitted and accepted, 나-1-3 정상. */
    long closedRound() {
        CurrentUser admin = Accounts.user(jdbc, "samcheok.admin");
        CurrentUser gijo = Accounts.user(jdbc, "samcheok.gijo");
        CurrentUser minwon = Accounts.user(jdbc, "samcheok.minwon");
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        long a = taskId("가-1-1");
        long b = taskId("나-1-3");
        long round = tx.execute(s -> rounds.create(planId, new RoundCommands.Setup(2021, 1, false, "2021년 1분기 점검",
                LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 12), RoundScope.SELECTED, Set.of(a, b), null),
                admin).getId());
        move(round, RoundState.SUBMISSION, admin);
        for (long[] t : new long[][] {{a, 0}, {b, 1}}) {
            long e = entry(round, t[0]);
            tx.executeWithoutResult(s -> entries.save(round, e, new EntryCommands.Report(40, Signal.AMBER, "추진 중",
                    "없음", "계속 추진", version("round_entry", e)), true, t[1] == 0 ? gijo : minwon));
        }
        move(round, RoundState.REVIEW, admin);
        long ea = entry(round, a);
        long eb = entry(round, b);
        tx.executeWithoutResult(s -> entries.review(round, ea, new EntryCommands.Review(Rating.POOR, "보완 필요",
                version("round_entry", ea)), admin));
        tx.executeWithoutResult(s -> entries.review(round, eb, new EntryCommands.Review(Rating.NORMAL, "양호",
                version("round_entry", eb)), admin));
        move(round, RoundState.FEEDBACK, admin);
        long remedy = jdbc.queryForObject("select id from remedy where entry_id = ?", Long.class, ea);
        long milestone = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, a);
        tx.executeWithoutResult(s -> remedies.save(remedy, new RemedyCommands.Proposal("용역 계약이 늦어졌습니다.",
                "계약을 마치고 일정을 두 달 늦춥니다.", LocalDate.of(2021, 9, 30), List.of(new RemedyCommands.Revision(
                milestone, YearMonth.of(2021, 8), YearMonth.of(2021, 9))), version("remedy", remedy)), true, gijo));
        tx.executeWithoutResult(s -> remedies.decide(remedy, new RemedyCommands.Decision(true, "수용합니다",
                version("remedy", remedy)), admin));
        move(round, RoundState.CLOSED, admin);
        return round;
    }

    private boolean noSidewaysScroll() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    }

    @Test
    void thePlanningAdminPublishesAndACitizenReadsTheResultAndATaskOnAPhoneToo() {
        long round = closedRound();

        Browser.signIn(driver, port, "samcheok.admin");
        Browser.nav(driver, "공개 관리");
        waitFor(By.id("publication-plans"));
        Browser.screenshot(driver, "portal-01-publication");
        driver.findElement(By.cssSelector("#publication-plan-" + planId + " button[type=submit]")).click();
        waitFor(By.cssSelector("p.notice[role=status]"));
        driver.findElement(By.cssSelector("#publication-round-" + round + " button[type=submit]")).click();
        waitFor(By.cssSelector("p.notice[role=status]"));
        assertThat(driver.findElement(By.id("publication-round-" + round)).getText()).contains("공개 취소");

        // a citizen, signed out
        driver.manage().deleteAllCookies();
        driver.get(url("/public"));
        waitFor(By.id("public-organizations"));
        driver.findElement(By.linkText("강원도 삼척시")).click();
        waitFor(By.id("latest-result"));
        assertThat(driver.findElement(By.cssSelector("#latest-counts .total-red")).getText()).isEqualTo("1");
        Browser.screenshot(driver, "portal-02-organization");
        driver.findElement(By.partialLinkText("결과 자세히 보기")).click();
        waitFor(By.id("result-remedies"));
        assertThat(driver.findElement(By.id("result-tasks")).getText()).contains("가-1-1", "부진", "나-1-3");
        assertThat(driver.findElement(By.id("result-remedies")).getText())
                .contains("용역 계약이 늦어졌습니다.", "계약을 마치고 일정을 두 달 늦춥니다.", "2021-09-30", "수용")
                .doesNotContain("수용합니다", "보완 필요");
        Browser.screenshot(driver, "portal-03-result");
        String resultUrl = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("#result-remedies h3 a")).click();
        waitFor(By.id("task-people"));
        assertThat(driver.findElement(By.id("task-officer")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("task-phone")).getText()).matches("[0-9-]+");
        String taskUrl = driver.getCurrentUrl();

        resize(390, 844);
        driver.get(resultUrl);
        waitFor(By.id("result-remedies"));
        assertThat(noSidewaysScroll()).isTrue();
        Browser.screenshot(driver, "portal-04-result-phone");
        driver.get(taskUrl);
        waitFor(By.id("task-people"));
        assertThat(noSidewaysScroll()).isTrue();
        driver.get(url("/public/samcheok/plans/" + planId));
        waitFor(By.id("public-tree"));
        assertThat(noSidewaysScroll()).isTrue();
        Browser.screenshot(driver, "portal-05-plan-phone");
    }
}
