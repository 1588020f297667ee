package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The year-end evaluation in a browser: two officers vote in the contest, the admin enters an external panel
 * member's scores, closes the vote, reads the ranking and one department's breakdown, and confirms the awards.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:scoringflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class ScoringFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    private void vote(String code) {
        driver.findElement(By.cssSelector("#contest-" + code + " button.vote")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(driver.findElement(By.id("contest-" + code)).getText()).contains("투표함");
    }

    @Test
    void staffVoteAdminScoresClosesRanksAndConfirms() {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        String base = "http://localhost:" + port + "/plans/" + planId;

        Browser.signIn(driver, port, "samcheok.chongmu");
        driver.get(base);
        driver.findElement(By.linkText("부서 평가")).click();
        waitFor(By.id("ranking"));
        driver.findElement(By.linkText("성과 경연·투표")).click();
        waitFor(By.id("contest-tasks"));
        assertThat(driver.findElement(By.id("contest-state")).getText()).contains("3개 과제까지");
        vote("다-1-1");
        vote("가-1-1");
        assertThat(driver.findElement(By.id("my-votes")).getText()).isEqualTo("내 투표: 2 / 3");
        assertThat(driver.findElement(By.id("contest-tasks")).getText()).doesNotContain("득표");
        Browser.screenshot(driver, "flow6-01-vote");

        Browser.signIn(driver, port, "samcheok.minwon");
        driver.get(base + "/contest");
        waitFor(By.id("contest-tasks"));
        vote("다-1-1");

        // The admin enters one external panel member's scores and closes the vote.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(base + "/contest");
        driver.findElement(By.id("panel-entry")).click();
        waitFor(By.id("panel-form"));
        driver.findElement(By.id("save-panel")).click();
        waitFor(By.cssSelector(".field-error"));
        assertThat(driver.findElement(By.id("panel-form")).getText()).contains("평가위원 이름(또는 기호)을 입력하세요.");
        driver.findElement(By.id("member")).sendKeys("평가위원 A");
        java.util.List<WebElement> scores = driver.findElements(By.cssSelector("#panel-form input.score"));
        scores.get(0).sendKeys("88");
        scores.get(1).sendKeys("72.5");
        scores.get(2).sendKeys("95");
        driver.findElement(By.id("save-panel")).click();
        waitFor(By.id("close-vote"));
        driver.findElement(By.id("close-vote")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(driver.findElement(By.id("contest-state")).getText()).contains("직원투표 마감");
        assertThat(driver.findElement(By.id("contest-다-1-1")).getText()).contains("2");
        Browser.screenshot(driver, "flow6-02-contest-closed");

        // The ranking, and why 총무과 got its score.
        driver.findElement(By.linkText("부서 순위")).click();
        waitFor(By.id("ranking"));
        assertThat(driver.findElement(By.id("ranking")).getText()).contains("성과 경연 (20%)").contains("총무과");
        Browser.screenshot(driver, "flow6-03-ranking");
        driver.findElement(By.linkText("총무과")).click();
        waitFor(By.id("tasks"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("총무과: 왜 이 점수인가?");
        String breakdown = driver.findElement(By.id("tasks")).getText();
        assertThat(breakdown).contains("다-1-1").contains("직원투표 2표").contains("추진일정 적기 완료");
        Browser.screenshot(driver, "flow6-04-breakdown");

        // Awards: the proposal follows the ranking; confirming freezes it.
        driver.get(base + "/awards");
        waitFor(By.id("proposal"));
        String first = driver.findElement(By.cssSelector("#proposal tbody tr:first-child th")).getText();
        assertThat(driver.findElement(By.cssSelector("#proposal tbody tr:first-child")).getText()).contains("최우수").contains("1,000");
        driver.findElement(By.id("confirm-awards")).click();
        waitFor(By.id("award-result"));
        assertThat(driver.findElement(By.id("award-result")).getText()).contains("평가 모델 1판")
                .contains("바뀌지 않습니다");
        assertThat(driver.findElement(By.cssSelector("#award-lines tbody tr:first-child")).getText())
                .contains(first).contains("최우수");
        assertThat(driver.findElements(By.id("confirm-awards"))).isEmpty();
        Browser.screenshot(driver, "flow6-05-awards");
    }
}
