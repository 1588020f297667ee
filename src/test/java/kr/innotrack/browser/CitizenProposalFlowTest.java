package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 국민 제안 in the browser: a citizen submits a proposal with consent on Samcheok's public pages (and a second one),
 * the planning admin publishes both from 국민 참여 › 국민 제안, the citizen supports the second with the code from the
 * test mail server, the admin starts the review of the first and adopts it into a task, whose page then shows
 * 「국민 제안」. Its own database: it marks a seeded task.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:proposalflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class CitizenProposalFlowTest extends BrowserFlow {

    static final String FIRST = "마을버스 배차 간격을 줄여 주세요";
    static final String SECOND = "공공도서관 야간 개방";
    static final String CITIZEN = "citizen.flow@example.kr";

    @Autowired
    JdbcTemplate jdbc;

    private void submit(String title, String body) {
        driver.get("http://localhost:" + port + "/public/samcheok/proposals");
        driver.findElement(By.id("new-proposal")).click();
        driver.findElement(By.id("title")).sendKeys(title);
        WebElement text = driver.findElement(By.id("body"));
        text.sendKeys(body);
        assertThat(driver.findElement(By.id("body-counter")).getText()).isEqualTo(body.length() + "/1000");
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("교통");
        driver.findElement(By.id("consent1")).click();
        driver.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        assertThat(waitFor(By.id("submitted")).getText()).contains("검토를 거친 뒤");
        assertThat(driver.findElement(By.id("proposal-list")).getText()).doesNotContain(title);
    }

    private void openStaffProposal(String title) {
        Browser.nav(driver, "국민 제안");
        driver.findElement(By.linkText(title)).click();
        waitFor(By.id("proposal-facts"));
    }

    @Test
    void aCitizenProposesSupportsWithACodeAndTheOfficeAdoptsIntoATask() {
        // the citizen: a proposal with consent (the form refuses it without), then a second one
        driver.get("http://localhost:" + port + "/public/samcheok/proposals/new");
        driver.findElement(By.id("title")).sendKeys(FIRST);
        driver.findElement(By.id("body")).sendKeys("출퇴근 시간에 30분을 기다립니다.");
        driver.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("개인정보 수집·이용에 동의해야");
        driver.findElement(By.id("body")).clear();
        submit(FIRST, "출퇴근 시간에 30분을 기다립니다. 배차 간격을 15분으로 줄여 주세요.");
        submit(SECOND, "퇴근 후에도 이용할 수 있게 밤 10시까지 열어 주세요.");

        // the planning admin publishes both
        Browser.signIn(driver, port, "samcheok.admin");
        for (String title : new String[] {FIRST, SECOND}) {
            openStaffProposal(title);
            driver.findElement(By.cssSelector("#publish-form button[type=submit]")).click();
            waitFor(By.cssSelector("p.notice[role=status]"));
            assertThat(driver.findElement(By.id("publication")).getText()).isEqualTo("공개");
        }

        // the citizen supports the second with the code from the mail
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/public/samcheok/proposals");
        driver.findElement(By.linkText(SECOND)).click();
        assertThat(driver.findElement(By.id("participants")).getText()).isEqualTo("총 0명 참여");
        driver.findElement(By.id("email")).sendKeys(CITIZEN);
        int before = TestMail.messagesTo(CITIZEN).size();
        driver.findElement(By.cssSelector("#support-code-form button[type=submit]")).click();
        String code = TestMail.latestCode(CITIZEN, before);
        waitFor(By.id("code")).sendKeys(code);
        driver.findElement(By.cssSelector("#support-form button[type=submit]")).click();
        assertThat(waitFor(By.id("supported")).getText()).contains("공감했습니다");
        assertThat(driver.findElement(By.id("participants")).getText()).isEqualTo("총 1명 참여");

        // the admin reviews the first and adopts it into a task of the confirmed plan
        Browser.signIn(driver, port, "samcheok.admin");
        openStaffProposal(FIRST);
        driver.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        waitFor(By.id("adopt-form"));
        assertThat(driver.findElement(By.id("triage")).getText()).isEqualTo("검토 중");
        Select task = new Select(driver.findElement(By.id("adopt-taskId")));
        String chosen = task.getOptions().stream().map(WebElement::getText).filter(t -> t.contains("나-1-1"))
                .findFirst().orElseThrow();
        task.selectByVisibleText(chosen);
        driver.findElement(By.cssSelector("#adopt-form button[type=submit]")).click();
        waitFor(By.id("adopted-task"));
        assertThat(driver.findElement(By.id("triage")).getText()).isEqualTo("채택");
        driver.findElement(By.id("adopted-task")).click();
        assertThat(waitFor(By.id("citizen-proposal-badge")).getText()).isEqualTo("국민 제안");
        assertThat(driver.findElement(By.id("citizen-proposal")).findElement(By.tagName("a")).getAttribute("href"))
                .contains("/public/samcheok/proposals/");

        // the public page says so, naming the task once the plan is published (공개 관리)
        long planId = jdbc.queryForObject("select plan_id from task where code = '나-1-1' and plan_id ="
                + " (select min(p.id) from plan p join organization o on o.id = p.organization_id where o.slug = 'samcheok')", Long.class);
        jdbc.update("insert into publication (organization_id, subject_kind, subject_id, published_at, published_by)"
                + " select organization_id, 'PLAN', id, current_timestamp, 'test' from plan where id = ?", planId);
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/public/samcheok/proposals");
        assertThat(driver.findElement(By.id("adoption-stats")).getText()).contains("100.0%");
        driver.findElement(By.linkText(FIRST)).click();
        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("채택");
        assertThat(driver.findElement(By.id("adopted-task")).getText()).contains("나-1-1");
        driver.findElement(By.id("adopted-task")).click();
        assertThat(waitFor(By.id("citizen-proposal-badge")).getText()).isEqualTo("국민 제안");
        assertThat(jdbc.queryForObject("select count(*) from proposal where title = ? and triage = 'ADOPTED'",
                Integer.class, FIRST)).isOne();
    }
}
