package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.innotrack.support.AxeWatch;
import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, 「accessible on every page」: a tour of the main pages for every role of the three organizations, at
 * 1280 px and at 390 px (a phone). BrowserFlow runs axe-core (WCAG 2.0/2.1 A and AA) on each page and fails the tour
 * listing every violation. Pages a role may not see are visited all the same: their 403 and 404 pages are pages too.
 * The Q2 check round of Samcheok is opened first (by the admin, in the browser) so rounds, an entry, the report and
 * the round deck have something to show.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:a11yflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClock.Config.class)
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class AccessibilityFlowTest extends BrowserFlow {

    static final List<String> ROLES = List.of("operator", "samcheok.admin", "samcheok.viewer", "samcheok.gijo",
            "incheon.admin", "junggu.admin");
    private static final Map<String, String> ORGANIZATION = Map.of("samcheok", "삼척시", "incheon", "인천광역시",
            "junggu", "서울특별시 중구");

    private static Long roundId;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Every role at both widths; {@code -Dinnotrack.a11y.tour=samcheok.admin@390,operator@1280} narrows the tour
     * while fixing a page (axe takes seconds a page on a busy machine).
     */
    static Stream<Arguments> rolesAndWidths() {
        String only = System.getProperty("innotrack.a11y.tour", "");
        return Stream.of(1280, 390).flatMap(w -> ROLES.stream().map(r -> Arguments.of(r, w)))
                .filter(a -> only.isBlank() || List.of(only.split(",")).contains(a.get()[0] + "@" + a.get()[1]));
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

    /** The main pages, with the ids of the role's own organization where it has one (Samcheok's for the operator). */
    private List<String> pages(String username) {
        String key = username.contains(".") ? username.substring(0, username.indexOf('.')) : "samcheok";
        String organization = ORGANIZATION.get(key);
        long organizationId = one("select id from organization where name = ?", organization);
        long plan = one("select id from plan where organization_id = ? order by id", organizationId);
        Long task = one("select t.id from task t where t.plan_id = ? order by t.code, t.id", plan);
        Long department = one("select id from department where organization_id = ? order by id", organizationId);
        Long finding = one("select id from audit_finding where organization_id = ? order by id", organizationId);
        long r = round();
        Long entry = one("select e.id from round_entry e where e.round_id = ? order by e.id", r);
        List<String> pages = new ArrayList<>(List.of("/", "/plans/" + plan, "/plans/" + plan + "/tasks",
                "/plans/" + plan + "/tasks/" + task, "/my/tasks", "/plans/" + plan + "/rounds", "/rounds/" + r,
                "/rounds/" + r + "/entries/" + entry, "/rounds/" + r + "/report", "/plans/" + plan + "/ranking",
                "/plans/" + plan + "/contest", "/plans/" + plan + "/awards", "/plans/" + plan + "/budget",
                "/audit-findings", "/organizations/" + organizationId + "/departments", "/departments/" + department,
                "/admin/accounts", "/notices", "/account", "/plans/" + plan + "/structure",
                "/plans/" + plan + "/lifecycle", "/plans/" + plan + "/changes", "/plans/new", "/plans/import",
                "/operator/organizations", "/plans/999999", "/present/plans/" + plan, "/present/rounds/" + r));
        if (finding != null) {
            pages.add("/audit-findings/" + finding);
        }
        return pages;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("rolesAndWidths")
    void everyMainPageIsAccessible(String username, int width) {
        List<String> pages = pages(username);
        Browser.signIn(driver, port, username);
        resize(width, HEIGHT);
        for (String page : pages) {
            driver.get(url(page));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("ko");
        }
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        assertThat(AxeWatch.of(driver).seen()).as("pages checked").hasSizeGreaterThan(pages.size() / 2);
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
