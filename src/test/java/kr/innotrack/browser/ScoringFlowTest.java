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
 * The year-end evaluation in a browser, by the contest's rules (issue 13): the admin shortlists four tasks (본선
 * 과제), their departments write their results summaries, the admin opens the vote after its confirmation page; an
 * officer reads the summaries and votes, never for their own department's task; the admin enters an external panel
 * member's scores and closes the vote (after confirming), reads the ranking and one department's breakdown, publishes
 * the ranking with an objection window, and once it has closed confirms the awards on their confirmation page.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:scoringflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class ScoringFlowTest extends BrowserFlow {

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

    private void vote(String code) {
        driver.findElement(By.cssSelector("#contest-" + code + " button.vote")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(driver.findElement(By.id("contest-" + code)).getText()).contains("투표함");
    }

    private void writeSummary(String base, String user, String code, String summary) {
        Browser.signIn(driver, port, user);
        driver.get(base + "/contest");
        waitFor(By.id("contest-tasks"));
        driver.findElement(By.cssSelector("#contest-" + code + " a[href*='/summary']")).click();
        waitFor(By.id("summary-form"));
        driver.findElement(By.id("summary")).sendKeys(summary);
        driver.findElement(By.id("save-summary")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("contest-" + code)).contains(summary);
    }

    @Test
    void staffVoteAdminScoresClosesRanksPublishesAndConfirms() {
        clock.set(LocalDate.of(2021, 11, 20));
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        String base = "http://localhost:" + port + "/plans/" + planId;

        // The office shortlists three tasks; opening waits for their summaries.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(base);
        Browser.nav(driver, "부서 평가");
        waitFor(By.id("ranking"));
        driver.findElement(By.linkText("성과 경연·투표")).click();
        waitFor(By.id("contest-state"));
        assertThat(text("contest-state")).contains("준비 중");
        driver.findElement(By.id("shortlist-link")).click();
        waitFor(By.id("shortlist-form"));
        for (String code : new String[] {"가-1-1", "나-1-3", "나-1-4", "다-1-1"}) {
            driver.findElement(By.id("shortlist-" + code)).click();
        }
        driver.findElement(By.id("save-shortlist")).click();
        waitFor(By.id("contest-tasks"));
        assertThat(text("contest-tasks")).contains("본선 과제 4건").contains("아직 성과 요약이 없습니다");
        assertThat(text("opening-blockers")).contains("성과 요약이 없는 본선 과제 4건");
        driver.findElement(By.id("open-vote")).click();
        waitFor(By.id("blocked"));
        assertThat(driver.findElements(By.id("confirm-form"))).isEmpty();

        // Each lead department writes its summary; a blank one is refused with its error summary.
        Browser.signIn(driver, port, "samcheok.gijo");
        driver.get(base + "/contest");
        waitFor(By.id("contest-tasks"));
        assertThat(driver.findElements(By.cssSelector("#contest-나-1-3 a[href*='/summary']"))).as("another department's").isEmpty();
        driver.findElement(By.cssSelector("#contest-가-1-1 a[href*='/summary']")).click();
        waitFor(By.id("summary-form"));
        driver.findElement(By.id("save-summary")).click();
        waitFor(By.cssSelector("#summary-form .error-summary"));
        assertThat(text("summary-form")).contains("성과 요약을 적으세요.");
        driver.findElement(By.id("summary")).sendKeys("시민감사관 12명 위촉, 간담회 4회, 제안 31건 중 18건 반영");
        driver.findElement(By.id("save-summary")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        writeSummary(base, "samcheok.minwon", "나-1-3", "찾아가는 민원행복의 날 8회, 상담 214건");
        writeSummary(base, "samcheok.chongmu", "다-1-1", "공공데이터 2종 추가 개방(누적 88개)");
        writeSummary(base, "samcheok.bokji", "나-1-4", "중·장년층 식사 지원 1,240식");

        // The office opens the vote on its confirmation page.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(base + "/contest");
        waitFor(By.id("open-vote"));
        driver.findElement(By.id("open-vote")).click();
        waitFor(By.id("confirm-form"));
        assertThat(text("consequences")).contains("본선 과제 4건이 투표 대상이 됩니다");
        driver.findElement(By.id("confirm-button")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("contest-state")).contains("진행 중").contains("자기 부서가 주관하거나 협업하는 과제에는 투표할 수 없습니다");

        // 총무과 reads the summaries and votes, but neither for 다-1-1 (it leads it) nor for 나-1-3 (it collaborates).
        Browser.signIn(driver, port, "samcheok.chongmu");
        driver.get(base + "/contest");
        waitFor(By.id("contest-tasks"));
        assertThat(text("contest-가-1-1")).contains("시민감사관 12명 위촉").contains("추진일정: 오늘까지 예정");
        for (String own : new String[] {"다-1-1", "나-1-3"}) {
            assertThat(text("contest-" + own)).contains("우리 부서 과제라 투표할 수 없습니다");
            assertThat(driver.findElements(By.cssSelector("#contest-" + own + " button.vote"))).isEmpty();
        }
        vote("가-1-1");
        vote("나-1-4");
        assertThat(text("my-votes")).isEqualTo("내 투표: 2 / 3");
        assertThat(text("contest-tasks")).doesNotContain("득표");
        Browser.screenshot(driver, "flow6-01-vote");

        Browser.signIn(driver, port, "samcheok.minwon");
        driver.get(base + "/contest");
        waitFor(By.id("contest-tasks"));
        vote("다-1-1");

        // The admin enters one external panel member's scores and closes the vote after its confirmation page.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(base + "/contest");
        driver.findElement(By.id("panel-entry")).click();
        waitFor(By.id("panel-form"));
        driver.findElement(By.id("save-panel")).click();
        waitFor(By.cssSelector(".field-error"));
        assertThat(text("panel-form")).contains("평가위원 이름(또는 기호)을 입력하세요.");
        driver.findElement(By.id("member")).sendKeys("평가위원 A");
        java.util.List<WebElement> scores = driver.findElements(By.cssSelector("#panel-form input.score"));
        scores.get(0).sendKeys("88");
        scores.get(1).sendKeys("72.5");
        scores.get(2).sendKeys("95");
        driver.findElement(By.id("save-panel")).click();
        waitFor(By.id("close-vote"));
        driver.findElement(By.id("close-vote")).click();
        waitFor(By.id("confirm-form"));
        assertThat(text("consequences")).contains("2명이 3표를 던졌습니다");
        driver.findElement(By.id("confirm-button")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("contest-state")).contains("직원투표 마감");
        assertThat(text("contest-다-1-1")).contains("득표 1");
        Browser.screenshot(driver, "flow6-02-contest-closed");

        // The ranking, and why 총무과 got its score.
        driver.findElement(By.linkText("부서 순위")).click();
        waitFor(By.id("ranking"));
        assertThat(text("ranking")).contains("성과 경연 (20%)").contains("자료 반영률");
        Browser.screenshot(driver, "flow6-03-ranking");
        driver.findElement(By.linkText("총무과")).click();
        waitFor(By.id("tasks"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("총무과: 왜 이 점수인가?");
        String breakdown = text("tasks");
        assertThat(breakdown).contains("다-1-1").contains("직원투표 1표").contains("추진일정 적기 완료");
        Browser.screenshot(driver, "flow6-04-breakdown");

        // Awards wait for the published ranking's objection window; then they are confirmed on a confirmation page.
        driver.get(base + "/awards");
        waitFor(By.id("award-blockers"));
        assertThat(driver.findElements(By.id("confirm-awards"))).isEmpty();
        driver.get(base + "/ranking");
        waitFor(By.id("publish-form"));
        Browser.setValue(driver, driver.findElement(By.id("objectionUntil")), "2021-11-27");
        driver.findElement(By.id("publish")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("publication-state")).contains("이의 신청 기한 2021-11-27");
        clock.set(LocalDate.of(2021, 11, 28));
        driver.get(base + "/awards");
        waitFor(By.id("proposal"));
        String first = driver.findElement(By.cssSelector("#proposal tbody tr:first-child th")).getText();
        assertThat(driver.findElement(By.cssSelector("#proposal tbody tr:first-child")).getText()).contains("최우수").contains("1,000");
        // Few departments have enough real data to be ranked this early: one award this time.
        for (String count : new String[] {"grades1.count", "grades2.count"}) {
            driver.findElement(By.id(count)).clear();
            driver.findElement(By.id(count)).sendKeys("0");
        }
        // The three departments at the top tie (20 points each) for the one award: the admin orders them, with a reason.
        assertThat(text("ties")).contains("포상을 가르는 동점").contains("1번 동점");
        java.util.List<WebElement> orders = driver.findElements(By.cssSelector("#ties input.tie-order"));
        java.util.List<String> tied = driver.findElements(By.cssSelector("#ties tbody th")).stream().map(WebElement::getText).toList();
        for (int i = 0; i < orders.size(); i++) {
            orders.get(i).sendKeys(String.valueOf(orders.size() - i));
        }
        driver.findElement(By.id("tieReason")).sendKeys("정책회의에서 성과 경연 득표를 우선하기로 함");
        driver.findElement(By.id("propose")).click();
        waitFor(By.id("proposal"));
        first = driver.findElement(By.cssSelector("#proposal tbody tr:first-child th")).getText();
        assertThat(first).isEqualTo(tied.get(tied.size() - 1));
        Browser.screenshot(driver, "flow6-05-tie");
        driver.findElement(By.id("confirm-awards")).click();
        waitFor(By.id("confirm-form"));
        assertThat(text("warnings")).contains("관리자가 정한 순서로 포상합니다");
        assertThat(text("consequences")).contains("최우수: " + first).contains("포상금 합계");
        Browser.screenshot(driver, "flow6-06-confirm-awards");
        driver.findElement(By.id("confirm-button")).click();
        waitFor(By.id("award-result"));
        assertThat(text("award-result")).contains("평가 모델 1판").contains("바뀌지 않습니다");
        assertThat(driver.findElement(By.cssSelector("#award-lines tbody tr:first-child")).getText())
                .contains(first).contains("최우수");
        assertThat(driver.findElements(By.id("confirm-awards"))).isEmpty();
        Browser.screenshot(driver, "flow6-07-awards");
    }
}
