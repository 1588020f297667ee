package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 질의·답변 end to end in a browser, on a Q2 round opened for three Samcheok tasks (set up through the services, as
 * {@link CheckRoundFlowTest} opens one through the pages): the admin asks on 가-1-1 (a blank message refused beside the
 * field first), 기획조정실 finds the notice and answers, the admin sees the answer and 답변 대기 drops to 0.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:questionflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({TestClock.Config.class, kr.innotrack.checkround.QuestionFlowFixture.class})
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class EntryQuestionsFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    kr.innotrack.checkround.QuestionFlowFixture fixture;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void theOfficeAsksTheDepartmentAnswersAndNothingWaits() {
        clock.set(LocalDate.of(2021, 7, 1));
        long roundId = fixture.openQ2(List.of("가-1-1", "나-1-3", "다-1-1"), Accounts.user(jdbc, "samcheok.admin"));
        String roundUrl = "http://localhost:" + port + "/rounds/" + roundId;

        // The admin opens 가-1-1 from the round page and asks; a blank message is refused beside the field.
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(roundUrl + "?mine=all");
        waitFor(By.id("awaiting-answers"));
        assertThat(text("awaiting-answers")).isEqualTo("답변 대기 0건");
        driver.findElement(By.cssSelector("#entry-가-1-1 th a")).click();
        waitFor(By.id("question-form"));
        assertThat(text("questions")).contains("아직 질의·답변이 없습니다.");
        driver.findElement(By.id("post-question")).click();
        waitFor(By.cssSelector("#question-form .field-error"));
        assertThat(text("question-form")).contains("내용을 적으세요.");
        driver.findElement(By.id("body")).sendKeys("시민감사관 교육이 늦어진 사유와 새 일정을 알려 주세요.");
        driver.findElement(By.id("post-question")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("questions")).contains("질의").contains("시민감사관 교육이 늦어진 사유").contains("기획부서");
        assertThat(text("questions-awaiting")).isEqualTo("답변 대기");
        driver.get(roundUrl + "?mine=all");
        waitFor(By.id("awaiting-answers"));
        assertThat(text("awaiting-answers")).isEqualTo("답변 대기 1건");
        assertThat(driver.findElement(By.cssSelector("#entry-가-1-1 td.questions")).getText()).contains("답변 대기");

        // 기획조정실 finds the notice, lands on the thread and answers.
        Browser.signIn(driver, port, "samcheok.gijo");
        waitFor(By.cssSelector("#notice-badge b"));
        driver.findElement(By.id("notice-badge")).click();
        waitFor(By.id("notices"));
        assertThat(text("notices")).contains("기획부서의 질의").contains("가-1-1");
        driver.findElements(By.cssSelector("#notices li.unread")).stream()
                .filter(li -> li.getText().contains("질의")).findFirst().orElseThrow()
                .findElement(By.tagName("button")).click();
        waitFor(By.id("question-form"));
        assertThat(driver.getCurrentUrl()).endsWith("#questions");
        assertThat(text("questions")).contains("시민감사관 교육이 늦어진 사유");
        driver.findElement(By.id("body")).sendKeys("코로나19로 집합교육을 미뤘습니다.\n9월에 비대면으로 실시합니다.");
        driver.findElement(By.id("post-question")).click();
        waitFor(By.cssSelector(".notice[role=status]"));
        assertThat(text("questions")).contains("답변").contains("기획조정실").contains("9월에 비대면으로 실시합니다.");
        Browser.screenshot(driver, "qna-01-thread");

        // The admin is told, reads the answer, and nothing waits any more.
        Browser.signIn(driver, port, "samcheok.admin");
        waitFor(By.cssSelector("#notice-badge b"));
        driver.findElement(By.id("notice-badge")).click();
        waitFor(By.id("notices"));
        assertThat(text("notices")).contains("기획조정실이 답변했습니다");
        driver.get(roundUrl + "/entries/" + jdbc.queryForObject("select entry_id from entry_message order by id limit 1",
                Long.class));
        waitFor(By.id("questions"));
        assertThat(text("questions")).contains("코로나19로 집합교육을 미뤘습니다.").contains("답변 완료");
        driver.get(roundUrl + "?mine=all");
        waitFor(By.id("awaiting-answers"));
        assertThat(text("awaiting-answers")).isEqualTo("답변 대기 0건");
        assertThat(driver.findElement(By.cssSelector("#entry-가-1-1 td.questions")).getText()).contains("답변 완료");
    }
}
