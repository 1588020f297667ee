package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jung-gu's way of evaluating: the admin saves a new version of the scoring model (a wrong sum is refused), the lead
 * department of ⑱ (여성가족과) scores its collaborating department (건강관리과), and the collaborator's breakdown
 * shows that score; an officer's 점검·환류 to-do page is empty without rounds.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class CollaborationScoringFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    private void setNumber(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void modelVersionCollaboratorScoreAndBreakdown() {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '서울특별시 중구'", Long.class);
        String base = "http://localhost:" + port + "/plans/" + planId;

        Browser.signIn(driver, port, "junggu.admin");
        driver.get(base + "/ranking");
        driver.findElement(By.linkText("평가 모델")).click();
        Browser.waitFor(driver, By.id("model-form"));
        assertThat(driver.findElement(By.id("model-history")).getText()).contains("1판").contains("계획서(시드)");
        setNumber("milestone", "30");
        driver.findElement(By.id("save-model")).click();
        Browser.waitFor(driver, By.id("sum-error"));
        assertThat(driver.findElement(By.id("sum-error")).getText()).isEqualTo("가중치의 합이 100이어야 합니다. 지금 합계: 110");
        setNumber("milestone", "10");
        setNumber("kpi", "30");
        driver.findElement(By.id("save-model")).click();
        Browser.waitFor(driver, By.id("ranking"));
        assertThat(driver.findElement(By.cssSelector(".notice[role=status]")).getText()).contains("평가 모델 2판을 저장했습니다");
        assertThat(driver.findElement(By.id("ranking")).getText()).contains("추진일정 적기 완료 (10%)").contains("협업 평가 (60%)");

        Browser.signIn(driver, port, "junggu.yeoseong");
        driver.get(base + "/collaboration-scores");
        Browser.waitFor(driver, By.id("collaboration-form"));
        List<WebElement> scores = driver.findElements(By.cssSelector("#collaboration-form input.score"));
        assertThat(scores).hasSize(1);
        assertThat(driver.findElement(By.id("collaboration-form")).getText()).contains("→ 건강관리과");
        scores.get(0).sendKeys("150");
        driver.findElement(By.id("save-collaboration")).click();
        Browser.waitFor(driver, By.cssSelector("#collaboration-form .field-error"));
        assertThat(driver.findElement(By.id("collaboration-form")).getText()).contains("점수는 0부터 100 사이로 입력하세요.");
        WebElement score = driver.findElement(By.cssSelector("#collaboration-form input.score"));
        score.clear();
        score.sendKeys("85");
        driver.findElement(By.id("save-collaboration")).click();
        Browser.waitFor(driver, By.cssSelector(".notice[role=status]"));

        Browser.signIn(driver, port, "junggu.viewer");
        driver.get(base + "/ranking");
        Browser.waitFor(driver, By.id("ranking"));
        driver.findElement(By.linkText("건강관리과")).click();
        Browser.waitFor(driver, By.id("tasks"));
        assertThat(driver.findElement(By.id("tasks")).getText()).contains("주관부서 평가 85점").contains("협업 (비중 1.00)");
        Browser.screenshot(driver, "flow6-06-junggu-collaborator-breakdown");

        Browser.signIn(driver, port, "junggu.geongang");
        driver.get("http://localhost:" + port + "/my/rounds");
        Browser.waitFor(driver, By.id("my-rounds"));
        assertThat(driver.findElement(By.id("my-rounds")).getText()).contains("진행 중인 점검에 우리 부서 과제가 없고");
    }
}
