package kr.innotrack.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import kr.innotrack.checkround.EntryCommands;
import kr.innotrack.checkround.QuestionCommands;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyCommands;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.checkround.RoundState;
import kr.innotrack.checkround.Signal;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.PublicCrawler;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import kr.innotrack.shared.PageCache;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public progress portal against the seeded Samcheok 2021 plan, in its own database: a closed round with a
 * published result (a 부진 task whose remedy the department submitted and the office accepted with a comment), an open
 * round, a draft plan, scores in progress; every private text carries a marker that must show on no public page.
 * Publication rules, 404s, validators and 304, no session, statement counts, the rate limit. With the page cache on
 * (the pages' data and rendered bodies kept under the published data's fingerprint): every change below must show.
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "innotrack.scheduling.enabled=false", "innotrack.public.rate.reads-per-minute=300",
        "innotrack.public.rate.writes-per-minute=20", "innotrack.page-cache.enabled=true"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PublicPortalTests {

    /** Texts only staff may read: none may show on a public page. */
    static final List<String> PRIVATE = List.of("PRIVATE-DRAFT-PLAN-6W", "PRIVATE-REPORT-7Q", "PRIVATE-PROBLEM-1N",
            "PRIVATE-REVIEW-3X", "PRIVATE-QNA-5K", "PRIVATE-OFFICE-COMMENT-4R", "PRIVATE-OPEN-REVIEW-8T",
            "PRIVATE-OPEN-REPORT-2V", "PRIVATE-PANEL-1Z", "PRIVATE-CANDIDATE-0P", "PRIVATE-DRAFT-TASK-9J",
            "PRIVATE-PENDING-PROPOSAL-6P", "PRIVATE-HIDDEN-PROPOSAL-9H", "PRIVATE-HIDDEN-REASON-2C",
            "PRIVATE-ANSWER@EXAMPLE.KR", "PRIVATE-DRAFT-VOTE-1D");
    /** Texts the publication makes public. */
    static final List<String> PUBLIC = List.of("PUBLIC-CAUSE-9M", "PUBLIC-MEASURES-2B", "삼척시 혁신 실행계획",
            "장재희 주무관", "033-570-3211", "PUBLIC-ROUND-Q1");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RoundCommands rounds;
    @Autowired
    EntryCommands entries;
    @Autowired
    RemedyCommands remedies;
    @Autowired
    QuestionCommands questions;
    @Autowired
    PublicationCommands publication;
    @Autowired
    TaskDefinitionEditing taskEditing;
    @Autowired
    PageCache cache;

    CurrentUser admin;
    CurrentUser gijo;
    CurrentUser minwon;
    long planId;
    long publishedRound;
    long openRound;
    long draftPlan;
    long draftTask;
    long incheonPlan;
    long task11; // 1-1, the 정책실명제 facts are checked on its page
    int address = 1;

    /** A fresh client address per group of requests: the per-address limit is a test of its own. */
    String client() {
        return "192.0.2." + (address++ % 250 + 1);
    }

    @BeforeAll
    void publishedAndPrivateData() {
        admin = Accounts.user(jdbc, "samcheok.admin");
        gijo = Accounts.user(jdbc, "samcheok.gijo");
        minwon = Accounts.user(jdbc, "samcheok.minwon");
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        incheonPlan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '인천광역시' order by p.plan_year limit 1", Long.class);
        task11 = taskId("1-1");
        long a = taskId("가-1-1");
        long b = taskId("나-1-3");
        publishedRound = closedRound(a, b);
        openRound = openRound(a, b);
        tx.executeWithoutResult(s -> {
            publication.publishPlan(planId, admin);
            publication.publishRound(publishedRound, admin);
        });
        // a draft plan with a task, and scores in progress (straight into the tables: only their text matters here)
        long org = admin.organizationId();
        jdbc.update("insert into plan (organization_id, plan_year, title, state) values (?, 2031, 'PRIVATE-DRAFT-PLAN-6W',"
                + " 'DRAFT')", org);
        draftPlan = jdbc.queryForObject("select id from plan where title = 'PRIVATE-DRAFT-PLAN-6W'", Long.class);
        jdbc.update("insert into strategy_node (plan_id, code, name, level_name) values (?, '가', '초안 분야', '분야')",
                draftPlan);
        long node = jdbc.queryForObject("select id from strategy_node where plan_id = ?", Long.class, draftPlan);
        jdbc.update("insert into task (plan_id, strategy_node_id, code, title) values (?, ?, '가-1', 'PRIVATE-DRAFT-TASK-9J')",
                draftPlan, node);
        draftTask = jdbc.queryForObject("select id from task where plan_id = ?", Long.class, draftPlan);
        jdbc.update("insert into panel_score (plan_id, task_id, panel_member, score, entered_by, entered_at)"
                + " values (?, ?, 'PRIVATE-PANEL-1Z', 87.5, 'admin', ?)", planId, a, LocalDateTime.now());
        jdbc.update("insert into contest_candidate (plan_id, task_id, summary, added_at) values (?, ?,"
                + " 'PRIVATE-CANDIDATE-0P', ?)", planId, b, LocalDateTime.now());
        // the other parts' private records: a proposal awaiting review, a hidden one with its reason and the
        // proposer's address, a draft vote (the crawl follows the layout's links into their pages)
        jdbc.update("insert into proposal (organization_id, title, body, answer_email, publication, triage, submitted_at)"
                + " values (?, 'PRIVATE-PENDING-PROPOSAL-6P', '내용', 'PRIVATE-ANSWER@EXAMPLE.KR', 'PENDING', 'RECEIVED', ?)",
                org, LocalDateTime.now());
        jdbc.update("insert into proposal (organization_id, title, body, answer_email, publication, hidden_reason, triage,"
                + " submitted_at) values (?, 'PRIVATE-HIDDEN-PROPOSAL-9H', '내용', 'PRIVATE-ANSWER@EXAMPLE.KR', 'HIDDEN',"
                + " 'PRIVATE-HIDDEN-REASON-2C', 'RECEIVED', ?)", org, LocalDateTime.now());
        jdbc.update("insert into proposal (organization_id, title, body, answer_email, publication, triage, submitted_at,"
                + " published_at) values (?, 'PUBLIC-PROPOSAL-4S', '내용', 'PRIVATE-ANSWER@EXAMPLE.KR', 'PUBLISHED',"
                + " 'RECEIVED', ?, ?)", org, LocalDateTime.now(), LocalDateTime.now());
        jdbc.update("insert into public_vote (organization_id, title, explanation, pick_count, opens_at, closes_at, state,"
                + " created_at) values (?, 'PRIVATE-DRAFT-VOTE-1D', '설명', 1, ?, ?, 'DRAFT', ?)", org,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), LocalDateTime.now());
    }

    long taskId(String code) {
        return jdbc.queryForObject("select id from task where code = ? and plan_id = ?", Long.class, code, planId);
    }

    long entry(long round, long task) {
        return jdbc.queryForObject("select id from round_entry where round_id = ? and task_id = ?", Long.class, round, task);
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    void move(long round, RoundState... targets) {
        for (RoundState target : targets) {
            tx.executeWithoutResult(s -> rounds.moveTo(round, target, version("check_round", round), true, admin));
        }
    }

    void report(long round, long task, CurrentUser officer, String text) {
        long e = entry(round, task);
        tx.executeWithoutResult(s -> entries.save(round, e, new EntryCommands.Report(40, Signal.AMBER, text,
                "PRIVATE-PROBLEM-1N", "다음 계획", version("round_entry", e)), true, officer));
    }

    /** Q1: both tasks reported, 가-1-1 rated 부진 with a remedy submitted and accepted, a question, then closed. */
    long closedRound(long a, long b) {
        long round = tx.execute(s -> rounds.create(planId, new RoundCommands.Setup(2021, 1, false, "PUBLIC-ROUND-Q1",
                LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 12), RoundScope.SELECTED, Set.of(a, b), null),
                admin).getId());
        move(round, RoundState.SUBMISSION);
        report(round, a, gijo, "PRIVATE-REPORT-7Q");
        report(round, b, minwon, "PRIVATE-REPORT-7Q");
        tx.executeWithoutResult(s -> questions.post(round, entry(round, a),
                new QuestionCommands.Post("PRIVATE-QNA-5K", null), admin));
        move(round, RoundState.REVIEW);
        long ea = entry(round, a);
        long eb = entry(round, b);
        tx.executeWithoutResult(s -> entries.review(round, ea, new EntryCommands.Review(Rating.POOR, "PRIVATE-REVIEW-3X",
                version("round_entry", ea)), admin));
        tx.executeWithoutResult(s -> entries.review(round, eb, new EntryCommands.Review(Rating.NORMAL,
                "PRIVATE-REVIEW-3X", version("round_entry", eb)), admin));
        move(round, RoundState.FEEDBACK);
        long remedy = jdbc.queryForObject("select id from remedy where entry_id = ?", Long.class, ea);
        long milestone = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, a);
        tx.executeWithoutResult(s -> remedies.save(remedy, new RemedyCommands.Proposal("PUBLIC-CAUSE-9M",
                "PUBLIC-MEASURES-2B", LocalDate.of(2021, 9, 30), List.of(new RemedyCommands.Revision(milestone,
                YearMonth.of(2021, 8), YearMonth.of(2021, 9))), version("remedy", remedy)), true, gijo));
        tx.executeWithoutResult(s -> remedies.decide(remedy, new RemedyCommands.Decision(true,
                "PRIVATE-OFFICE-COMMENT-4R", version("remedy", remedy)), admin));
        move(round, RoundState.CLOSED);
        return round;
    }

    long openRound(long a, long b) {
        long round = tx.execute(s -> rounds.create(planId, new RoundCommands.Setup(2021, 2, false, "PRIVATE-ROUND-Q2",
                LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 12), RoundScope.SELECTED, Set.of(a, b), null),
                admin).getId());
        move(round, RoundState.SUBMISSION);
        report(round, a, gijo, "PRIVATE-OPEN-REPORT-2V");
        move(round, RoundState.REVIEW);
        long ea = entry(round, a);
        tx.executeWithoutResult(s -> entries.review(round, ea, new EntryCommands.Review(Rating.NORMAL,
                "PRIVATE-OPEN-REVIEW-8T", version("round_entry", ea)), admin));
        return round;
    }

    MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        String from = client();
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(from);
            return r;
        })).andReturn().getResponse();
    }

    String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- what shows and what never does

    @Test
    @Order(1)
    void nothingPrivateShowsOnAnyPublicPageWhilePublishedTextDoes() throws Exception {
        cache.clear();
        PublicCrawler.Crawl crawl = PublicCrawler.crawl(mvc, client(), 400);
        assertThat(cache.bodies()).as("the portal's rendered bodies are kept").isPositive();
        assertThat(crawl.paths()).contains("/public", "/public/samcheok", "/public/samcheok/plans/" + planId,
                "/public/samcheok/results/" + publishedRound, "/public/samcheok/tasks/" + task11);
        // the layout links to the other parts' addresses: only this module's pages must answer here
        assertThat(crawl.paths()).contains("/public/samcheok/proposals", "/public/samcheok/votes",
                "/public/samcheok/competitions");
        assertThat(crawl.pages().stream().filter(p -> p.status() != 200).map(PublicCrawler.Page::path)).isEmpty();
        assertThat(crawl.pagesContaining("PUBLIC-PROPOSAL-4S")).isNotEmpty();
        for (String marker : PRIVATE) {
            assertThat(crawl.pagesContaining(marker)).as(marker).isEmpty();
        }
        for (String marker : PUBLIC) {
            assertThat(crawl.pagesContaining(marker)).as(marker).isNotEmpty();
        }
        assertThat(crawl.pagesContaining("PRIVATE-ROUND-Q2")).isEmpty();
    }

    @Test
    @Order(2)
    void theResultShowsCountsRatingsAndTheAcceptedRemedyButNoComment() throws Exception {
        String html = body(anonymous(get("/public/samcheok/results/" + publishedRound)));
        assertThat(html).contains("result-counts", "부진", "PUBLIC-CAUSE-9M", "PUBLIC-MEASURES-2B", "수용",
                "2021-08 ~ 2021-09").doesNotContain("PRIVATE-OFFICE-COMMENT-4R", "PRIVATE-REVIEW-3X");
        String task = body(anonymous(get("/public/samcheok/tasks/" + task11)));
        assertThat(task).contains("장재희 주무관", "033-570-3211", "정책실명제");
    }

    @Test
    @Order(3)
    void unpublishedUnknownForeignAndDisabledAre404() throws Exception {
        for (String path : List.of("/public/nosuch", "/public/samcheok/plans/" + draftPlan,
                "/public/samcheok/tasks/" + draftTask, "/public/samcheok/results/" + openRound,
                "/public/incheon/plans/" + planId, "/public/incheon/results/" + publishedRound,
                "/public/incheon/plans/" + incheonPlan, "/public/samcheok/plans/abc", "/public/samcheok/plans/999999",
                "/public/Samcheok", "/public/samcheok/tasks/" + jdbc.queryForObject(
                        "select min(id) from task where plan_id = ?", Long.class, incheonPlan))) {
            MockHttpServletResponse response = anonymous(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(body(response)).as(path).contains("찾을 수 없습니다").doesNotContain("PRIVATE");
            assertThat(response.getHeader("ETag")).as(path).isNull();
        }
        jdbc.update("update organization set enabled = false where slug = 'jecheon'");
        try {
            assertThat(anonymous(get("/public/jecheon")).getStatus()).isEqualTo(404);
            assertThat(body(anonymous(get("/public")))).doesNotContain("/public/jecheon");
        } finally {
            jdbc.update("update organization set enabled = true where slug = 'jecheon'");
        }
        assertThat(anonymous(get("/public/jecheon")).getStatus()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- caching, sessions, statements

    @Test
    @Order(4)
    void noSessionAndNoCookieOnAnyPublicPage() throws Exception {
        long sessionsBefore = jdbc.queryForObject("select count(*) from spring_session", Long.class);
        cache.clear();
        PublicCrawler.Crawl crawl = PublicCrawler.crawl(mvc, client(), 400);
        assertThat(cache.bodies()).as("the portal's rendered bodies are kept").isPositive();
        // sessions live in the database (Spring Session JDBC): the crawl added no row (expired ones may have gone)
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isLessThanOrEqualTo(sessionsBefore);
        for (PublicCrawler.Page page : crawl.pages()) {
            assertThat(page.sessionCreated()).as(page.path()).isFalse();
            if (page.path().matches(".*/(proposals|votes|competitions).*")) {
                continue; // the other parts' pages: forms carry the CSRF cookie and are not cached (their own suites)
            }
            assertThat(page.response().getHeaders("Set-Cookie")).as(page.path()).isEmpty();
            assertThat(page.response().getCookies()).as(page.path()).isEmpty();
            if (page.status() == 200) {
                assertThat(page.response().getHeader("Cache-Control")).as(page.path())
                        .isEqualTo("public, max-age=0, must-revalidate");
                assertThat(page.response().getHeader("ETag")).as(page.path()).startsWith("W/\"");
            }
        }
    }

    @Test
    @Order(5)
    void aConditionalGetIs304UntilWhatThePageShowsChanges() throws Exception {
        String task = "/public/samcheok/tasks/" + task11;
        String etag = anonymous(get(task)).getHeader("ETag");
        MockHttpServletResponse again = anonymous(get(task).header("If-None-Match", etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentLength()).isZero();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        assertThat(anonymous(get(task).header("If-None-Match", "W/\"other\"")).getStatus()).isEqualTo(200);

        // a change in a draft plan is not shown: the validator stays
        jdbc.update("update task set title = 'PRIVATE-DRAFT-TASK-9J', version = version + 1 where id = ?", draftTask);
        assertThat(anonymous(get(task).header("If-None-Match", etag)).getStatus()).isEqualTo(304);

        // a schedule line added through the plan's own command: the page shows it, so the validator changes
        tx.executeWithoutResult(s -> taskEditing.addScheduleLine(planId, task11, new TaskDefinitionEditing.ScheduleLine(
                "PUBLIC-NEWLINE-4Y", null, "12월", null, null), admin));
        MockHttpServletResponse changed = anonymous(get(task).header("If-None-Match", etag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(body(changed)).contains("PUBLIC-NEWLINE-4Y");
        String etag2 = changed.getHeader("ETag");
        assertThat(etag2).isNotEqualTo(etag);

        // a department renamed (the lead department's name shows on the task page)
        jdbc.update("update department set name = name || '·', version = version + 1 where id = (select lead_department_id"
                + " from task where id = ?)", task11);
        String etag3 = anonymous(get(task)).getHeader("ETag");
        assertThat(etag3).isNotEqualTo(etag2);

        // withdrawing and publishing again changes every page's validator (the result page too)
        String result = "/public/samcheok/results/" + publishedRound;
        String before = anonymous(get(result)).getHeader("ETag");
        tx.executeWithoutResult(s -> publication.withdrawRound(publishedRound, admin));
        assertThat(anonymous(get(result).header("If-None-Match", before)).getStatus()).isEqualTo(404);
        tx.executeWithoutResult(s -> publication.publishRound(publishedRound, admin));
        MockHttpServletResponse back = anonymous(get(result).header("If-None-Match", before));
        assertThat(back.getStatus()).isEqualTo(200);
        assertThat(back.getHeader("ETag")).isNotEqualTo(before);
    }

    @Test
    @Order(6)
    void statementCountsAreFixedWhateverThePlanSize() throws Exception {
        tx.executeWithoutResult(s -> publication.publishPlan(incheonPlan, Accounts.user(jdbc, "incheon.admin")));
        try {
            QueryCounter counter = new QueryCounter(emf);
            long samcheokPlan = counter.count(() -> anonymous(get("/public/samcheok/plans/" + planId)));
            long incheon = counter.count(() -> anonymous(get("/public/incheon/plans/" + incheonPlan)));
            long samcheokTasks = jdbc.queryForObject("select count(*) from task where plan_id = ?", Long.class, planId);
            long incheonTasks = jdbc.queryForObject("select count(*) from task where plan_id = ?", Long.class, incheonPlan);
            assertThat(samcheokTasks).isNotEqualTo(incheonTasks);
            assertThat(samcheokPlan).isEqualTo(incheon).isLessThanOrEqualTo(6);
            assertThat(counter.count(() -> anonymous(get("/public/samcheok")))).isLessThanOrEqualTo(5);
            assertThat(counter.count(() -> anonymous(get("/public/samcheok/tasks/" + task11)))).isLessThanOrEqualTo(7);
            long a = counter.count(() -> anonymous(get("/public/samcheok/tasks/" + taskId("가-1-1"))));
            long b = counter.count(() -> anonymous(get("/public/samcheok/tasks/" + taskId("나-1-3"))));
            assertThat(a).isEqualTo(b);
            assertThat(counter.count(() -> anonymous(get("/public/samcheok/results/" + publishedRound))))
                    .isLessThanOrEqualTo(6);
            // a conditional GET that is still fresh costs the fingerprint alone
            String etag = anonymous(get("/public/samcheok/plans/" + planId)).getHeader("ETag");
            assertThat(counter.count(() -> anonymous(get("/public/samcheok/plans/" + planId)
                    .header("If-None-Match", etag)))).isEqualTo(1);
        } finally {
            tx.executeWithoutResult(s -> publication.withdrawPlan(incheonPlan, Accounts.user(jdbc, "incheon.admin")));
        }
    }

    // ---------------------------------------------------------------- the rate limit

    @Test
    @Order(7)
    void overTheLimitPerAddressIs429InKoreanWithRetryAfter() throws Exception {
        String reader = "198.51.100.7";
        // the bucket refills while the test runs (5 a second): the first refusal comes after at least 300 readings
        int served = 0;
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 2000 && refused == null; i++) {
            MockHttpServletResponse r = mvc.perform(get("/public").with(q -> {
                q.setRemoteAddr(reader);
                return q;
            })).andReturn().getResponse();
            if (r.getStatus() == 429) {
                refused = r;
            } else {
                assertThat(r.getStatus()).isEqualTo(200);
                served++;
            }
        }
        assertThat(served).isGreaterThanOrEqualTo(300);
        assertThat(refused).as("no 429 after 2000 readings").isNotNull();
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(body(refused)).contains("요청이 너무 많습니다", "lang=\"ko\"");
        // another address is not affected
        assertThat(anonymous(get("/public/samcheok")).getStatus()).isEqualTo(200);
        // writes: 20 a minute (whatever the answer: a POST here without a form is refused, but it is counted first)
        String writer = "198.51.100.8";
        int written = 0;
        boolean limited = false;
        for (int i = 0; i < 200 && !limited; i++) {
            int status = mvc.perform(post("/public/samcheok").with(csrf()).with(r -> {
                r.setRemoteAddr(writer);
                return r;
            })).andReturn().getResponse().getStatus();
            limited = status == 429;
            written += limited ? 0 : 1;
        }
        assertThat(written).isBetween(20, 60);
        assertThat(limited).isTrue();
        // the staff side has no such limit
        assertThat(mvc.perform(get("/publication").with(SignedIn.as(admin)).with(r -> {
            r.setRemoteAddr(reader);
            return r;
        })).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- publication (staff)

    @Test
    @Order(8)
    void onlyConfirmedPlansAndClosedRoundsArePublishedByTheirOwnPlanningAdmin() throws Exception {
        String page = body(mvc.perform(get("/publication").with(SignedIn.as(admin))).andReturn().getResponse());
        assertThat(page).contains("PUBLIC-ROUND-Q1", "/public/samcheok").doesNotContain("PRIVATE-ROUND-Q2");
        // a draft plan, an open round: 409 in words
        MockHttpServletResponse draft = mvc.perform(post("/publication/plans/" + draftPlan + "/publish").with(csrf())
                .with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(draft.getStatus()).isEqualTo(409);
        assertThat(body(draft)).contains("작성 중인 계획은 공개할 수 없습니다");
        MockHttpServletResponse open = mvc.perform(post("/publication/rounds/" + openRound + "/publish").with(csrf())
                .with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(open.getStatus()).isEqualTo(409);
        assertThat(body(open)).contains("종료된 점검의 결과만");
        // others: a viewer 403, another organization's admin 404
        CurrentUser viewer = Accounts.user(jdbc, "samcheok.viewer");
        assertThat(mvc.perform(get("/publication").with(SignedIn.as(viewer))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/publication/plans/" + planId + "/withdraw").param("confirm", "true").with(csrf())
                .with(SignedIn.as(viewer))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/publication/plans/" + planId + "/withdraw").param("confirm", "true").with(csrf())
                .with(SignedIn.as(Accounts.user(jdbc, "incheon.admin")))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // withdrawing the plan asks first, then takes its round's result along; the history says who
        String confirm = body(mvc.perform(get("/publication/plans/" + planId + "/withdraw").with(SignedIn.as(admin)))
                .andReturn().getResponse());
        assertThat(confirm).contains("PUBLIC-ROUND-Q1");
        assertThat(mvc.perform(post("/publication/plans/" + planId + "/withdraw").with(csrf()).with(SignedIn.as(admin)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/publication/plans/" + planId + "/withdraw");
        assertThat(anonymous(get("/public/samcheok/plans/" + planId)).getStatus()).isEqualTo(200);
        mvc.perform(post("/publication/plans/" + planId + "/withdraw").param("confirm", "true").with(csrf())
                .with(SignedIn.as(admin)));
        assertThat(anonymous(get("/public/samcheok/plans/" + planId)).getStatus()).isEqualTo(404);
        assertThat(anonymous(get("/public/samcheok/results/" + publishedRound)).getStatus()).isEqualTo(404);
        assertThat(anonymous(get("/public/samcheok/tasks/" + task11)).getStatus()).isEqualTo(404);
        // a round's result needs its plan published first
        MockHttpServletResponse planFirst = mvc.perform(post("/publication/rounds/" + publishedRound + "/publish")
                .with(csrf()).with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(planFirst.getStatus()).isEqualTo(409);
        assertThat(body(planFirst)).contains("먼저 그 계획을 공개");
        // publishing twice is harmless
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(post("/publication/plans/" + planId + "/publish").with(csrf()).with(SignedIn.as(admin)))
                    .andReturn().getResponse().getStatus()).isEqualTo(302);
            assertThat(mvc.perform(post("/publication/rounds/" + publishedRound + "/publish").with(csrf())
                    .with(SignedIn.as(admin))).andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(jdbc.queryForObject("select count(*) from publication where subject_id in (?, ?)", Long.class,
                planId, publishedRound)).isEqualTo(2);
        assertThat(anonymous(get("/public/samcheok/results/" + publishedRound)).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'PLAN' and entity_id = ?"
                + " and field = '공개 여부' and changed_by = 'samcheok.admin'", Long.class, planId)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'CHECK_ROUND'"
                + " and entity_id = ? and field = '공개 여부'", Long.class, publishedRound)).isGreaterThanOrEqualTo(3);
        // junk ids: 404, never 5xx
        assertThat(mvc.perform(post("/publication/plans/abc/publish").with(csrf()).with(SignedIn.as(admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/publication/rounds/99999999/publish").with(csrf()).with(SignedIn.as(admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
    // ---------------------------------------------------------------- the public address on registration

    @Test
    @Order(9)
    void theOperatorGivesANewOrganizationItsPublicAddress() throws Exception {
        CurrentUser operator = Accounts.user(jdbc, "operator");
        String[][] cases = {{"Bad Slug", "영문 소문자"}, {"samcheok", "이미 다른 기관이 쓰는 공개 주소"}};
        for (String[] c : cases) {
            MockHttpServletResponse refused = mvc.perform(register(operator, "포털시험시" + c[0].length(), c[0]))
                    .andReturn().getResponse();
            assertThat(refused.getStatus()).as(c[0]).isEqualTo(400);
            assertThat(body(refused)).as(c[0]).contains(c[1]);
        }
        assertThat(mvc.perform(register(operator, "포털시험시", "portal-test")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(body(anonymous(get("/public")))).contains("/public/portal-test");
        assertThat(anonymous(get("/public/portal-test")).getStatus()).isEqualTo(200);
        // no address: not public
        assertThat(mvc.perform(register(operator, "포털시험군", "")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select slug from organization where name = '포털시험군'", String.class)).isNull();
    }

    MockHttpServletRequestBuilder register(CurrentUser operator, String name, String slug) {
        return post("/operator/organizations").with(csrf()).with(SignedIn.as(operator)).param("name", name)
                .param("fullName", "강원도 " + name).param("kind", "BASIC").param("region", "강원도").param("slug", slug)
                .param("adminUsername", "admin" + Math.abs(name.hashCode() % 100000) + slug.length())
                .param("adminDisplayName", "관리자").param("password", "Portal-Test-2026!x")
                .param("passwordConfirm", "Portal-Test-2026!x");
    }
}
