package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import kr.innotrack.evidence.EvidenceSamples;
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
 * A proposal contest (공모전) in the browser: Samcheok's planning admin creates a call from the menu and announces it;
 * a citizen (no account) finds it on the public pages, enters with both documents and the code from the test mail
 * server; the receipt period ends (moved to yesterday in SQL); the admin selects the entry as 대상 and publishes the
 * results; the citizen reads the result (masked name) on the public page and in the mail. Its own database.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:competitionflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class CompetitionFlowTest extends BrowserFlow {

    private static final String TITLE = "2026 삼척 청소년 정책제안 공모전";
    private static final String EMAIL = "youth.flow@example.kr";

    @Autowired
    JdbcTemplate jdbc;

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private Path sample(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "competition-flow"));
        return Files.write(dir.resolve(name), EvidenceSamples.pdf());
    }

    @Test
    void anAdminRunsACallACitizenEntersAndReadsTheResult() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

        // the planning admin creates and announces the call
        Browser.signIn(driver, port, "samcheok.admin");
        Browser.nav(driver, "공모전");
        waitFor(By.cssSelector("main h1"));
        driver.findElement(By.linkText("새 공모")).click();
        waitFor(By.id("competition-form"));
        type("title", TITLE);
        type("theme", "우리 지역의 문제를 청소년의 시각으로 해결하는 정책");
        Browser.setValue(driver, driver.findElement(By.id("contestStart")), today.minusDays(1).toString());
        Browser.setValue(driver, driver.findElement(By.id("contestEnd")), today.plusDays(29).toString());
        Browser.setValue(driver, driver.findElement(By.id("receiptStart")), today.minusDays(1).toString());
        Browser.setValue(driver, driver.findElement(By.id("receiptEnd")), today.plusDays(29).toString());
        type("eligibility", "삼척시에 주소를 둔 9~24세 청소년");
        type("minAge", "9");
        type("maxAge", "24");
        driver.findElement(By.id("teamAllowed1")).click();
        type("minTeamSize", "2");
        type("maxTeamSize", "4");
        type("submissionMethod", "방문 또는 우편접수, 이메일");
        type("documents0.name", "정책제안참가신청서(개인정보동의서)");
        type("documents1.name", "정책제안서");
        driver.findElement(By.cssSelector("#competition-form button[type=submit]")).click();
        waitFor(By.id("call-phase"));
        assertThat(driver.findElement(By.id("call-phase")).getText()).isEqualTo("준비");
        driver.findElement(By.linkText("공고하기")).click();
        waitFor(By.id("confirm-button")).click();
        waitFor(By.cssSelector("p.notice[role=status]"));
        assertThat(driver.findElement(By.id("call-phase")).getText()).isEqualTo("접수 중");
        Browser.screenshot(driver, "competition-staff-announced");

        // a citizen enters from the public pages
        driver.manage().deleteAllCookies();
        driver.get(url("/public/samcheok/competitions"));
        driver.findElement(By.linkText(TITLE)).click();
        waitFor(By.id("competition-notice"));
        assertThat(driver.findElement(By.id("notice-receipt")).getText()).contains("(30일간)");
        driver.findElement(By.id("enter-link")).click();
        waitFor(By.id("entry-form"));
        type("title", "등굣길 버스 노선 개선");
        type("summary", "학생들이 실제로 타는 시간에 맞춰 등굣길 버스 노선을 다시 짭니다.");
        type("applicantName", "홍길동");
        type("birthYear", String.valueOf(today.getYear() - 16));
        type("email", EMAIL);
        driver.findElement(By.id("consent1")).click();
        int before = TestMail.messagesTo(EMAIL).size();
        driver.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        waitFor(By.id("confirm-form"));
        type("code", TestMail.latestCode(EMAIL, before));
        driver.findElement(By.id("files0")).sendKeys(sample("신청서.pdf").toAbsolutePath().toString());
        driver.findElement(By.id("files1")).sendKeys(sample("제안서.pdf").toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();
        waitFor(By.id("submitted"));
        assertThat(driver.findElement(By.id("participants")).getText()).isEqualTo("총 1명 참여");

        // the receipt period ends; the admin selects the winner and publishes the results
        jdbc.update("update competition set receipt_end = ? where title = ?", today.minusDays(1), TITLE);
        Browser.signIn(driver, port, "samcheok.admin");
        Browser.nav(driver, "공모전");
        driver.findElement(By.linkText(TITLE)).click();
        waitFor(By.id("entries"));
        assertThat(driver.findElement(By.id("entries")).getText()).contains("신청서.pdf").contains("제안서.pdf");
        WebElement grade = driver.findElement(By.cssSelector("#entries select[name=grade]"));
        new Select(grade).selectByVisibleText("대상");
        grade.findElement(By.xpath("ancestor::form//button")).click();
        waitFor(By.cssSelector("p.notice[role=status]"));
        driver.findElement(By.linkText("결과 발표")).click();
        waitFor(By.id("confirm-button")).click();
        waitFor(By.cssSelector("p.notice[role=status]"));
        assertThat(driver.findElement(By.id("call-phase")).getText()).isEqualTo("심사 완료");

        // the citizen reads the result
        driver.manage().deleteAllCookies();
        driver.get(url("/public/samcheok/competitions"));
        driver.findElement(By.linkText(TITLE)).click();
        WebElement winners = waitFor(By.id("winners"));
        assertThat(winners.getText()).contains("대상").contains("등굣길 버스 노선 개선").contains("홍*동")
                .doesNotContain("홍길동");
        assertThat(TestMail.latestText(EMAIL)).contains("대상").contains("등굣길 버스 노선 개선");
        Browser.screenshot(driver, "competition-public-results");
    }
}
