package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Evidence in the browser: 기획조정실's officer attaches a PDF and a photo to a milestone of 가-1-1 (from the task page's
 * 「증빙」 link) and to the task's entry of an open round (the entry page's own form), sees the photo's thumbnail on the
 * task page; the planning admin opens the round's projector deck and sees the photo on the laggard's detail slide
 * (the entry is rated 부진 here in SQL). Its own database: it writes an open round others would meet.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:evidenceflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    long planId;
    long taskId;
    long roundId;
    long entryId;

    /** An open round (제출) of Samcheok's focus tasks; 가-1-1's entry rated 부진, so the deck shows it as a laggard. */
    @BeforeAll
    void seedAnOpenRound() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        taskId = jdbc.queryForObject("select id from task where plan_id = ? and code = '가-1-1'", Long.class, planId);
        jdbc.update("update task set focus = true where plan_id = ? and code in ('가-1-1', '나-1-3')", planId);
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at) values (?, 2021, 2, false, '2021년 2분기 추진상황 점검',"
                + " date '2021-06-30', date '2030-07-10', 'FOCUS', 'SUBMISSION', current_timestamp, current_timestamp)",
                planId);
        roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        int order = 0;
        for (Map<String, Object> t : jdbc.queryForList("select id, lead_department_id from task where plan_id = ?"
                + " and focus order by sort_order", planId)) {
            boolean laggard = ((Number) t.get("id")).longValue() == taskId;
            jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state,"
                    + " rating, review_comment) values (?, ?, ?, ?, 'NOT_STARTED', ?, ?)", roundId, t.get("id"),
                    t.get("lead_department_id"), order++, laggard ? "POOR" : null, laggard ? "교육 일정 지연" : null);
        }
        entryId = jdbc.queryForObject("select id from round_entry where round_id = ? and task_id = ?", Long.class,
                roundId, taskId);
    }

    private Path sample(String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "evidence-flow"));
        return Files.write(dir.resolve(name), content);
    }

    private void attach(WebElement form, Path file) {
        form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector("p.notice[role=status]"));
    }

    private boolean loaded(WebElement img) {
        Object w = ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
        return ((Number) w).intValue() > 0;
    }

    @Test
    void anOfficerAttachesAndTheProjectorShowsThePhoto() throws Exception {
        Path pdf = sample("결과보고서.pdf", kr.innotrack.evidence.EvidenceSamples.pdf());
        Path photo = sample("현장사진.jpg", kr.innotrack.evidence.EvidenceSamples.jpg());

        Browser.signIn(driver, port, "samcheok.gijo");
        driver.get(url("/plans/" + planId + "/tasks/" + taskId));
        driver.findElements(By.cssSelector("a.ms-evidence")).get(0).click();
        WebElement form = waitFor(By.id("evidence-upload-form"));
        attach(form, pdf);
        // back on the task page, then the photo through the same page
        assertThat(driver.getCurrentUrl()).contains("/plans/" + planId + "/tasks/" + taskId);
        driver.findElements(By.cssSelector("a.ms-evidence")).get(0).click();
        attach(waitFor(By.id("evidence-upload-form")), photo);
        WebElement section = waitFor(By.id("evidence"));
        assertThat(section.getText()).contains("결과보고서.pdf").contains("현장사진.jpg").contains("PDF");
        List<WebElement> thumbs = section.findElements(By.cssSelector("img.evidence-thumb"));
        assertThat(thumbs).hasSize(1);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", thumbs.get(0));
        waitFor(By.cssSelector("img.evidence-thumb"));
        assertThat(loaded(thumbs.get(0))).isTrue();
        Browser.screenshot(driver, "evidence-task-page");

        // the round entry's own section
        driver.get(url("/rounds/" + roundId + "/entries/" + entryId));
        attach(waitFor(By.cssSelector("#evidence form.evidence-upload")), pdf);
        attach(waitFor(By.cssSelector("#evidence form.evidence-upload")), photo);
        WebElement entryEvidence = waitFor(By.id("evidence"));
        assertThat(entryEvidence.findElements(By.cssSelector("tr.evidence-file"))).hasSize(2);
        assertThat(entryEvidence.findElements(By.cssSelector("button.evidence-remove"))).hasSize(2);

        // the planning admin's deck: the laggard's detail slide carries the photo
        Browser.signIn(driver, port, "samcheok.admin");
        driver.get(url("/present/rounds/" + roundId));
        waitFor(By.cssSelector(".slide"));
        List<WebElement> photos = driver.findElements(By.cssSelector(".photos img.evidence-photo"));
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).getAttribute("alt")).isEqualTo("현장사진.jpg");
        ((JavascriptExecutor) driver).executeScript("arguments[0].closest('section, .slide').scrollIntoView()", photos.get(0));
        long deadline = System.currentTimeMillis() + 5000;
        while (!loaded(photos.get(0)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(loaded(photos.get(0))).isTrue();
    }
}
