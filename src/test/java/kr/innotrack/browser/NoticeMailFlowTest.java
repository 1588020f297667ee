package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.notice.NoticeCommands;
import kr.innotrack.notice.NoticeKind;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 내 계정 › 알림 메일 in a browser: an officer is refused an address that is not one beside the field, saves an address
 * with 바로, and the next notice to their department arrives by mail with a link back to the page.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class NoticeMailFlowTest extends BrowserFlow {

    static final String ADDRESS = "gijo.flow@samcheok.example.kr";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoticeCommands notices;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void optOutAgain() {
        jdbc.update("update account set email = null, notice_mail = 'NONE' where username = 'samcheok.gijo'");
    }

    @Test
    void anOfficerChoosesNoticeMailsAndGetsTheNextNoticeByMail() {
        Browser.signIn(driver, port, "samcheok.gijo");
        driver.findElement(By.id("signed-in-as")).click();
        Browser.waitFor(driver, By.id("notice-mail-form"));

        driver.findElement(By.id("notice-email")).sendKeys("gijo-at-samcheok");
        driver.findElement(By.cssSelector("#notice-mail-form input[name=noticeMail][value=IMMEDIATE]")).click();
        driver.findElement(By.cssSelector("#notice-mail-form button[type=submit]")).click();
        assertThat(Browser.waitFor(driver, By.cssSelector("#notice-mail-form .field-error")).getText())
                .contains("전자우편 주소를 확인하세요");

        driver.findElement(By.id("notice-email")).clear();
        driver.findElement(By.id("notice-email")).sendKeys(ADDRESS);
        driver.findElement(By.cssSelector("#notice-mail-form input[name=noticeMail][value=IMMEDIATE]")).click();
        driver.findElement(By.cssSelector("#notice-mail-form button[type=submit]")).click();
        assertThat(Browser.waitFor(driver, By.cssSelector("p.notice")).getText()).contains("알림 메일 설정을 저장했습니다");
        assertThat(driver.findElement(By.id("notice-email")).getAttribute("value")).isEqualTo(ADDRESS);
        assertThat(driver.findElement(By.cssSelector("input[name=noticeMail][value=IMMEDIATE]")).isSelected()).isTrue();
        Browser.screenshot(driver, "my-account-notice-mail");

        CurrentUser gijo = Accounts.user(jdbc, "samcheok.gijo");
        int before = TestMail.messagesTo(ADDRESS).size();
        transactions.executeWithoutResult(s -> notices.toDepartment(gijo.organizationId(), gijo.departmentId(),
                NoticeKind.QUESTION_ANSWERED, "질의에 답변이 달렸습니다 (알림 메일 흐름)", "/notices"));
        String text = TestMail.latestText(ADDRESS);
        assertThat(TestMail.messagesTo(ADDRESS)).hasSize(before + 1);
        assertThat(text).contains("질의에 답변이 달렸습니다 (알림 메일 흐름)").contains("http://localhost:8080/notices");

        driver.get(url("/notices"));
        assertThat(Browser.waitFor(driver, By.id("notices")).getText()).contains("질의에 답변이 달렸습니다 (알림 메일 흐름)");
    }
}
