package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A public vote from the browser (issue 18 part C): Samcheok's planning admin creates a vote with 4 cases, pick 3,
 * and publishes it; a citizen (no sign-in) picks 3 cases, gets the code from the test mail server, votes and sees the
 * count grow by one; the admin closes the vote and publishes the results, which the citizen then sees. The seeded
 * 2019 vote of 행정안전부 shows as closed with its 20 cases and 「총 5,348명 참여」. Its own database: it writes a vote.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:publicvoteflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class PublicVoteFlowTest extends BrowserFlow {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeRunsAVoteACitizenVotesOnceAndSeesTheResults() {
        Browser.signIn(driver, port, "samcheok.admin");
        Browser.nav(driver, "국민심사");
        driver.findElement(By.id("new-vote")).click();
        driver.findElement(By.id("title")).sendKeys("2021 삼척시 혁신 우수사례 국민심사");
        driver.findElement(By.id("explanation")).sendKeys("네 가지 우수사례 중 세 가지를 골라 주세요.");
        WebElement pick = driver.findElement(By.id("pickCount"));
        pick.clear();
        pick.sendKeys("3");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        Browser.setValue(driver, driver.findElement(By.id("opensAt")), now.minusHours(1).format(MINUTES));
        Browser.setValue(driver, driver.findElement(By.id("closesAt")), now.plusDays(7).format(MINUTES));
        driver.findElement(By.id("save-vote")).click();
        for (String name : List.of("도계읍 행정복지센터", "근덕면 행정복지센터", "정라동 행정복지센터", "교동 행정복지센터")) {
            waitFor(By.id("add-case"));
            driver.findElement(By.id("name")).sendKeys(name);
            driver.findElement(By.id("summary")).sendKeys(name + "의 주민 참여 우수사례 요약");
            driver.findElement(By.id("add-case")).click();
            waitFor(By.xpath("//h3[normalize-space(.) = '" + name + "']"));
        }
        driver.findElement(By.id("publish-vote")).click();
        driver.findElement(By.id("confirm-button")).click();
        assertThat(waitFor(By.id("vote-phase")).getText()).isEqualTo("진행 중");
        String votePath = driver.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "").replaceFirst("[#?].*$", "");
        long voteId = Long.parseLong(votePath.substring("/votes/".length()));

        // the citizen: no sign-in
        driver.manage().deleteAllCookies();
        driver.get(url("/public/samcheok/votes"));
        driver.findElement(By.linkText("2021 삼척시 혁신 우수사례 국민심사")).click();
        assertThat(driver.findElement(By.id("vote-count")).getText()).isEqualTo("총 0명 참여");
        assertThat(driver.findElement(By.cssSelector("#picks legend")).getText()).isEqualTo("3개 선택");
        List<WebElement> boxes = driver.findElements(By.name("picks"));
        assertThat(boxes).hasSize(4);
        boxes.get(0).click();
        boxes.get(2).click();
        boxes.get(3).click();
        String email = "citizen.flow@example.kr";
        driver.findElement(By.id("email")).sendKeys(email);
        int before = TestMail.messagesTo(email).size();
        driver.findElement(By.id("request-code")).click();
        String code = TestMail.latestCode(email, before);
        waitFor(By.id("code")).sendKeys(code);
        assertThat(driver.findElement(By.id("your-picks")).getText()).contains("도계읍", "정라동", "교동").doesNotContain("근덕면");
        driver.findElement(By.id("cast-ballot")).click();
        assertThat(waitFor(By.id("voted")).getText()).contains("투표했습니다");
        assertThat(driver.findElement(By.id("vote-count")).getText()).isEqualTo("총 1명 참여");
        assertThat(driver.findElements(By.id("vote-results"))).isEmpty();

        // the office closes the vote and publishes the results
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(url(votePath));
        assertThat(driver.findElement(By.id("vote-participants")).getText()).isEqualTo("총 1명 참여");
        driver.findElement(By.id("close-vote")).click();
        driver.findElement(By.id("confirm-button")).click();
        assertThat(waitFor(By.id("vote-phase")).getText()).isEqualTo("마감");
        driver.findElement(By.id("publish-results")).click();
        driver.findElement(By.id("confirm-button")).click();
        assertThat(waitFor(By.id("vote-phase")).getText()).isEqualTo("마감 · 결과 공개");

        driver.manage().deleteAllCookies();
        driver.get(url("/public/samcheok/votes/" + voteId));
        WebElement results = waitFor(By.id("vote-results"));
        assertThat(results.getText()).contains("도계읍 행정복지센터", "근덕면 행정복지센터");
        assertThat(results.findElements(By.cssSelector("tbody tr"))).hasSize(4);
        assertThat(results.findElement(By.cssSelector("tbody tr:last-child")).getText()).contains("근덕면").endsWith("0");
    }

    @Test
    void theSeeded2019VoteIsClosedWithTwentyCasesAnd5348Participants() {
        driver.get(url("/public/mois/votes"));
        driver.findElement(By.linkText("2019 대한민국 지식대상 우수기관 선정 국민심사")).click();
        assertThat(waitFor(By.id("vote-count")).getText()).isEqualTo("총 5,348명 참여");
        assertThat(driver.findElement(By.id("vote-phase")).getText()).isEqualTo("마감");
        assertThat(driver.findElements(By.cssSelector(".vote-case"))).hasSize(20);
        assertThat(driver.findElements(By.name("picks"))).isEmpty();
        assertThat(driver.findElement(By.id("results-note")).getText()).contains("원문에 없어");
        WebElement first = driver.findElement(By.cssSelector(".vote-case details"));
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElement(By.cssSelector(".case-summary")).getText()).startsWith("Ⅰ. 지식기반의 행정 추진전략");
    }
}
