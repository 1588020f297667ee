package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pages that hold at 1440 and 1280 px and on a phone (390 px), as Samcheok's planning admin: the ranking, a task page,
 * the task list, a closed round's report and the overview never scroll sideways as a page; the ranking's department
 * names are one line and its table needs no sideways scroll; a task page's buttons never wrap; on a phone the data
 * tables are stacked cards with their column names, and the month timeline scrolls with a hint and a sticky first
 * column; the charts count on whole-number ticks, label every category and show the overdue number the page shows.
 * The other organizations' main pages are checked for page overflow too. Screenshots: target/screenshots/layout-*.
 * <p>
 * The round (closed, six entries) is inserted for this flow and deleted after it, so the shared database is as
 * seeded for the flows that come after.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsiveLayoutFlowTest extends BrowserFlow {

    private static final int[] WIDTHS = {1440, 1280, 390};

    @Autowired
    JdbcTemplate jdbc;

    long planId;
    long roundId;
    long taskId;

    @BeforeAll
    void aClosedRound() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        // the task with the most milestones: the longest timeline
        taskId = jdbc.queryForObject("select t.id from task t join milestone m on m.task_id = t.id where t.plan_id = ?"
                + " group by t.id, t.sort_order order by count(*) desc, t.sort_order limit 1", Long.class, planId);
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at, closed_at) values (?, 2021, 2, false, '2021년 2분기 화면 점검',"
                + " date '2021-06-30', date '2021-07-10', 'ALL', 'CLOSED', current_timestamp, current_timestamp,"
                + " current_timestamp)", planId);
        roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        int order = 0;
        for (Map<String, Object> t : jdbc.queryForList("select id, lead_department_id from task where plan_id = ?"
                + " order by sort_order limit 6", planId)) {
            jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                    + " self_status, achievements, submitted_at, submitted_by, late, rating, review_comment, computed_status,"
                    + " computed_reasons) values (?, ?, ?, ?, 'SUBMITTED', 40, 'AMBER', '분기 실적', timestamp '2021-07-08 10:00:00',"
                    + " '담당자', ?, ?, ?, ?, ?)", roundId, t.get("id"), t.get("lead_department_id"), order,
                    order == 1, order == 0 ? "POOR" : "NORMAL", order == 0 ? "교육 일정 지연" : null,
                    order == 0 ? "RED" : "AMBER", "추진일정 주의: 예정 2건 중 1건 완료, 지연 1건");
            order++;
        }
    }

    @AfterAll
    void removeTheRound() {
        jdbc.update("delete from round_entry where round_id = ?", roundId);
        jdbc.update("delete from check_round where id = ?", roundId);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    private Map<String, String> pages() {
        return Map.of("ranking", "/plans/" + planId + "/ranking", "task", "/plans/" + planId + "/tasks/" + taskId,
                "tasks", "/plans/" + planId + "/tasks", "report", "/rounds/" + roundId + "/report",
                "overview", "/plans/" + planId);
    }

    private void open(String path) {
        driver.get(url(path));
        waitFor(By.id("main"));
        // tables.js and charts.js run deferred; wait until the stylesheets and scripts are done
        js("return document.fonts ? document.fonts.status : 'loaded'");
    }

    private void assertNoPageOverflow(String what, int width) {
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertThat(scroll).as("%s at %d px scrolls sideways (%d > %d)", what, width, scroll, client).isLessThanOrEqualTo(client);
    }

    @Test
    void noPageScrollsSidewaysAtAnyWidth() {
        Browser.signIn(driver, port, "samcheok.admin");
        for (int width : WIDTHS) {
            resize(width, 1000);
            pages().forEach((name, path) -> {
                open(path);
                assertNoPageOverflow(name, width);
                Browser.screenshot(driver, "layout-" + width + "-" + name);
            });
        }
        for (String other : List.of("incheon.admin", "junggu.admin", "samcheok.gijo")) {
            Browser.signIn(driver, port, other);
            long plan = jdbc.queryForObject("select min(p.id) from plan p join account a on a.organization_id = p.organization_id"
                    + " where a.username = ?", Long.class, other);
            for (int width : WIDTHS) {
                resize(width, 1000);
                for (String path : List.of("/plans/" + plan, "/plans/" + plan + "/tasks", "/plans/" + plan + "/ranking")) {
                    open(path);
                    assertNoPageOverflow(other + " " + path, width);
                }
            }
        }
    }

    @Test
    void theRankingFitsWithDepartmentNamesOnOneLine() {
        Browser.signIn(driver, port, "samcheok.admin");
        for (int width : new int[] {1440, 1280}) {
            resize(width, 1000);
            open(pages().get("ranking"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> names = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll("
                    + "'#ranking tbody th[scope=row]')).map(function (th) { var a = th.querySelector('a'); return {name:"
                    + " th.textContent.trim(), lines: a.getClientRects().length, height: a.getBoundingClientRect().height,"
                    + " line: parseFloat(getComputedStyle(a).lineHeight)}; })");
            assertThat(names).hasSizeGreaterThan(3);
            for (Map<String, Object> n : names) {
                assertThat(((Number) n.get("lines")).intValue()).as("%s at %d px", n.get("name"), width).isEqualTo(1);
                assertThat(((Number) n.get("height")).doubleValue()).as("%s at %d px", n.get("name"), width)
                        .isLessThan(1.5 * ((Number) n.get("line")).doubleValue());
            }
            assertThat(number("var w = document.getElementById('ranking').parentNode; return w.scrollWidth - w.clientWidth"))
                    .as("the ranking table scrolls sideways at %d px", width).isLessThanOrEqualTo(0);
            // the 과제 수 column is whole inside the frame
            assertThat(number("var w = document.getElementById('ranking').parentNode.getBoundingClientRect();"
                    + " var c = document.querySelector('#ranking thead th:last-child').getBoundingClientRect();"
                    + " return w.right - c.right")).isGreaterThanOrEqualTo(0);
            // the chart labels every department (Chart.js would skip every other one)
            waitFor(By.cssSelector("#chart-ranking[data-drawn]"));
            assertThat(number("return Chart.getChart(document.getElementById('chart-ranking')).scales.y.ticks.length"))
                    .isEqualTo(names.size());
        }
    }

    @Test
    void aTaskPageKeepsItsButtonsAndItsTwelveMonths() {
        Browser.signIn(driver, port, "samcheok.admin");
        for (int width : new int[] {1440, 1280}) {
            resize(width, 1000);
            open(pages().get("task"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> buttons = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll("
                    + "'#main .button')).filter(function (b) { return b.offsetParent; }).map(function (b) { return {text:"
                    + " b.textContent.trim(), rects: b.getClientRects().length, height: b.getBoundingClientRect().height,"
                    + " line: parseFloat(getComputedStyle(b).lineHeight)}; })");
            assertThat(buttons).extracting(b -> b.get("text")).contains("수정");
            for (Map<String, Object> b : buttons) {
                assertThat(((Number) b.get("height")).doubleValue()).as("button %s at %d px", b.get("text"), width)
                        .isLessThan(1.5 * ((Number) b.get("line")).doubleValue() + 16);
            }
            assertThat(number("var w = document.getElementById('milestone-table').parentNode.getBoundingClientRect();"
                    + " var m = document.querySelector('#milestone-table thead th:last-child').getBoundingClientRect();"
                    + " return w.right - m.right")).as("12월 is inside the frame at %d px", width).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void onAPhoneTablesAreStackedAndTheTimelineScrollsWithAHint() {
        Browser.signIn(driver, port, "samcheok.admin");
        resize(390, 900);
        for (String page : List.of("tasks", "report", "ranking")) {
            open(pages().get(page));
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = (Map<String, Object>) js("var t = document.querySelector('#main table.stack');"
                    + " if (!t) { return null; } var c = t.querySelector('tbody td[data-label]'); var n = c.nextElementSibling;"
                    + " return {display: getComputedStyle(c).display, label: c.getAttribute('data-label'),"
                    + " before: getComputedStyle(c, '::before').content, width: c.getBoundingClientRect().width,"
                    + " below: n ? n.getBoundingClientRect().top - c.getBoundingClientRect().bottom : 0}");
            assertThat(cell).as("a stacked table on the %s page", page).isNotNull();
            assertThat(cell.get("display")).as(page).isNotEqualTo("table-cell");
            assertThat((String) cell.get("before")).as(page).isEqualTo("\"" + cell.get("label") + "\"");
            assertThat(((Number) cell.get("width")).doubleValue()).as(page).isGreaterThan(300);
            assertThat(((Number) cell.get("below")).doubleValue()).as("the next cell is below, not beside").isGreaterThanOrEqualTo(-1);
            // no stacked text squeezed below four characters a line
            assertThat(number("var narrow = 0; document.querySelectorAll('#main table.stack tbody td, #main table.stack tbody th').forEach("
                    + "function (c) { if (c.offsetParent && c.textContent.trim().length > 5 && c.clientWidth < 4.2 *"
                    + " parseFloat(getComputedStyle(c).fontSize)) { narrow++; } }); return narrow")).as(page).isZero();
        }
        open(pages().get("task"));
        assertThat(js("return getComputedStyle(document.querySelector('#milestone-table tbody td')).position")).isEqualTo("sticky");
        assertThat(number("var w = document.getElementById('milestone-table').parentNode; return w.scrollWidth - w.clientWidth"))
                .as("the timeline scrolls inside its frame").isPositive();
        assertThat(driver.findElement(By.cssSelector(".scroll-hint")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".scroll-hint")).getText()).isEqualTo("← 옆으로 밀어 보세요 →");
        assertThat(js("return document.getElementById('milestone-table').parentNode.getAttribute('tabindex')")).isEqualTo("0");
        Browser.screenshot(driver, "layout-390-task-timeline");
    }

    @Test
    void chartsCountInWholeNumbersAndShowTheOverdueNumber() {
        Browser.signIn(driver, port, "samcheok.admin");
        open(pages().get("overview"));
        waitFor(By.cssSelector("#chart-areas[data-drawn]"));
        for (String id : List.of("chart-areas", "chart-months", "chart-kpis")) {
            assertThat(number("var c = Chart.getChart(document.getElementById(arguments[0])).options;"
                    + " var value = c.indexAxis === 'y' ? c.scales.x : c.scales.y; return value.ticks.precision", id))
                    .as(id).isZero();
        }
        // the same 기한 경과 number as the headline, as the chart's 기한 경과 part (each milestone counted once)
        double headline = Double.parseDouble(driver.findElement(By.cssSelector("#headline .stat:last-child .value")).getText());
        assertThat(headline).isPositive();
        assertThat(number("var d = Chart.getChart(document.getElementById('chart-areas')).data.datasets;"
                + " var o = d.filter(function (s) { return s.label === '기한 경과'; })[0];"
                + " return o.data.reduce(function (a, b) { return a + b; }, 0)")).isEqualTo(headline);
        // every area is labelled, long names on several lines, none cut
        assertThat(number("var c = Chart.getChart(document.getElementById('chart-areas'));"
                + " return c.scales.y.ticks.length - c.data.labels.length")).isZero();
        assertThat((Boolean) js("var c = Chart.getChart(document.getElementById('chart-areas')); var s = c.scales.y;"
                + " return s.left >= 0 && c.data.labels.some(Array.isArray)")).isTrue();

        open(pages().get("report"));
        waitFor(By.cssSelector("canvas[data-drawn]"));
        assertThat(number("return Array.from(document.querySelectorAll('canvas[data-chart]')).filter(function (c) {"
                + " var o = JSON.parse(c.getAttribute('data-chart')).options; var v = o.indexAxis === 'y' ? o.scales.x : o.scales.y;"
                + " return !(v.ticks && v.ticks.precision === 0); }).length")).as("report charts without integer ticks").isZero();
    }
}
