package kr.innotrack.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import kr.innotrack.bench.NationalData;
import kr.innotrack.checkround.EntryCommands;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyCommands;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.checkround.RoundState;
import kr.innotrack.checkround.Signal;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.plan.TaskCommands;
import kr.innotrack.scoring.ScoringCommands;
import kr.innotrack.scoring.ScoringSettings;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DataVersions;
import kr.innotrack.shared.PageCache;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SessionCookie;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The freshness proof of the key pages' caches and ETags (issue 19, docs/performance.md), with the page cache on. On
 * an organization of its own (the national-data generator, a number no other suite uses), every kind of write is made
 * through the real commands or forms; before each, every key page is rendered (so the caches hold the old state),
 * after each every page is rendered again (from the cache where its key still matches) and compared with the same
 * page computed afresh (cache cleared): equal, and every page's ETag has changed. Then: a write made behind the
 * application's back is not seen until a version is raised in the database, as another instance's write would, and
 * a matching If-None-Match is a 304 after one statement.
 */
@IntegrationTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = "innotrack.page-cache.enabled=true")
abstract class FreshnessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PageCache cache;

    @Autowired
    DataVersions versions;

    @Autowired
    TestClock clock;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    TaskCommands tasks;

    @Autowired
    RoundCommands rounds;

    @Autowired
    EntryCommands entries;

    @Autowired
    RemedyCommands remedies;

    @Autowired
    ScoringCommands scoring;

    long organizationId;
    long planId;
    long taskId;
    long departmentId;
    long closedRoundId;
    CurrentUser admin;
    CurrentUser officer;
    SessionCookie adminSession = new SessionCookie();
    SessionCookie officerSession = new SessionCookie();

    @BeforeEach
    void organization() {
        clock.set(LocalDate.of(2021, 10, 5));
        int number = ThreadLocalRandom.current().nextInt(20_000, 2_000_000);
        tx.executeWithoutResult(s -> new NationalData(jdbc, number, "{noop}x").organizations(1, number));
        admin = Accounts.user(jdbc, "n" + number + ".admin");
        organizationId = admin.organizationId();
        planId = jdbc.queryForObject("select id from plan where organization_id = ?", Long.class, organizationId);
        taskId = jdbc.queryForObject("select min(id) from task where plan_id = ? and lead_department_id is not null",
                Long.class, planId);
        departmentId = jdbc.queryForObject("select lead_department_id from task where id = ?", Long.class, taskId);
        officer = Accounts.user(jdbc, jdbc.queryForObject("select min(username) from account where department_id = ?"
                + " and role = 'DEPARTMENT_OFFICER'", String.class, departmentId));
        closedRoundId = jdbc.queryForObject("select max(id) from check_round where plan_id = ?", Long.class, planId);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", "/plans/" + planId);
        pages.put("task list", "/plans/" + planId + "/tasks?dept=" + departmentId + "&status=OVERDUE&sort=code");
        pages.put("task page", "/plans/" + planId + "/tasks/" + taskId);
        pages.put("ranking", "/plans/" + planId + "/ranking");
        pages.put("round report", "/rounds/" + closedRoundId + "/report");
        pages.put("deck", "/present/rounds/" + closedRoundId + "?slide=2");
        pages.put("plan deck", "/present/plans/" + planId);
        pages.put("my tasks", "/my/tasks");
        return pages;
    }

    record Page(String html, String etag) {
    }

    Page render(String name, String path) throws Exception {
        boolean mine = name.equals("my tasks");
        SessionCookie cookie = mine ? officerSession : adminSession;
        MockHttpServletResponse r = mvc.perform(get(path).accept(MediaType.TEXT_HTML)
                        .with(cookie).with(SignedIn.as(mine ? officer : admin)))
                .andDo(cookie).andReturn().getResponse();
        assertThat(r.getStatus()).as(name).isEqualTo(200);
        // the forms' CSRF tokens are masked afresh on every request: everything else must be equal
        String html = r.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\"");
        return new Page(html, r.getHeader(HttpHeaders.ETAG));
    }

    Map<String, Page> renderAll() throws Exception {
        Map<String, Page> all = new LinkedHashMap<>();
        for (var p : pages().entrySet()) {
            all.put(p.getKey(), render(p.getKey(), p.getValue()));
        }
        return all;
    }

    /** Renders every page (the caches fill), writes, then checks each page against a fresh computation. */
    void afterWrite(String what, Runnable write) throws Exception {
        Map<String, Page> before = renderAll();
        long version = versions.plan(planId);
        long orgVersion = versions.organization(organizationId);
        write.run();
        assertThat(versions.plan(planId)).as(what + ": the plan's data version").isGreaterThan(version);
        assertThat(versions.organization(organizationId)).as(what + ": the organization's").isGreaterThan(orgVersion);
        Map<String, Page> served = renderAll();
        cache.clear();
        Map<String, Page> fresh = renderAll();
        for (String page : pages().keySet()) {
            assertThat(served.get(page).html()).as(what + ": " + page + " as served = computed afresh")
                    .isEqualTo(fresh.get(page).html());
            assertThat(served.get(page).etag()).as(what + ": " + page + " ETag").isNotNull()
                    .isNotEqualTo(before.get(page).etag());
        }
    }

    @Test
    void everyKindOfWriteShowsOnEveryKeyPageAtOnce() throws Exception {
        afterWrite("milestone", () -> {
            Map<String, Object> m = jdbc.queryForMap("select id, version, planned_start, planned_end from milestone"
                    + " where task_id = ? and planned_start is not null and planned_end is not null order by sort_order limit 1",
                    taskId);
            tasks.reportMilestones(planId, taskId, List.of(new TaskCommands.MilestoneReport(
                    ((Number) m.get("id")).longValue(), ((Number) m.get("version")).longValue(), MilestoneStatus.DELAYED,
                    null, YearMonth.from(((java.sql.Date) m.get("planned_start")).toLocalDate()),
                    YearMonth.from(((java.sql.Date) m.get("planned_end")).toLocalDate()), "지연 사유")), officer);
        });
        afterWrite("KPI value", () -> {
            Map<String, Object> k = jdbc.queryForMap("select a.kpi_id, a.version from kpi_actual a join kpi k on k.id = a.kpi_id"
                    + " where k.task_id = ? and a.actual_year = 2021 and a.quarter = 2 order by a.kpi_id limit 1", taskId);
            tasks.saveKpiValue(planId, taskId, ((Number) k.get("kpi_id")).longValue(), new TaskCommands.KpiValue(2021, 2,
                    new BigDecimal("1234"), "정정", ((Number) k.get("version")).longValue()), officer);
        });
        afterWrite("task edit", () -> tasks.updateOfficerFields(planId, taskId, new TaskCommands.OfficerFields(
                "새 담당자 주무관", "033-000-0000", false,
                jdbc.queryForObject("select version from task where id = ?", Long.class, taskId)), officer));

        long[] round = new long[1];
        afterWrite("round opened", () -> {
            round[0] = rounds.create(planId, new RoundCommands.Setup(2021, 3, false, "3분기 신선도 점검",
                    LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 15), RoundScope.ALL, Set.of(), null), admin).getId();
            rounds.moveTo(round[0], RoundState.SUBMISSION, roundVersion(round[0]), true, admin);
        });
        long entryId = jdbc.queryForObject("select id from round_entry where round_id = ? and task_id = ?", Long.class,
                round[0], taskId);
        afterWrite("round entry", () -> entries.save(round[0], entryId, new EntryCommands.Report(70, Signal.AMBER,
                "성과 요약", "지연 원인", "다음 계획", entryVersion(entryId)), true, officer));
        afterWrite("review", () -> {
            rounds.moveTo(round[0], RoundState.REVIEW, roundVersion(round[0]), true, admin);
            entries.review(round[0], entryId, new EntryCommands.Review(Rating.POOR, "부진 사유 보완", entryVersion(entryId)),
                    admin);
            rounds.moveTo(round[0], RoundState.FEEDBACK, roundVersion(round[0]), true, admin);
        });
        long remedyId = jdbc.queryForObject("select id from remedy where entry_id = ?", Long.class, entryId);
        afterWrite("remedy", () -> remedies.save(remedyId, new RemedyCommands.Proposal("원인 분석", "개선 대책",
                LocalDate.of(2021, 12, 20), List.of(), remedyVersion(remedyId)), true, officer));
        afterWrite("remedy decision", () -> remedies.decide(remedyId, new RemedyCommands.Decision(true, "수용",
                remedyVersion(remedyId)), admin));
        afterWrite("scoring model version", () -> scoring.saveModel(planId, new ScoringSettings(35, 15, 15, 10, 5, 20, 0,
                30, 100, 30, 70, 3, null, 50, true, BigDecimal.ZERO, true), 0, admin));
        afterWrite("panel score", () -> scoring.savePanelScores(planId, "심사위원 1", Map.of(taskId,
                new ScoringCommands.Score(new BigDecimal("88.5"), null)), admin));
        afterWrite("vote", () -> {
            scoring.saveShortlist(planId, Set.of(taskId), jdbc.queryForObject("select coalesce(max(version), -1) from contest"
                    + " where plan_id = ?", Long.class, planId), admin);
            scoring.writeSummary(planId, taskId, "성과 요약: 민원 처리 기간 단축", jdbc.queryForObject("select version from"
                    + " contest_candidate where plan_id = ? and task_id = ?", Long.class, planId, taskId), admin);
            scoring.openVote(planId, true, admin);
            // an officer of a department neither leading nor collaborating on the task: nobody votes for their own
            scoring.vote(planId, taskId, Accounts.user(jdbc, jdbc.queryForObject("select min(a.username) from account a"
                    + " join department d on d.id = a.department_id where d.organization_id = ? and a.department_id <> ?"
                    + " and a.department_id not in (select c.department_id from task_collaborating_department c"
                    + " where c.task_id = ?) and a.role = 'DEPARTMENT_OFFICER'", String.class, organizationId, departmentId,
                    taskId)));
        });
        afterWrite("department change", () -> {
            try {
                Map<String, Object> d = jdbc.queryForMap("select version, sort_order from department where id = ?",
                        departmentId);
                int status = mvc.perform(post("/admin/departments/" + departmentId).with(csrf()).with(SignedIn.as(admin))
                                .param("version", String.valueOf(d.get("version"))).param("name", "혁신성장담당관실")
                                .param("sortOrder", String.valueOf(d.get("sort_order"))))
                        .andReturn().getResponse().getStatus();
                assertThat(status).isEqualTo(302);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String overview = render("task page", "/plans/" + planId + "/tasks/" + taskId).html();
        assertThat(overview).contains("혁신성장담당관실").contains("새 담당자 주무관");
    }

    long roundVersion(long roundId) {
        return jdbc.queryForObject("select version from check_round where id = ?", Long.class, roundId);
    }

    long entryVersion(long entryId) {
        return jdbc.queryForObject("select version from round_entry where id = ?", Long.class, entryId);
    }

    long remedyVersion(long remedyId) {
        return jdbc.queryForObject("select version from remedy where id = ?", Long.class, remedyId);
    }

    /**
     * Another instance's write: the page cache here still holds the old page, and only the version the other instance
     * raised in the database (same transaction as its data) makes this one compute again. Simulated by a write in SQL
     * that raises nothing (the cached page stays: the cache is really used), then the version raised in SQL.
     */
    @Test
    void aWriteOnAnotherInstanceIsSeenThroughTheVersionInTheDatabase() throws Exception {
        String path = "/plans/" + planId;
        render("overview", path); // the browser's first page starts its session (the ETag names the session)
        Page first = render("overview", path);
        jdbc.update("update plan set title = '다른 인스턴스가 바꾼 계획' where id = ?", planId);
        Page cached = render("overview", path);
        assertThat(cached.html()).as("served from the cache: the version did not move").isEqualTo(first.html())
                .doesNotContain("다른 인스턴스가 바꾼 계획");
        assertThat(cached.etag()).isEqualTo(first.etag());
        // the other instance's commit raised the version with its data
        if (jdbc.update("update plan_data_version set version = version + 1 where plan_id = ?", planId) == 0) {
            jdbc.update("insert into plan_data_version (plan_id, version, changed_at_ms) values (?, 1, 0)", planId);
        }
        Page after = render("overview", path);
        assertThat(after.html()).contains("다른 인스턴스가 바꾼 계획");
        assertThat(after.etag()).isNotEqualTo(first.etag());
    }

    /** The browser may keep the key pages for their 304s; signing out tells it to drop them (a shared office PC). */
    @Test
    void signingOutEmptiesTheBrowsersCacheOfThePages() throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(get("/plans/" + planId).accept(MediaType.TEXT_HTML).with(session).with(SignedIn.as(admin)))
                .andDo(session);
        // browsers honour Clear-Site-Data on HTTPS only, and Spring Security writes it only there (directly or
        // through the trusted proxy's X-Forwarded-Proto)
        MockHttpServletResponse out = mvc.perform(post("/logout").secure(true).with(session).with(csrf())
                .with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(out.getStatus()).isEqualTo(302);
        assertThat(out.getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
    }

    /** The overview's entries are keyed by the day it is computed for: odd dates asked for cannot flood the cache. */
    @Test
    void datesOutsideThePlanYearShareOneOverviewEntry() throws Exception {
        cache.clear();
        for (String date : List.of("1000-01-01", "1999-12-31", "2000-06-30", "9999-12-31", "3000-01-01")) {
            mvc.perform(get("/plans/" + planId + "?date=" + date).accept(MediaType.TEXT_HTML).with(adminSession)
                    .with(SignedIn.as(admin))).andDo(adminSession);
        }
        // the plan year's first day (moved there) and its last: two entries, not five
        assertThat(cache.size()).isEqualTo(2);
    }

    /** A matching If-None-Match: 304 after one statement; private, revalidated every time; another reader: 200. */
    @Test
    void aRepeatedViewCostsA304AfterOneStatement() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        for (var p : pages().entrySet()) {
            boolean mine = p.getKey().equals("my tasks");
            SessionCookie session = mine ? officerSession : adminSession;
            CurrentUser who = mine ? officer : admin;
            // the browser's session exists from its first page on (the page's forms carry the session's CSRF token)
            mvc.perform(get("/plans/" + planId).accept(MediaType.TEXT_HTML).with(session).with(SignedIn.as(who)))
                    .andDo(session);
            MockHttpServletResponse first = mvc.perform(get(p.getValue()).accept(MediaType.TEXT_HTML).with(session)
                    .with(SignedIn.as(who))).andDo(session).andReturn().getResponse();
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(p.getKey()).startsWith("W/\"");
            assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(p.getKey()).isEqualTo("private, no-cache");
            assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).as(p.getKey()).isNotNull();
            int[] status = new int[1];
            long statements = counter.count(() -> status[0] = mvc.perform(get(p.getValue()).accept(MediaType.TEXT_HTML)
                    .with(session).header(HttpHeaders.IF_NONE_MATCH, etag).with(SignedIn.as(who)))
                    .andReturn().getResponse().getStatus());
            assertThat(status[0]).as(p.getKey()).isEqualTo(304);
            assertThat(statements).as(p.getKey() + ": statements of the 304").isEqualTo(1);
            // another session (another person, or the same after signing in again) does not match
            SessionCookie another = new SessionCookie();
            mvc.perform(get("/plans/" + planId).accept(MediaType.TEXT_HTML).with(another).with(SignedIn.as(who)))
                    .andDo(another);
            assertThat(another.value()).as(p.getKey() + ": a second session").isNotNull().isNotEqualTo(session.value());
            int other = mvc.perform(get(p.getValue()).accept(MediaType.TEXT_HTML).with(another)
                    .header(HttpHeaders.IF_NONE_MATCH, etag).with(SignedIn.as(who))).andReturn().getResponse().getStatus();
            assertThat(other).as(p.getKey() + " in another session").isEqualTo(200);
        }
    }

    /**
     * A key page's {@code <main>} is rendered once per data version and kind of reader: the next reader of the same
     * kind gets it with the CSRF token of their own session (the placeholder filled in), a reader of another role
     * gets a body of their own (no planning-office controls).
     */
    @Test
    void aRenderedBodyServesEveryReaderOfItsKindWithTheirOwnSessionsToken() throws Exception {
        cache.clear();
        String path = "/plans/" + planId + "/ranking";
        String first = raw(path, adminSession, admin);
        assertThat(cache.bodies()).isEqualTo(1);
        SessionCookie another = new SessionCookie();
        String second = raw(path, another, admin);
        assertThat(cache.bodies()).as("the second reader's body came from the cache").isEqualTo(1);
        assertThat(second).doesNotContain("innotrack-csrf-").contains("id=\"publish-form\"");
        List<String> firstTokens = tokens(first);
        List<String> secondTokens = tokens(second);
        // the sign-out form (the frame) and the publication form (the cached body) carry the same session's token
        assertThat(secondTokens).hasSizeGreaterThanOrEqualTo(2);
        assertThat(secondTokens.stream().map(FreshnessTests::unmask).distinct()).hasSize(1);
        assertThat(firstTokens.stream().map(FreshnessTests::unmask).distinct()).hasSize(1)
                .doesNotContain(unmask(secondTokens.get(0)));

        String overview = "/plans/" + planId;
        assertThat(raw(overview, adminSession, admin)).contains("id=\"export-plan\"");
        assertThat(raw(overview, officerSession, officer)).as("an officer's overview is not the admin's")
                .doesNotContain("id=\"export-plan\"").contains("id=\"strategy-tree\"");
        assertThat(cache.bodies()).isEqualTo(3);
    }

    /** Every key page is the same whether its body comes from the cache or is rendered in the page as ever. */
    @Test
    void aCachedBodyMakesThePageAsRenderedInFull() throws Exception {
        cache.clear();
        for (var p : pages().entrySet()) {
            boolean mine = p.getKey().equals("my tasks");
            render(p.getKey(), p.getValue());
            int bodies = cache.bodies();
            String cached = render(p.getKey(), p.getValue()).html();
            assertThat(cache.bodies()).as(p.getKey() + ": served from the cache").isEqualTo(bodies);
            // any flash attribute (a message after a save) makes the page render in full, as ever
            MockHttpServletResponse full = mvc.perform(get(p.getValue()).accept(MediaType.TEXT_HTML)
                    .with(flash("unrelated", "x")).with(mine ? officerSession : adminSession)
                    .with(SignedIn.as(mine ? officer : admin))).andReturn().getResponse();
            assertThat(full.getHeader(HttpHeaders.CACHE_CONTROL)).as(p.getKey() + ": rendered in full, as after a save")
                    .isEqualTo("no-store");
            assertThat(cache.bodies()).as(p.getKey()).isEqualTo(bodies);
            assertThat(cached).as(p.getKey()).isEqualTo(full.getContentAsString()
                    .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                    .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\""));
        }
    }

    /**
     * A page follows its address only: a request header named like a filter field does not filter (Spring MVC would
     * bind it), so it cannot put a filtered page in the cache under the plain address; a long made-up query is
     * rendered but not kept.
     */
    @Test
    void headersNeverShapeAPageAndLongQueriesAreNotKept() throws Exception {
        cache.clear();
        String path = "/plans/" + planId + "/tasks";
        String plain = raw(path, adminSession, admin);
        cache.clear();
        MockHttpServletResponse withHeader = mvc.perform(get(path).accept(MediaType.TEXT_HTML).header("q", "zzzznotfound")
                .header("date", "2021-02-01").with(adminSession).with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(withHeader.getContentAsString()).doesNotContain("zzzznotfound");
        assertThat(tokens(raw(path, new SessionCookie(), admin)).size()).isPositive();
        assertThat(raw(path, new SessionCookie(), admin).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(plain.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        int bodies = cache.bodies();
        raw(path + "?x=" + "a".repeat(2000), adminSession, admin);
        assertThat(cache.bodies()).isEqualTo(bodies);
    }

    /**
     * The page after a save shows its message once: answered in full whatever the browser holds, with no validator and
     * {@code no-store}, so the browser neither shows the message again later nor answers a save that changed nothing
     * with its older copy.
     */
    @Test
    void aPageWithAOneTimeMessageIsNeitherValidatedNorKept() throws Exception {
        String path = "/plans/" + planId + "/tasks/" + taskId;
        raw(path, adminSession, admin);
        String etag = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(adminSession).with(SignedIn.as(admin)))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        MockHttpServletResponse saved = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(flash("saved", "저장했습니다."))
                .header(HttpHeaders.IF_NONE_MATCH, etag).with(adminSession).with(SignedIn.as(admin)))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("저장했습니다.");
        assertThat(saved.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(saved.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        // the next visit without the message: the validator again, and a 304 for the copy from before
        assertThat(mvc.perform(get(path).accept(MediaType.TEXT_HTML).header(HttpHeaders.IF_NONE_MATCH, etag)
                .with(adminSession).with(SignedIn.as(admin))).andReturn().getResponse().getStatus()).isEqualTo(304);
    }

    /**
     * A flash attribute as the page after a redirect gets it. (MockMvc's own {@code flashAttr} puts it into the mock
     * container's session, which Spring Session's request never reads.)
     */
    static org.springframework.test.web.servlet.request.RequestPostProcessor flash(String name, Object value) {
        return request -> {
            org.springframework.web.servlet.FlashMap flash = new org.springframework.web.servlet.FlashMap();
            flash.put(name, value);
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
            return request;
        };
    }

    String raw(String path, SessionCookie session, CurrentUser who) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(session)
                .with(SignedIn.as(who))).andDo(session).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    static List<String> tokens(String html) {
        return java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    /** The session's token behind a masked one (Spring Security's XorCsrfTokenRequestAttributeHandler). */
    static String unmask(String masked) {
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(masked);
        int half = bytes.length / 2;
        byte[] token = new byte[half];
        for (int i = 0; i < half; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[half + i]);
        }
        return new String(token, java.nio.charset.StandardCharsets.UTF_8);
    }
}
