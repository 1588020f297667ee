package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kr.innotrack.support.AxeWatch;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, 「accessible on every page」: a tour of the pages for every role of the three organizations. BrowserFlow runs
 * axe-core (WCAG 2.0/2.1 A and AA) on each page and fails the tour listing every violation. Pages a role may not see
 * are visited too: their 403 and 404 pages are pages as well.
 * <p>
 * Each role signs in once and visits each page template in the variant it sees (its own buttons, forms, empty states
 * and its organization's data), not every page for every role: the planning admin of Samcheok sees the most, the viewer
 * the read-only pages, the officer their task's forms, the grid and their entry, the operator the operator's pages, and
 * the admins of Incheon and Jung-gu the pages that show their organization's own data. Then, at 390 px (a phone), the
 * role's landing page (the header menu is per role) and each page template whose layout changes there (tables become
 * cards, fact lists one column, columns hidden), once in the tour: by the first role that has it.
 * The Q2 check round of Samcheok is opened first (by the admin, in the browser) so rounds, an entry, the report and
 * the round deck have something to show: a write, hence this flow's own database.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:a11yflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class AccessibilityFlowTest extends BrowserFlow {

    static final List<String> ROLES = List.of("operator", "samcheok.admin", "samcheok.viewer", "samcheok.gijo",
            "incheon.admin", "junggu.admin");
    static final int PHONE = 390;
    private static final Map<String, String> ORGANIZATION = Map.of("samcheok", "삼척시", "incheon", "인천광역시",
            "junggu", "서울특별시 중구");
    /** What a page's layout changes with below 720 px (layout.css, app.css): tables, fact lists, hidden columns. */
    private static final String CHANGES_WHEN_NARROW = "return document.querySelector('main table, main dl.facts,"
            + " main .hide-narrow') !== null;";

    /**
     * The milestone grid's status lists (bulk entry): the room left beside the longest option's text (its padding and
     * the arrow taken off), the smallest over the lists; 0 where the page has no grid.
     */
    private static final String STATUS_ROOM = "var room = 0; var g = document.createElement('canvas').getContext('2d');"
            + " document.querySelectorAll('table.grid-entry select').forEach(function (s) {"
            + " var css = getComputedStyle(s); g.font = css.font; var text = 0;"
            + " for (var i = 0; i < s.options.length; i++) { text = Math.max(text, g.measureText(s.options[i].text).width); }"
            + " var inner = s.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) - 16;"
            + " room = Math.min(room, inner - text); }); return room;";

    private static Long roundId;
    /** Page templates (addresses with their ids as {id}) already checked at 390 px in this tour. */
    private static final Set<String> CHECKED_NARROW = new HashSet<>();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Every role; {@code -Dinnotrack.a11y.tour=samcheok.admin,operator} narrows the tour while fixing a page. */
    static Stream<String> roles() {
        String only = System.getProperty("innotrack.a11y.tour", "");
        return ROLES.stream().filter(r -> only.isBlank() || List.of(only.split(",")).contains(r));
    }

    private Long one(String sql, Object... args) {
        List<Long> ids = jdbc.queryForList(sql, Long.class, args);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private long samcheokPlan() {
        return one("select p.id from plan p join organization o on o.id = p.organization_id where o.name = '삼척시'"
                + " order by p.id");
    }

    /** Opens Samcheok's Q2 round once (focus task 가-1-1), so the round pages have content. */
    private long round() {
        if (roundId == null) {
            clock.set(LocalDate.of(2021, 6, 25));
            Browser.signIn(driver, port, "samcheok.admin");
            driver.get(url("/plans/" + samcheokPlan() + "/focus-tasks"));
            waitFor(By.id("focus-form"));
            driver.findElement(By.id("focus-가-1-1")).click();
            driver.findElement(By.id("save-focus")).click();
            waitFor(By.id("rounds"));
            driver.findElement(By.linkText("2분기")).click();
            waitFor(By.id("round-form"));
            driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
            waitFor(By.id("round-state"));
            driver.findElement(By.id("advance")).click();
            waitFor(By.cssSelector(".notice[role=status]"));
            roundId = one("select max(id) from check_round");
            driver.manage().deleteAllCookies();
        }
        return roundId;
    }

    /**
     * The pages of the role, in the variant it sees, with the ids of its own organization (Samcheok's for the
     * operator). The first is where the role lands.
     */
    private List<String> pages(String username) {
        String key = username.contains(".") ? username.substring(0, username.indexOf('.')) : "samcheok";
        long organizationId = one("select id from organization where name = ?", ORGANIZATION.get(key));
        long plan = one("select id from plan where organization_id = ? order by id", organizationId);
        String p = "/plans/" + plan;
        Long task = one("select t.id from task t where t.plan_id = ? order by t.code, t.id", plan);
        Long department = one("select id from department where organization_id = ? order by id", organizationId);
        Long finding = one("select id from audit_finding where organization_id = ? order by id", organizationId);
        long r = round();
        Long entry = one("select e.id from round_entry e where e.round_id = ? order by e.id", r);
        List<String> pages = new ArrayList<>();
        switch (username) {
            case "samcheok.admin" -> pages.addAll(List.of("/", p, p + "/tasks", p + "/tasks/" + task, "/my/tasks",
                    p + "/rounds", "/rounds/" + r, "/rounds/" + r + "/entries/" + entry, "/rounds/" + r + "/report",
                    p + "/ranking", p + "/contest", p + "/awards", p + "/budget", "/audit-findings",
                    "/organizations/" + organizationId + "/departments", "/departments/" + department, "/admin/accounts",
                    "/notices", "/account", p + "/structure", p + "/lifecycle", p + "/changes", "/plans/new",
                    "/plans/import", "/operator/organizations", "/plans/999999", "/present/plans/" + plan,
                    "/present/rounds/" + r));
            case "samcheok.viewer" -> pages.addAll(List.of("/", p, p + "/tasks", p + "/tasks/" + task, "/my/tasks",
                    p + "/rounds", "/rounds/" + r, "/rounds/" + r + "/entries/" + entry, "/rounds/" + r + "/report",
                    p + "/ranking", p + "/contest", p + "/awards", p + "/budget", "/audit-findings",
                    "/organizations/" + organizationId + "/departments", "/departments/" + department, "/notices",
                    "/account", p + "/changes", "/admin/accounts"));
            case "samcheok.gijo" -> {
                long own = one("select t.id from task t join account a on a.department_id = t.lead_department_id"
                        + " where a.username = ? and t.plan_id = ? order by t.code, t.id", username, plan);
                Long milestone = one("select id from milestone where task_id = ? order by sort_order, id", own);
                Long kpi = one("select id from kpi where task_id = ? order by id", own);
                Long ownEntry = one("select e.id from round_entry e join account a on a.department_id = e.department_id"
                        + " where a.username = ? and e.round_id = ? order by e.id", username, r);
                pages.addAll(List.of("/", "/my/tasks", "/my/milestones", p + "/tasks/" + own,
                        p + "/tasks/" + own + "/milestones/grid", p + "/tasks/" + own + "/milestones/new", p,
                        p + "/tasks", p + "/rounds", "/rounds/" + r,
                        "/rounds/" + r + "/entries/" + (ownEntry == null ? entry : ownEntry), p + "/budget",
                        "/audit-findings", "/notices", "/account", "/admin/accounts"));
                if (milestone != null) {
                    pages.add(p + "/tasks/" + own + "/milestones/" + milestone + "/edit");
                }
                if (kpi != null) {
                    pages.add(p + "/tasks/" + own + "/kpis/" + kpi + "/actual");
                }
            }
            case "operator" -> pages.addAll(List.of("/", "/operator/organizations", "/operator/backup", "/account", "/notices",
                    "/admin/accounts", p, "/plans/new"));
            // another organization's admin: the pages that show that organization's own data (the rest is the
            // template Samcheok's admin saw), and the empty round list
            default -> pages.addAll(List.of("/", p, p + "/tasks", p + "/tasks/" + task, p + "/structure", p + "/budget",
                    p + "/ranking", p + "/rounds", "/audit-findings", "/organizations/" + organizationId + "/departments",
                    "/departments/" + department, "/present/plans/" + plan));
        }
        if (finding != null && !username.equals("operator")) {
            pages.add("/audit-findings/" + finding);
        }
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void everyPageVariantIsAccessibleAtDesktopAndPhoneWidth(String username) {
        List<String> pages = pages(username);
        Browser.signIn(driver, port, username);
        List<String> narrow = new ArrayList<>();
        for (String page : pages) {
            driver.get(url(page));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("ko");
            if (page.endsWith("/milestones/grid")) {
                assertThat(driver.findElements(By.cssSelector("table.grid-entry select"))).as(page).isNotEmpty();
            }
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript(STATUS_ROOM)).doubleValue())
                    .as("room left for the longest status in the grid's lists on %s", page).isNotNegative();
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(CHANGES_WHEN_NARROW))
                    && CHECKED_NARROW.add(page.replaceAll("/\\d+", "/{id}"))) {
                narrow.add(page);
            }
        }
        AxeWatch watch = AxeWatch.of(driver);
        assertThat(watch.seen()).as("pages checked at %d px", WIDTH).hasSizeGreaterThan(pages.size() / 2);

        watch.checkAgain();
        resize(PHONE, HEIGHT);
        driver.get(url(pages.get(0)));
        assertThat(driver.findElement(By.id("menu-toggle")).isDisplayed()).as("the phone's 「메뉴」 button").isTrue();
        for (String page : narrow) {
            driver.get(url(page));
        }
        watch.check();
        assertThat(watch.seen()).as("pages checked at %d px", PHONE).hasSizeGreaterThan(narrow.size() / 2);
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
    }

    /** The watch reports a violation when there is one: a page with an image without a text alternative. */
    @Test
    void theWatchReportsAViolation() {
        driver.get(url("/login"));
        ((JavascriptExecutor) driver).executeScript("var i = document.createElement('img'); i.src = '/favicon.ico';"
                + " document.querySelector('main').appendChild(i); delete window.__innotrackAxe;"
                + " history.replaceState(null, '', '/login?broken');");
        AxeWatch watch = AxeWatch.of(driver);
        watch.check();
        try {
            watch.assertNoViolations("self-test");
            throw new IllegalStateException("axe found nothing on a page with an image without alt");
        } catch (AssertionError expected) {
            assertThat(expected.getMessage()).contains("image-alt").contains("/login?broken");
        } finally {
            watch.reset();
        }
    }
}
