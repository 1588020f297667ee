package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Projector mode for a seeded round: a closed Q2 round of Samcheok's focus tasks with submissions, ratings and a
 * remedy is set up in SQL, then the deck is checked at 1920×1080 and 1280×720: every slide fits the screen without
 * scrolling, body text is at least 28 px at 1920 wide and 24 px at 1280, department names stay on one line, chart
 * slides have a drawn canvas and a table, the keyboard moves through all slides and back, a number + Enter jumps, S
 * skips the detail slides, the address restores the slide. Every slide is saved as a screenshot under
 * target/screenshots.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:presentflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresentFlowTest extends BrowserFlow {

    @Autowired
    JdbcTemplate jdbc;

    long roundId;
    long planId;

    /** A closed Q2 round on three focus tasks: two submitted (one late), one rated 부진 with an accepted remedy. */
    @BeforeAll
    void seedARound() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        jdbc.update("update task set focus = true where plan_id = ? and code in ('가-1-1', '나-1-3', '다-1-1')", planId);
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at, closed_at) values (?, 2021, 2, false, '2021년 2분기 추진상황 점검',"
                + " date '2021-06-30', date '2021-07-10', 'FOCUS', 'CLOSED', current_timestamp, current_timestamp,"
                + " current_timestamp)", planId);
        roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        int order = 0;
        for (Map<String, Object> t : jdbc.queryForList("select id, lead_department_id from task where plan_id = ?"
                + " and focus order by sort_order", planId)) {
            jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                    + " self_status, achievements, submitted_at, submitted_by, late, rating, review_comment, computed_status,"
                    + " computed_reasons) values (?, ?, ?, ?, 'SUBMITTED', 40, 'AMBER', '분기 실적', timestamp '2021-07-08 10:00:00',"
                    + " '담당자', ?, ?, ?, ?, ?)", roundId, t.get("id"), t.get("lead_department_id"), order,
                    order == 1, order == 0 ? "POOR" : "NORMAL", order == 0 ? "교육 일정 지연" : null,
                    order == 0 ? "RED" : "AMBER",
                    order == 0 ? "추진일정 부진: 예정 2건 중 0건 완료, 지연 2건 — 시민감사간 간담회(분기별 1회)\n자체 진척률 주의: 40% (기준일까지 기대 50%)"
                            : "추진일정 주의: 예정 2건 중 1건 완료, 지연 1건");
            order++;
        }
        long entry = jdbc.queryForObject("select min(id) from round_entry where round_id = ?", Long.class, roundId);
        long task = jdbc.queryForObject("select task_id from round_entry where id = ?", Long.class, entry);
        jdbc.update("insert into remedy (entry_id, round_id, task_id, department_id, state, cause, measures, due_date,"
                + " requested_at, submitted_at, decided_at, decided_by) select id, round_id, task_id, department_id,"
                + " 'ACCEPTED', '코로나19로 집합교육 연기', '비대면 교육으로 전환해 9월까지 실시', date '2021-09-30',"
                + " current_timestamp, current_timestamp, current_timestamp, '관리자' from round_entry where id = ?", entry);
        jdbc.update("update round_entry set remedy_state_at_close = 'ACCEPTED' where id = ?", entry);
        assertThat(task).isPositive();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private int currentSlide() {
        return Integer.parseInt(((String) js("return document.querySelector('.slide.current').id")).replace("slide-", ""));
    }

    private void key(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private int slideNumber(String selector) {
        return Integer.parseInt(((String) js("return document.querySelector(arguments[0]).id", selector)).replace("slide-", ""));
    }

    /** Department names (and the state words) never break: each such cell is one line high. */
    private void assertOneLineNames(int n) {
        List<?> tall = (List<?>) js("""
                return Array.from(document.querySelectorAll('.slide.current .dept, .slide.current .word'))
                    .filter(e => e.textContent.trim())
                    .filter(e => { const r = document.createRange(); r.selectNodeContents(e);
                                   const lines = new Set(Array.from(r.getClientRects()).map(c => Math.round(c.top)));
                                   return lines.size > 1; })
                    .map(e => e.textContent.trim());""");
        assertThat(tall).as("slide %d names split over lines", n).isEmpty();
    }

    /** A chart slide: its canvas is drawn and its numbers are in a table beside it. */
    private void assertChartSlide(int n) {
        Map<?, ?> chart = (Map<?, ?>) js("""
                const s = document.querySelector('.slide.current');
                return {canvas: s.querySelectorAll('canvas[data-drawn]').length, rows: s.querySelectorAll('table.chart-data tbody tr').length,
                        h: s.querySelector('canvas').getBoundingClientRect().height};""");
        assertThat(((Number) chart.get("canvas")).intValue()).as("slide %d canvas", n).isEqualTo(1);
        assertThat(((Number) chart.get("rows")).intValue()).as("slide %d table rows", n).isPositive();
        assertThat(((Number) chart.get("h")).doubleValue()).as("slide %d chart height", n).isGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1920, 1080", "1280, 720"})
    void everySlideFitsAndTheKeyboardDrivesTheDeck(int width, int height) {
        resize(width, height);
        Browser.signIn(driver, port, "samcheok.viewer");
        // --window-size is the window; make the page's viewport exactly the projector's size.
        Map<?, ?> inner = (Map<?, ?>) js("return {w: window.innerWidth, h: window.innerHeight};");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                2 * width - ((Number) inner.get("w")).intValue(), 2 * height - ((Number) inner.get("h")).intValue()));
        driver.get("http://localhost:" + port + "/present/rounds/" + roundId);
        Browser.waitFor(driver, By.cssSelector("body.js .slide.current"));
        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(width);
        assertThat(((Number) js("return window.innerHeight")).intValue()).isEqualTo(height);
        int count = driver.findElements(By.cssSelector(".slide")).size();
        assertThat(count).isGreaterThanOrEqualTo(6);
        String all = (String) js("return Array.from(document.querySelectorAll('.slide h1')).map(h => h.textContent).join('|')");
        assertThat(all).contains("2021년 2분기 추진상황 점검").contains("분야별 추진 상태").contains("성과지표 달성도")
                .contains("지난 점검과 비교").contains("미흡·부진 과제 요약").contains("미흡·부진 과제")
                .contains("부서별 제출 기한 준수").contains("다음 분기 부서별 추진일정")
                // Issue 13: a round's deck ranks at the round's reference date, as an interim ranking.
                .contains("중간 순위 (기준일 2021-06-30)");

        for (int n = 1; n <= count; n++) {
            assertThat(currentSlide()).isEqualTo(n);
            // Fits: no scrollbar for the page, and nothing inside the slide runs past its box.
            Map<?, ?> fit = (Map<?, ?>) js("""
                    const s = document.querySelector('.slide.current'), b = s.querySelector('.slide-body');
                    return {docH: document.documentElement.scrollHeight, docW: document.documentElement.scrollWidth,
                            innerH: innerHeight, innerW: innerWidth, bodyOver: b.scrollHeight - b.clientHeight,
                            slideOver: s.scrollHeight - s.clientHeight, wide: s.scrollWidth - s.clientWidth,
                            font: Math.min(...Array.from(b.querySelectorAll('td, th, p, li, dd, dt, span, b'))
                                    .filter(e => e.offsetParent !== null && e.textContent.trim())
                                    .map(e => parseFloat(getComputedStyle(e).fontSize)))};""");
            assertThat(((Number) fit.get("docH")).intValue()).as("slide %d page height", n).isLessThanOrEqualTo(height);
            assertThat(((Number) fit.get("docW")).intValue()).as("slide %d page width", n).isLessThanOrEqualTo(width);
            assertThat(((Number) fit.get("bodyOver")).intValue()).as("slide %d content overflow", n).isLessThanOrEqualTo(0);
            assertThat(((Number) fit.get("slideOver")).intValue()).as("slide %d overflow", n).isLessThanOrEqualTo(0);
            assertThat(((Number) fit.get("wide")).intValue()).as("slide %d horizontal overflow", n).isLessThanOrEqualTo(0);
            assertThat(((Number) fit.get("font")).doubleValue()).as("slide %d body text px", n)
                    .isGreaterThanOrEqualTo(width == 1920 ? 28 : 24);
            assertOneLineNames(n);
            if (driver.findElements(By.cssSelector(".slide.current.chart")).size() == 1) {
                assertChartSlide(n);
            }
            Browser.screenshot(driver, "present-" + width + "-slide-" + String.format("%02d", n));
            key(n % 2 == 0 ? Keys.SPACE : Keys.ARROW_RIGHT);
        }
        assertThat(currentSlide()).as("stays on the last slide").isEqualTo(count);
        for (int n = count; n > 1; n--) {
            key(n % 2 == 0 ? Keys.ARROW_LEFT : Keys.PAGE_UP);
        }
        assertThat(currentSlide()).isEqualTo(1);
        key(Keys.END);
        assertThat(currentSlide()).isEqualTo(count);
        key(Keys.HOME);
        assertThat(currentSlide()).isEqualTo(1);
        // number + Enter jumps; the address holds the slide; a refresh stays put
        key("3", Keys.ENTER);
        assertThat(currentSlide()).isEqualTo(3);
        assertThat(driver.getCurrentUrl()).endsWith("#slide-3");
        driver.navigate().refresh();
        Browser.waitFor(driver, By.cssSelector("body.js .slide.current"));
        assertThat(currentSlide()).isEqualTo(3);
        driver.get("http://localhost:" + port + "/present/rounds/" + roundId + "?slide=4");
        Browser.waitFor(driver, By.cssSelector("body.js .slide.current"));
        assertThat(currentSlide()).isEqualTo(4);
        // S skips the detail slides: from the summary straight to the first slide after the details
        int summary = slideNumber(".slide.summary");
        int lastDetail = ((Number) js("const d = document.querySelectorAll('.slide.detail');"
                + " return parseInt(d[d.length - 1].id.replace('slide-', ''));")).intValue();
        assertThat(lastDetail).isGreaterThan(summary);
        key(String.valueOf(summary), Keys.ENTER);
        assertThat(currentSlide()).isEqualTo(summary);
        key("s");
        assertThat(currentSlide()).isEqualTo(lastDetail + 1);
        assertThat(driver.findElement(By.cssSelector(".slide.current h1")).getText()).isEqualTo("부서별 제출 기한 준수");
        // the presenter's slide index
        key("i");
        assertThat(driver.findElement(By.id("slide-index")).isDisplayed()).isTrue();
        driver.findElements(By.cssSelector("#slide-index a")).get(1).click();
        assertThat(currentSlide()).isEqualTo(2);
        assertThat(driver.findElement(By.id("slide-index")).isDisplayed()).isFalse();
        // Esc leaves for the round page
        key(Keys.ESCAPE);
        Browser.waitFor(driver, By.id("round-state"));
        assertThat(driver.getCurrentUrl()).endsWith("/rounds/" + roundId);
    }

    @Test
    void thePlanAsOfTodayAndWhatTheSlidesSay() {
        resize(1920, 1080);
        Browser.signIn(driver, port, "samcheok.viewer");
        driver.get("http://localhost:" + port + "/present/rounds/" + roundId);
        Browser.waitFor(driver, By.cssSelector("body.js .slide.current"));
        key(String.valueOf(slideNumber(".slide.laggard")), Keys.ENTER);
        String laggard = driver.findElement(By.cssSelector(".slide.current")).getText();
        assertThat(laggard).contains("가-1-1").contains("평가 부진").contains("■ 계산 부진").contains("코로나19로 집합교육 연기")
                .contains("비대면 교육으로 전환해 9월까지 실시").contains("이행 기한 2021-09-30 · 개선대책 수용")
                .doesNotContain("…").doesNotContain(" - ");
        key(String.valueOf(slideNumber(".slide.summary")), Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(".slide.current")).getText()).contains("가-1-1")
                .contains("기획조정실").contains("부진").contains("추진일정 부진: 예정 2건 중 0건 완료, 지연 2건").contains("수용");
        driver.get("http://localhost:" + port + "/present/plans/" + planId);
        Browser.waitFor(driver, By.cssSelector("body.js .slide.current"));
        assertThat(driver.findElement(By.cssSelector(".slide.current")).getText()).contains("2021-12-31 기준")
                .contains("● 정상").contains("▲ 주의").contains("■ 부진").contains("성과지표 16개");
        Browser.screenshot(driver, "present-plan-01");
        int count = driver.findElements(By.cssSelector(".slide")).size();
        assertThat(count).isGreaterThan(6);
        // The laggards are grouped: one summary table lists every one of them, each has its own detail slide, and the
        // deck without its details is a meeting's length (it was 41 slides, 35 of them one per laggard).
        @SuppressWarnings("unchecked")
        List<Object> summarized = (List<Object>) js("return Array.from(document.querySelectorAll('.slide.summary tbody td.task')).map(e => e.textContent.trim())");
        @SuppressWarnings("unchecked")
        List<Object> detailed = (List<Object>) js("return Array.from(document.querySelectorAll('.slide.laggard h2.task')).map(e => e.textContent.trim())");
        assertThat(summarized).hasSizeGreaterThan(20).doesNotHaveDuplicates()
                .containsExactlyElementsOf(detailed.stream().distinct().toList());
        long main = driver.findElements(By.cssSelector(".slide:not(.detail)")).size();
        assertThat(main).as("slides before details").isLessThanOrEqualTo(18);
        assertThat(driver.findElements(By.cssSelector(".slide.chart canvas"))).hasSize(3);
        // Every slide of the plan deck fits too (it has every kind of slide, with the plan's longest texts), at the
        // projector's size for its text, with names on one line and nothing cut with 「…」.
        for (int n = 1; n <= count; n++) {
            Map<?, ?> fit = (Map<?, ?>) js("""
                    const s = document.querySelector('.slide.current'), b = s.querySelector('.slide-body');
                    return {over: Math.max(b.scrollHeight - b.clientHeight, s.scrollHeight - s.clientHeight,
                                           s.scrollWidth - s.clientWidth), id: s.id + ' ' + s.querySelector('h1').textContent,
                            text: b.innerText,
                            font: Math.min(...Array.from(b.querySelectorAll('td, th, p, li, dd, dt, span, b, a'))
                                    .filter(e => e.offsetParent !== null && e.textContent.trim())
                                    .map(e => parseFloat(getComputedStyle(e).fontSize)))};""");
            assertThat(((Number) fit.get("over")).intValue()).as("plan deck %s overflow", fit.get("id")).isLessThanOrEqualTo(0);
            // the window is 1920×1080, its viewport a little lower: the minimum follows the viewport (28 px at 1080p)
            double scale = Math.min(((Number) js("return innerWidth")).doubleValue() / 1280,
                    ((Number) js("return innerHeight")).doubleValue() / 720);
            assertThat(((Number) fit.get("font")).doubleValue()).as("plan deck %s text px", fit.get("id"))
                    .isGreaterThanOrEqualTo(Math.min(28, 24 + (scale - 1) * 8) - 0.01);
            assertThat((String) fit.get("text")).as("plan deck %s", fit.get("id")).doesNotContain("…");
            assertOneLineNames(n);
            if (n <= 8 || n % 10 == 0) {
                Browser.screenshot(driver, "present-plan-" + String.format("%02d", n));
            }
            key(Keys.ARROW_RIGHT);
        }
        // S from the summary jumps past every detail slide
        int summary = slideNumber(".slide.summary");
        key(String.valueOf(summary), Keys.ENTER);
        key("s");
        assertThat(driver.findElements(By.cssSelector(".slide.current.detail, .slide.current.summary"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#slide-" + (currentSlide() - 1))).getAttribute("class")).contains("detail");
        // Printing the deck gives one A4 landscape page per slide.
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setOrientation(org.openqa.selenium.print.PrintOptions.Orientation.LANDSCAPE);
        options.setPageSize(new org.openqa.selenium.print.PageSize(21.0, 29.7));
        options.setBackground(true);
        String pdf = new String(java.util.Base64.getDecoder().decode(
                ((org.openqa.selenium.PrintsPage) driver).print(options).getContent()), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
        int printed = 0;
        while (pages.find()) {
            printed++;
        }
        assertThat(printed).as("printed pages").isEqualTo(count);
    }

    private int drawnCharts(String url) {
        driver.get(url);
        Browser.waitFor(driver, By.cssSelector("canvas[data-chart]"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                ((Number) js("return document.querySelectorAll('canvas[data-drawn]').length + document.querySelectorAll('canvas[data-error]').length"))
                        .intValue() == ((Number) js("return document.querySelectorAll('canvas[data-chart]').length")).intValue());
        assertThat((String) js("return Array.from(document.querySelectorAll('canvas[data-error]')).map(c => c.dataset.error).join()"))
                .isEmpty();
        return ((Number) js("return document.querySelectorAll('canvas[data-drawn]').length")).intValue();
    }

    @Test
    void chartsAreDrawnByTheAppsOwnChartLibrary() {
        Browser.signIn(driver, port, "samcheok.viewer");
        String base = "http://localhost:" + port;
        assertThat(drawnCharts(base + "/plans/" + planId)).isEqualTo(3);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('plan-charts').scrollIntoView()");
        Browser.screenshot(driver, "charts-01-overview");
        assertThat(drawnCharts(base + "/rounds/" + roundId + "/report")).isEqualTo(3);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('report-charts').scrollIntoView()");
        Browser.screenshot(driver, "charts-02-round-report");
        assertThat(drawnCharts(base + "/plans/" + planId + "/ranking")).isEqualTo(1);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('ranking-charts').scrollIntoView()");
        Browser.screenshot(driver, "charts-03-ranking");
        assertThat(drawnCharts(base + "/present/plans/" + planId)).isEqualTo(3);
        assertThat(drawnCharts(base + "/present/rounds/" + roundId)).isEqualTo(3);
        long incheon = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name like '인천%'", Long.class);
        Browser.signIn(driver, port, "incheon.viewer");
        assertThat(drawnCharts(base + "/plans/" + incheon + "/budget")).isEqualTo(1);
        assertThat(driver.findElement(By.id("budget-quarters")).getText()).contains("1/4분기").contains("4/4분기");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('budget-chart').scrollIntoView()");
        Browser.screenshot(driver, "charts-04-incheon-budget");
    }
}
