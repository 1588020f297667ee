package kr.innotrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.SessionCookie;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 12, defect by defect, through the real filter chain on H2 and PostgreSQL: sessions that end when rights change,
 * throttled sign-in and its log, API tokens instead of HTTP Basic, the password rule, races and stale score saves,
 * list indexes, date windows, CSV cells, typed values kept, username enumeration, control characters, error edges.
 * Each test makes its own accounts and uses its own client address, so the tests do not lean on each other.
 */
@SpringBootTest(properties = "innotrack.scheduling.enabled=false")
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
abstract class HardeningTests {

    static final String PASSWORD = "Harbor-Lantern-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    long samcheok;
    long incheonPlan;
    long jungguPlan;
    long taskId;
    long chongmu;
    CurrentUser admin;

    @BeforeEach
    void fixture() {
        samcheok = planOf("삼척시");
        incheonPlan = planOf("인천광역시");
        jungguPlan = planOf("서울특별시 중구");
        taskId = jdbc.queryForObject("select id from task where code = '다-1-1' and plan_id = ?", Long.class, samcheok);
        chongmu = jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                + " where o.name = '삼척시' and d.name = '총무과'", Long.class);
        admin = user("samcheok.admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long planOf(String organization) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ?", Long.class, organization);
    }

    CurrentUser user(String username) {
        return Accounts.user(jdbc, username);
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    /** A new Samcheok account with {@link #PASSWORD}; officers belong to 총무과 (the lead of 다-1-1). */
    String newAccount(String role) {
        String username = "hard." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        jdbc.update("insert into account (organization_id, department_id, username, display_name, password_hash, role,"
                        + " enabled, created_at) select o.id, ?, ?, '시험 계정', ?, ?, true, current_timestamp from organization o"
                        + " where o.name = '삼척시'", "DEPARTMENT_OFFICER".equals(role) ? chongmu : null, username,
                encoder.encode(PASSWORD), role);
        return username;
    }

    /** A client address of this test's own, so the per-address throttle of one test never touches another. */
    static String freshAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcResult signInAttempt(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address))).andReturn();
    }

    SessionCookie signIn(String username) throws Exception {
        MvcResult result = signInAttempt(username, PASSWORD, freshAddress());
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/start");
        return SessionCookie.from(result);
    }

    @Test
    void aPageRefusedByTheAddressRulesAnswersWithTheErrorPageNotTheApisJson() throws Exception {
        MvcResult refused = as(user("samcheok.viewer"), get("/admin/accounts").accept("text/html"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("\"status\"");
        assertThat(String.valueOf(refused.getResponse().getContentType())).doesNotContain("json");
    }

    MvcResult as(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.as(user)).with(csrf())).andReturn();
    }

    MvcResult in(SessionCookie session, MockHttpServletRequestBuilder request) throws Exception {
        return session.perform(mvc, request.with(csrf()));
    }

    String editPage() {
        return "/plans/" + samcheok + "/tasks/" + taskId + "/edit";
    }

    // ================================================================ 1. sessions end when rights change

    @Test
    void disablingDemotingMovingOrResettingAnAccountEndsItsSessionsAtTheirNextRequest() throws Exception {
        for (String change : new String[] {"disable", "demote", "move", "reset", "elsewhere"}) {
            String username = newAccount("DEPARTMENT_OFFICER");
            long id = accountId(username);
            SessionCookie session = signIn(username);
            assertThat(in(session, get(editPage())).getResponse().getStatus()).as(change).isEqualTo(200);
            MockHttpServletRequestBuilder save = post("/admin/accounts/" + id).param("version", "" + version("account", id))
                    .param("displayName", "시험 계정").param("_enabled", "on");
            switch (change) {
                case "disable" -> as(admin, save.param("role", "DEPARTMENT_OFFICER").param("departmentId", "" + chongmu));
                case "demote" -> as(admin, save.param("role", "VIEWER").param("enabled", "true"));
                case "move" -> as(admin, save.param("role", "DEPARTMENT_OFFICER").param("enabled", "true")
                        .param("departmentId", "" + jdbc.queryForObject("select d.id from department d join organization o"
                                + " on o.id = d.organization_id where o.name = '삼척시' and d.name = '민원과'", Long.class)));
                case "reset" -> as(admin, post("/admin/accounts/" + id + "/password").param("version", "" + version("account", id))
                        .param("password", "New-Harbor-43").param("passwordConfirm", "New-Harbor-43"));
                // another app instance sharing the database changed the account: only the stamp column tells
                default -> jdbc.update("update account set security_stamp = security_stamp + 1 where id = ?", id);
            }
            String before = jdbc.queryForObject("select officer from task where id = ?", String.class, taskId);
            MvcResult after = in(session, post(editPage()).param("version", "" + version("task", taskId))
                    .param("officer", "세션이 끝난 사람").param("phone", "033-570-3000"));
            assertThat(after.getResponse().getRedirectedUrl()).as(change).isEqualTo("/login?ended");
            assertThat(jdbc.queryForObject("select officer from task where id = ?", String.class, taskId)).isEqualTo(before);
            assertThat(in(session, get(editPage())).getResponse().getRedirectedUrl()).as(change).startsWith("/login");
            assertThat(jdbc.queryForObject("select count(*) from security_event where account_id = ? and type = 'SESSION_ENDED'",
                    Integer.class, id)).as(change).isEqualTo(1);
        }
        MvcResult page = mvc.perform(get("/login").param("ended", "")).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("다시 로그인하세요");
    }

    @Test
    void aPersonEndsTheirOtherSessionsAndAPasswordChangeDoesTooButTheCurrentOneGoesOn() throws Exception {
        String username = newAccount("VIEWER");
        SessionCookie here = signIn(username);
        SessionCookie there = signIn(username);
        assertThat(in(there, get("/api/plans")).getResponse().getStatus()).isEqualTo(200);
        assertThat(in(here, post("/account/sessions/end-others")).getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(in(here, get("/account")).getResponse().getStatus()).isEqualTo(200);
        MvcResult api = in(there, get("/api/plans"));
        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.getResponse().getContentType()).startsWith("application/json");

        SessionCookie third = signIn(username);
        MvcResult changed = in(here, post("/account/password").param("currentPassword", PASSWORD)
                .param("password", "Quiet-Meadow-57").param("passwordConfirm", "Quiet-Meadow-57"));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(in(here, get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(in(third, get("/account")).getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(signInAttempt(username, "Quiet-Meadow-57", freshAddress()).getResponse().getRedirectedUrl()).isEqualTo("/start");
    }

    // ================================================================ 2. throttling and the security log

    @Test
    void fiveFailuresLockTheUsernameTheSameWayWhetherOrNotItExists() throws Exception {
        String username = newAccount("VIEWER");
        String unknown = "nobody." + SEQUENCE.incrementAndGet();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signInAttempt(username, "Wrong-Guess-" + i, address).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(signInAttempt(unknown, "Wrong-Guess-" + i, address).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(signInAttempt(username, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(signInAttempt(unknown, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(signInAttempt(username, PASSWORD, freshAddress()).getResponse().getRedirectedUrl())
                .as("the lock is on the username, from any address").isEqualTo("/login?locked");
        assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString())
                .contains("15분 뒤 다시 시도");

        // The admin sees the failures and the lock, and lifts it.
        MvcResult list = as(admin, get("/admin/accounts"));
        assertThat(list.getResponse().getContentAsString()).contains("잠김");
        as(admin, post("/admin/accounts/" + accountId(username) + "/unlock"));
        assertThat(signInAttempt(username, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/start");
        String log = as(admin, get("/admin/security-events").param("username", username)).getResponse().getContentAsString();
        assertThat(log).contains("로그인 실패").contains("로그인 잠김").contains("잠금 해제").contains("잠금 중 로그인 시도")
                .contains(address);
        assertThat(as(user("incheon.admin"), get("/admin/security-events")).getResponse().getContentAsString())
                .doesNotContain(username);
        assertThat(as(user("samcheok.viewer"), get("/admin/security-events")).getResponse().getStatus()).isEqualTo(403);
        // An unknown username's typed text is never stored readably.
        assertThat(jdbc.queryForObject("select count(*) from security_event where username = ?", Integer.class, unknown))
                .isZero();
    }

    @Test
    void theLockEndsByItselfAfterTheWindow() throws Exception {
        String username = newAccount("VIEWER");
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            signInAttempt(username, "Wrong-Guess-" + i, address);
        }
        assertThat(signInAttempt(username, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        clock.set(LocalDateTime.now(clock).plusMinutes(16));
        assertThat(signInAttempt(username, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/start");
    }

    @Test
    void oneAddressWithManyFailuresIsThrottledWhateverTheUsernames() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 30; i++) {
            signInAttempt("spray." + i + "." + SEQUENCE.incrementAndGet(), "Wrong-Guess-1", address);
        }
        String username = newAccount("VIEWER");
        assertThat(signInAttempt(username, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(signInAttempt(username, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).isEqualTo("/start");
    }

    // ================================================================ 3. API tokens, no HTTP Basic

    @Test
    void personalApiTokensReadTheApiAndNothingElse() throws Exception {
        String username = newAccount("VIEWER");
        SessionCookie session = signIn(username);
        MvcResult made = in(session, post("/account/tokens").param("name", "성과 대시보드").param("days", "90"));
        String token = (String) made.getFlashMap().get("newToken");
        assertThat(token).startsWith("itk_").hasSizeGreaterThan(40);
        assertThat(bearer(token, get("/api/plans"))).isEqualTo(200);
        assertThat(bearer(token, get("/api/plans/" + samcheok))).isEqualTo(200);
        assertThat(bearer(token, get("/api/plans/" + incheonPlan))).as("another organization").isEqualTo(404);
        assertThat(bearer(token, post("/api/plans").with(csrf()))).as("read-only").isEqualTo(403);
        assertThat(mvc.perform(get("/plans/" + samcheok).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getRedirectedUrl()).as("pages are form sign-in only").endsWith("/login");
        assertThat(mvc.perform(get("/api/plans").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD))).andReturn().getResponse().getStatus())
                .as("no HTTP Basic").isEqualTo(401);

        // Stored as a SHA-256 only; last use recorded; listed without its value.
        var row = jdbc.queryForMap("select id, token_hash, token_prefix, last_used_at from api_token where account_id = ?",
                accountId(username));
        assertThat(row.get("token_hash")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8))));
        assertThat(row.get("last_used_at")).isNotNull();
        assertThat(in(session, get("/account")).getResponse().getContentAsString()).as("shown once").contains(token);
        String page = in(session, get("/account")).getResponse().getContentAsString();
        assertThat(page).contains("성과 대시보드").contains((String) row.get("token_prefix")).doesNotContain(token);

        // Revoked, expired, or the account disabled: 401.
        in(session, post("/account/tokens/" + row.get("id") + "/revoke"));
        assertThat(bearer(token, get("/api/plans"))).isEqualTo(401);
        String second = (String) in(session, post("/account/tokens").param("name", "두 번째").param("days", "30"))
                .getFlashMap().get("newToken");
        assertThat(bearer(second, get("/api/plans"))).isEqualTo(200);
        jdbc.update("update api_token set expires_at = ? where token_prefix = ?", LocalDateTime.now().minusDays(1),
                second.substring(0, 10));
        assertThat(bearer(second, get("/api/plans"))).isEqualTo(401);
        String third = (String) in(session, post("/account/tokens").param("name", "세 번째").param("days", "30"))
                .getFlashMap().get("newToken");
        jdbc.update("update account set enabled = false where username = ?", username);
        assertThat(bearer(third, get("/api/plans"))).isEqualTo(401);
        assertThat(bearer("itk_not-a-token", get("/api/plans"))).isEqualTo(401);
    }

    @Test
    void anAdminMakesTokensForServiceAccountsOnly() throws Exception {
        String service = "svc." + SEQUENCE.incrementAndGet();
        MvcResult created = as(admin, post("/admin/accounts").param("username", service).param("displayName", "성과 연계")
                .param("role", "VIEWER").param("service", "true"));
        long id = accountId(service);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + id + "#tokens");
        String token = (String) as(admin, post("/admin/accounts/" + id + "/tokens").param("name", "연계").param("days", "365"))
                .getFlashMap().get("newToken");
        assertThat(bearer(token, get("/api/plans"))).isEqualTo(200);
        assertThat(signInAttempt(service, "anything-at-all", freshAddress()).getResponse().getRedirectedUrl())
                .as("a service account has no password").isEqualTo("/login?error");
        String person = newAccount("VIEWER");
        assertThat(as(admin, post("/admin/accounts/" + accountId(person) + "/tokens").param("name", "x").param("days", "30"))
                .getResponse().getStatus()).isEqualTo(403);
    }

    int bearer(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    // ================================================================ 4. one password rule, no 500

    @Test
    void everyPlaceThatSetsAPasswordRefusesBadOnesBesideTheFieldAndKeepsTheInput() throws Exception {
        String[][] cases = {
                {"Tg7!" + "x".repeat(69), "64자 이내"},                                 // 73 characters
                {"가나다라마바사아자차카타파하거너더러머버서어저처커", "바이트"},           // 25 Hangul = 75 bytes
                {"aaaaaaaaaa", "2종류 이상"},
                {"1234567890", "2종류 이상"},
                {"          ", "2종류 이상"},
                {"innotrack-demo", "너무 흔해서"},
                {"Tiger-Hong-Gildong-7", "아이디"}};
        for (String[] c : cases) {
            MvcResult r = as(admin, post("/admin/accounts").param("username", "hong.gildong").param("displayName", "홍길동")
                    .param("role", "DEPARTMENT_OFFICER").param("departmentId", "" + chongmu).param("password", c[0])
                    .param("passwordConfirm", c[0]).accept(MediaType.TEXT_HTML));
            assertThat(r.getResponse().getStatus()).as(c[0]).isEqualTo(400);
            String body = r.getResponse().getContentAsString();
            assertThat(body).as(c[0]).contains(c[1]).contains("value=\"홍길동\"").contains("value=\"hong.gildong\"");
        }
        long id = accountId("samcheok.viewer");
        MvcResult reset = as(admin, post("/admin/accounts/" + id + "/password").param("version", "" + version("account", id))
                .param("password", "Tg7!" + "x".repeat(69)).param("passwordConfirm", "Tg7!" + "x".repeat(69)));
        assertThat(reset.getResponse().getStatus()).isEqualTo(400);
        assertThat(reset.getResponse().getContentAsString()).contains("64자 이내");
        SessionCookie session = signIn(newAccount("VIEWER"));
        MvcResult own = in(session, post("/account/password").param("currentPassword", PASSWORD)
                .param("password", "innotrack-demo").param("passwordConfirm", "innotrack-demo"));
        assertThat(own.getResponse().getStatus()).isEqualTo(400);
        assertThat(own.getResponse().getContentAsString()).contains("너무 흔해서");
        assertThat(in(session, post("/account/password").param("currentPassword", "not-mine-1A")
                .param("password", "Quiet-Meadow-57").param("passwordConfirm", "Quiet-Meadow-57")).getResponse()
                .getContentAsString()).contains("지금 비밀번호가 맞지 않습니다");
        // The seeded demo accounts keep signing in with the demo password.
        assertThat(signInAttempt("samcheok.viewer", "innotrack-demo", freshAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/start");
    }

    // ================================================================ 5. races answer success or 409, never 500

    List<Integer> parallel(int n, java.util.function.IntFunction<Callable<Integer>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<Integer> call = request.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return statuses;
    }

    int status(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
        return as(user, request.accept(MediaType.TEXT_HTML)).getResponse().getStatus();
    }

    @Test
    void parallelFirstTimeSavesAnswerSuccessOrConflictAndKeepOneRequestsData() throws Exception {
        long kpi = jdbc.queryForObject("select min(id) from kpi where task_id = ?", Long.class, taskId);
        List<Integer> kpiStatuses = parallel(10, i -> () -> status(admin, post("/plans/" + samcheok + "/tasks/" + taskId
                + "/kpis/" + kpi + "/actual").param("year", "2022").param("quarter", "1").param("value", "" + (i + 1))));
        assertThat(Set.copyOf(kpiStatuses)).as("KPI " + kpiStatuses).isSubsetOf(302, 409).contains(302);
        assertThat(jdbc.queryForObject("select count(*) from kpi_actual where kpi_id = ? and actual_year = 2022 and quarter = 1",
                Integer.class, kpi)).isEqualTo(1);

        CurrentUser incheonAdmin = user("incheon.admin");
        List<Integer> rules = parallel(10, i -> () -> status(incheonAdmin, post("/plans/" + incheonPlan + "/signal-rules")
                .param("version", "-1").param("milestoneGreen", "" + (80 + i)).param("milestoneRed", "50")
                .param("kpiGreen", "90").param("kpiRed", "60").param("progressGreen", "80").param("progressRed", "50")
                .param("deadlineDays", "10")));
        assertThat(Set.copyOf(rules)).as("rules " + rules).isSubsetOf(302, 409).contains(302);
        assertThat(jdbc.queryForObject("select count(*) from signal_rule where plan_id = ?", Integer.class, incheonPlan)).isEqualTo(1);

        List<CurrentUser> voters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            voters.add(user(newAccount("DEPARTMENT_OFFICER")));
        }
        // Jung-gu officers: a plan whose contest row does not exist yet. Since issue 13 the row comes with the office's
        // shortlist (parallel first shortlists: one wins, the rest answer 409), and votes go to shortlisted tasks of
        // other departments once the vote is open.
        CurrentUser jungguAdmin = user("junggu.admin");
        long jungguVoterDepartment = jdbc.queryForObject("select min(d.id) from department d join organization o"
                + " on o.id = d.organization_id where o.name = '서울특별시 중구'", Long.class);
        long voteTask = otherDepartmentsTask(jungguPlan, jungguVoterDepartment);
        List<Integer> shortlists = parallel(10, i -> () -> status(jungguAdmin, post("/plans/" + jungguPlan
                + "/contest/shortlist").param("version", "-1").param("taskIds", "" + voteTask)));
        assertThat(Set.copyOf(shortlists)).as("first shortlists " + shortlists).isSubsetOf(302, 409).contains(302);
        assertThat(jdbc.queryForObject("select count(*) from contest where plan_id = ?", Integer.class, jungguPlan)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from contest_candidate where plan_id = ?", Integer.class, jungguPlan))
                .isEqualTo(1);
        summarizeAndOpen(jungguAdmin, jungguPlan, voteTask);
        List<CurrentUser> jungguVoters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String u = "jg.voter." + SEQUENCE.incrementAndGet();
            jdbc.update("insert into account (organization_id, department_id, username, display_name, password_hash, role,"
                    + " enabled, created_at) select o.id, ?, ?, '투표자', 'x', 'DEPARTMENT_OFFICER', true, current_timestamp"
                    + " from organization o where o.name = '서울특별시 중구'", jungguVoterDepartment, u);
            jungguVoters.add(user(u));
        }
        List<Integer> votes = parallel(10, i -> () -> status(jungguVoters.get(i), post("/plans/" + jungguPlan
                + "/contest/votes").param("taskId", "" + voteTask)));
        assertThat(votes).as("first votes " + votes).containsOnly(302);
        assertThat(jdbc.queryForObject("select count(*) from contest where plan_id = ?", Integer.class, jungguPlan)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from contest_vote where task_id = ?", Integer.class, voteTask))
                .isEqualTo(10);
        // One person voting for one task ten times at once: one vote (a 총무과 officer, for another department's task).
        long samcheokVoteTask = otherDepartmentsTask(samcheok, chongmu);
        Long samcheokContest = jdbc.query("select version from contest where plan_id = ?",
                rs -> rs.next() ? rs.getLong(1) : -1L, samcheok);
        assertThat(status(admin, post("/plans/" + samcheok + "/contest/shortlist").param("version", "" + samcheokContest)
                .param("taskIds", "" + samcheokVoteTask))).isEqualTo(302);
        summarizeAndOpen(admin, samcheok, samcheokVoteTask);
        CurrentUser one = voters.get(0);
        List<Integer> same = parallel(10, i -> () -> status(one, post("/plans/" + samcheok + "/contest/votes")
                .param("taskId", "" + samcheokVoteTask)));
        assertThat(same).as("one person, one task " + same).containsOnlyOnce(302).containsOnly(302, 409);

        String member = "동시 위원 " + SEQUENCE.incrementAndGet();
        List<Integer> panel = parallel(10, i -> () -> status(admin, post("/plans/" + samcheok + "/contest/panel")
                .param("member", member).param("lines[0].taskId", "" + taskId).param("lines[0].score", "" + (50 + i))));
        assertThat(Set.copyOf(panel)).as("panel " + panel).isSubsetOf(302, 409).contains(302);
        assertThat(jdbc.queryForList("select score from panel_score where panel_member = ?", BigDecimal.class, member))
                .hasSize(1);

        long[] pair = collaboration();
        List<Integer> collab = parallel(10, i -> () -> status(jungguAdmin, post("/plans/" + jungguPlan
                + "/collaboration-scores").param("lines[0].taskId", "" + pair[0]).param("lines[0].departmentId", "" + pair[1])
                .param("lines[0].score", "" + (60 + i))));
        assertThat(Set.copyOf(collab)).as("collaboration " + collab).isSubsetOf(302, 409).contains(302);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_score where task_id = ? and department_id = ?",
                Integer.class, pair[0], pair[1])).isEqualTo(1);

        // siblings: a first budget execution, a finding linked to a task
        long line = jdbc.queryForObject("select min(b.id) from budget_line b join task t on t.id = b.task_id where t.plan_id = ?",
                Long.class, incheonPlan);
        List<Integer> budget = parallel(10, i -> () -> status(incheonAdmin, post("/plans/" + incheonPlan + "/budget/lines/"
                + line + "/quarters/3").param("executed", "" + (i + 1))));
        assertThat(Set.copyOf(budget)).as("budget " + budget).isSubsetOf(302, 409).contains(302);
        long finding = jdbc.queryForObject("select min(id) from audit_finding", Long.class);
        long incheonTask = jdbc.queryForObject("select max(id) from task where plan_id = ?", Long.class, incheonPlan);
        List<Integer> links = parallel(10, i -> () -> status(incheonAdmin, post("/audit-findings/" + finding + "/tasks")
                .param("taskId", "" + incheonTask)));
        assertThat(links).as("links " + links).containsOnly(302);
    }

    /** A task of the plan that the department neither leads nor collaborates on: one its officers may vote for. */
    long otherDepartmentsTask(long plan, long department) {
        return jdbc.queryForObject("select min(t.id) from task t where t.plan_id = ? and t.lead_department_id <> ?"
                + " and not exists (select 1 from task_collaborating_department c where c.task_id = t.id"
                + " and c.department_id = ?)", Long.class, plan, department, department);
    }

    /** Issue 13: a shortlisted task gets its summary, then the office opens the vote from the confirmation page. */
    void summarizeAndOpen(CurrentUser planAdmin, long plan, long task) throws Exception {
        long candidate = jdbc.queryForObject("select version from contest_candidate where plan_id = ? and task_id = ?",
                Long.class, plan, task);
        assertThat(status(planAdmin, post("/plans/" + plan + "/contest/candidates/" + task + "/summary")
                .param("version", "" + candidate).param("summary", "성과 요약: 목표 3건 중 3건 달성"))).isEqualTo(302);
        assertThat(status(planAdmin, post("/plans/" + plan + "/contest/open").param("confirm", "true"))).isEqualTo(302);
    }

    long[] collaboration() {
        return jdbc.queryForObject("select c.task_id, c.department_id from task_collaborating_department c join task t"
                        + " on t.id = c.task_id where t.plan_id = ? order by c.task_id, c.department_id fetch first 1 rows only",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, jungguPlan);
    }

    // ================================================================ 6. no lost update on score forms

    @Test
    void aStaleScoreSaveShowsAConflictInsteadOfOverwriting() throws Exception {
        CurrentUser jungguAdmin = user("junggu.admin");
        long[] pair = collaboration();
        jdbc.update("delete from collaboration_score where task_id = ? and department_id = ?", pair[0], pair[1]);
        MockHttpServletRequestBuilder first = post("/plans/" + jungguPlan + "/collaboration-scores")
                .param("lines[0].taskId", "" + pair[0]).param("lines[0].departmentId", "" + pair[1]).param("lines[0].score", "11");
        assertThat(status(jungguAdmin, first)).isEqualTo(302);
        MvcResult stale = as(jungguAdmin, post("/plans/" + jungguPlan + "/collaboration-scores")
                .param("lines[0].taskId", "" + pair[0]).param("lines[0].departmentId", "" + pair[1])
                .param("lines[0].score", "22").accept(MediaType.TEXT_HTML));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("다른 사용자가 먼저 저장했습니다").contains("22");
        BigDecimal saved = jdbc.queryForObject("select score from collaboration_score where task_id = ? and department_id = ?",
                BigDecimal.class, pair[0], pair[1]);
        assertThat(saved).isEqualByComparingTo("11");
        long v = jdbc.queryForObject("select version from collaboration_score where task_id = ? and department_id = ?",
                Long.class, pair[0], pair[1]);
        assertThat(status(jungguAdmin, post("/plans/" + jungguPlan + "/collaboration-scores")
                .param("lines[0].taskId", "" + pair[0]).param("lines[0].departmentId", "" + pair[1])
                .param("lines[0].score", "22").param("lines[0].version", "" + v))).isEqualTo(302);

        String member = "위원 " + SEQUENCE.incrementAndGet();
        assertThat(status(admin, post("/plans/" + samcheok + "/contest/panel").param("member", member)
                .param("lines[0].taskId", "" + taskId).param("lines[0].score", "11"))).isEqualTo(302);
        assertThat(status(admin, post("/plans/" + samcheok + "/contest/panel").param("member", member)
                .param("lines[0].taskId", "" + taskId).param("lines[0].score", "22"))).isEqualTo(409);
        assertThat(jdbc.queryForObject("select score from panel_score where panel_member = ?", BigDecimal.class, member))
                .isEqualByComparingTo("11");
    }

    // ================================================================ 7. list indexes answer 400 before anything else

    @Test
    void outOfRangeListIndexesAnswer400EvenToAnotherOrganizationsViewer() throws Exception {
        CurrentUser stranger = user("incheon.viewer");
        String[][] requests = {
                {"/plans/" + samcheok + "/collaboration-scores", "lines[300].score"},
                {"/plans/" + samcheok + "/contest/panel", "lines[-1].score"},
                {"/plans/" + samcheok + "/contest/panel", "lines[100000].score"},
                {"/remedies/3", "lines[300].newStart"},
                {"/plans/" + jungguPlan + "/awards/preview", "grades[300].name"},
                {"/plans/" + samcheok + "/rounds", "taskIds[300]"},
                {"/plans/" + samcheok + "/contest/panel", "lines[x].score"}};
        for (String[] r : requests) {
            MvcResult result = as(stranger, post(r[0]).param(r[1], "1").accept(MediaType.TEXT_HTML));
            assertThat(result.getResponse().getStatus()).as(r[0] + " " + r[1]).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString()).contains("화면에 없는 항목");
        }
    }

    // ================================================================ 9. one date window

    @Test
    void datesAndMonthsOutsideThePlansWindowAreRefusedByMilestoneAndRemedyFormsAlike() throws Exception {
        clock.set(LocalDate.of(2021, 4, 1));
        long remedy = remedyOfANewRound();
        long milestone = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, taskId);
        CurrentUser officer = user("samcheok.chongmu");
        long rv = version("remedy", remedy);
        String[][] bad = {{"dueDate", "9999-12-31"}, {"lines[0].newEnd", "2027-01"}, {"lines[0].newStart", "0000-01"},
                {"dueDate", "1999-05-01"}};
        for (String[] b : bad) {
            MvcResult r = as(officer, post("/remedies/" + remedy).param("version", "" + rv)
                    .param("lines[0].milestoneId", "" + milestone).param(b[0], b[1]).accept(MediaType.TEXT_HTML));
            assertThat(r.getResponse().getStatus()).as(b[0] + "=" + b[1]).isEqualTo(400);
        }
        assertThat(as(officer, post("/remedies/" + remedy).param("version", "" + rv).param("lines[0].milestoneId", "" + milestone)
                .param("lines[0].newStart", "2026-01").param("lines[0].newEnd", "2026-12").param("dueDate", "2026-12-31"))
                .getResponse().getStatus()).isEqualTo(302);
        // The milestone form draws the same line.
        long mv = version("milestone", milestone);
        assertThat(as(officer, post("/plans/" + samcheok + "/tasks/" + taskId + "/milestones/" + milestone)
                .param("version", "" + mv).param("description", "일정").param("status", "PLANNED")
                .param("plannedStart", "2026-01").param("plannedEnd", "2027-01").accept(MediaType.TEXT_HTML))
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(as(officer, post("/plans/" + samcheok + "/tasks/" + taskId + "/milestones/" + milestone)
                .param("version", "" + mv).param("description", "일정").param("status", "PLANNED")
                .param("plannedStart", "2026-01").param("plannedEnd", "2026-12")).getResponse().getStatus()).isEqualTo(302);
    }

    /** A round on 다-1-1 rated 부진, so 총무과 owes a remedy: its id. */
    long remedyOfANewRound() throws Exception {
        MvcResult made = as(admin, post("/plans/" + samcheok + "/rounds").param("period", "Q1")
                .param("referenceDate", "2021-03-31").param("deadline", "2021-04-10").param("scope", "SELECTED")
                .param("taskIds", "" + taskId));
        long round = Long.parseLong(made.getResponse().getRedirectedUrl().replace("/rounds/", ""));
        as(admin, post("/rounds/" + round + "/state").param("target", "SUBMISSION").param("version", "" + version("check_round", round)));
        long entry = jdbc.queryForObject("select id from round_entry where round_id = ?", Long.class, round);
        as(user("samcheok.chongmu"), post("/rounds/" + round + "/entries/" + entry).param("action", "submit")
                .param("version", "" + version("round_entry", entry)).param("progress", "30").param("selfStatus", "RED")
                .param("achievements", "실적"));
        as(admin, post("/rounds/" + round + "/state").param("target", "REVIEW").param("version", "" + version("check_round", round)));
        as(admin, post("/rounds/" + round + "/entries/" + entry + "/review").param("version", "" + version("round_entry", entry))
                .param("rating", "POOR").param("comment", "일정 지연"));
        return jdbc.queryForObject("select id from remedy where entry_id = ?", Long.class, entry);
    }

    // ================================================================ 10. CSV cells

    @Test
    void awardGradesThatLookLikeFormulasReachTheCsvNeutralised() throws Exception {
        CurrentUser incheonAdmin = user("incheon.admin");
        // Issue 13: 0 points never win, so the departments finish their schedules first; awards are confirmed after the
        // ranking is published and its objection window has closed, ties that decide an award are ordered by the admin,
        // and only from the confirmation page (confirm=true).
        jdbc.update("update milestone set status = 'DONE', actual_completion = coalesce(planned_end, date '2020-01-31')"
                + " where task_id in (select id from task where plan_id = ?)", incheonPlan);
        clock.set(LocalDate.of(2021, 1, 5));
        assertThat(status(incheonAdmin, post("/plans/" + incheonPlan + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", "2021-01-05"))).isEqualTo(302);
        clock.set(LocalDate.of(2021, 1, 6));
        MockHttpServletRequestBuilder awards = post("/plans/" + incheonPlan + "/awards").param("grades[0].name", "=1+2\nZ")
                .param("grades[0].count", "1").param("grades[1].name", "\t=1+3").param("grades[1].count", "1")
                .param("grades[2].name", "@SUM(A1)").param("grades[2].count", "1").param("tieReason", "정책회의 결정");
        java.util.regex.Matcher ranked = java.util.regex.Pattern.compile("\"departmentId\":(\\d+)").matcher(as(incheonAdmin,
                get("/api/plans/" + incheonPlan + "/ranking")).getResponse().getContentAsString());
        for (int i = 0; ranked.find(); i++) {
            awards.param("ties[" + i + "].departmentId", ranked.group(1)).param("ties[" + i + "].order", "" + (i + 1));
        }
        MvcResult review = as(incheonAdmin, awards);
        assertThat(review.getResponse().getStatus()).as(review.getResponse().getContentAsString()).isEqualTo(200);
        MvcResult confirmed = as(incheonAdmin, awards.param("confirm", "true"));
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
        String csv = as(incheonAdmin, get("/plans/" + incheonPlan + "/awards.csv")).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String cell : csv.split("[,\r\n]")) {
            String value = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(value).as(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+").doesNotStartWith("\t");
        }
        assertThat(csv).contains("'=1+2 Z").contains("'=1+3").contains("'@SUM(A1)");
    }

    // ================================================================ 11. typed values kept, with a Korean message

    @Test
    void aValueOfTheWrongTypeIsShownAgainWithWhatIsWrong() throws Exception {
        long kpi = jdbc.queryForObject("select min(id) from kpi where task_id = ?", Long.class, taskId);
        String kpiForm = "/plans/" + samcheok + "/tasks/" + taskId + "/kpis/" + kpi + "/actual";
        String quarter = html(as(admin, post(kpiForm).param("year", "2021").param("quarter", "abc").param("value", "abc")
                .accept(MediaType.TEXT_HTML)), 400);
        assertThat(quarter).contains("분기는 1~4 중에서 고르세요").contains("value=\"abc\"").contains("실적은 숫자로 입력하세요");
        String version = html(as(admin, post(kpiForm).param("version", "abc").param("year", "2021").param("quarter", "2")
                .param("value", "5").accept(MediaType.TEXT_HTML)), 400);
        assertThat(version).contains("화면 정보(수정 기준 판)가 올바르지 않습니다");
        String rules = html(as(admin, post("/plans/" + samcheok + "/signal-rules").param("version", "-1")
                .param("milestoneGreen", "12.5").param("milestoneRed", "50").param("kpiGreen", "90").param("kpiRed", "60")
                .param("progressGreen", "80").param("progressRed", "50").param("deadlineDays", "10")
                .accept(MediaType.TEXT_HTML)), 400);
        assertThat(rules).contains("value=\"12.5\"").contains("판정 기준은 0 이상의 정수");
        String awards = html(as(admin, post("/plans/" + samcheok + "/awards/preview").param("grades[0].name", "최우수")
                .param("grades[0].count", "1").param("grades[0].amount", "1e309").accept(MediaType.TEXT_HTML)), 400);
        assertThat(awards).contains("value=\"1e309\"").contains("포상금은 0 이상의 정수");
        // found by the fuzz suite: a refused count of two billion once built two billion award slots
        html(as(admin, post("/plans/" + samcheok + "/awards/preview").param("grades[0].name", "최우수")
                .param("grades[0].count", "2000000000").accept(MediaType.TEXT_HTML)), 400);
        clock.set(LocalDate.of(2021, 4, 1));
        MvcResult round = as(admin, post("/plans/" + samcheok + "/rounds").param("period", "Q2")
                .param("referenceDate", "2021-06-30").param("deadline", "2021-07-10").param("scope", "SELECTED")
                .param("taskIds", "" + taskId));
        long roundId = Long.parseLong(round.getResponse().getRedirectedUrl().replace("/rounds/", ""));
        as(admin, post("/rounds/" + roundId + "/state").param("target", "SUBMISSION").param("version", "" + version("check_round", roundId)));
        long entry = jdbc.queryForObject("select id from round_entry where round_id = ?", Long.class, roundId);
        for (String typed : new String[] {"12.5", "abc"}) {
            String page = html(as(user("samcheok.chongmu"), post("/rounds/" + roundId + "/entries/" + entry)
                    .param("version", "" + version("round_entry", entry)).param("progress", typed).accept(MediaType.TEXT_HTML)), 400);
            assertThat(page).as(typed).contains("value=\"" + typed + "\"").contains("진척률은 0부터 100 사이의 숫자로 입력하세요");
        }
    }

    static String html(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    // ================================================================ 13. no username enumeration across organizations

    @Test
    void aTakenUsernameGetsTheSameWordsWhereverItIsTaken() throws Exception {
        String other = html(as(admin, post("/admin/accounts").param("username", "incheon.admin").param("displayName", "가")
                .param("role", "VIEWER").param("password", "Quiet-Meadow-57").param("passwordConfirm", "Quiet-Meadow-57")
                .accept(MediaType.TEXT_HTML)), 400);
        String own = html(as(admin, post("/admin/accounts").param("username", "samcheok.viewer").param("displayName", "가")
                .param("role", "VIEWER").param("password", "Quiet-Meadow-57").param("passwordConfirm", "Quiet-Meadow-57")
                .accept(MediaType.TEXT_HTML)), 400);
        assertThat(other).contains("이 아이디는 쓸 수 없습니다").doesNotContain("이미 쓰이는");
        assertThat(own).contains("이 아이디는 쓸 수 없습니다");
    }

    // ================================================================ 14. control characters

    @Test
    void controlCharactersAndBidiOverridesNeverReachTheDatabaseAndInvisibleTextIsBlank() throws Exception {
        CurrentUser officer = user("samcheok.chongmu");
        String add = "/plans/" + samcheok + "/tasks/" + taskId + "/milestones";
        assertThat(as(officer, post(add).param("description", "\u0000\u001b\u0007결과\u202e 보고\u2066")
                .param("note", "첫 줄\r\n둘째\u0000 줄").param("status", "PLANNED")).getResponse().getStatus()).isEqualTo(302);
        var row = jdbc.queryForMap("select description, note from milestone where task_id = ? order by id desc"
                + " fetch first 1 rows only", taskId);
        assertThat(row.get("description")).isEqualTo("결과 보고");
        assertThat(row.get("note")).isEqualTo("첫 줄\n둘째 줄");
        String blank = html(as(officer, post(add).param("description", "\uFEFF\u200B ").param("status", "PLANNED")
                .accept(MediaType.TEXT_HTML)), 400);
        assertThat(blank).contains("추진 내용");
    }

    @Test
    void theContestSummaryObjectionsAndAnswersKeepTheirLineBreaksLikeEveryTextarea() throws Exception {
        // Issue 13's three textareas under issue 12's text rule: line breaks kept, control characters dropped.
        clock.set(LocalDate.of(2022, 1, 5));
        CurrentUser incheonAdmin = user("incheon.admin");
        long task = jdbc.queryForObject("select min(id) from task where plan_id = ?", Long.class, incheonPlan);
        Long contest = jdbc.query("select version from contest where plan_id = ?", rs -> rs.next() ? rs.getLong(1) : -1L,
                incheonPlan);
        assertThat(status(incheonAdmin, post("/plans/" + incheonPlan + "/contest/shortlist").param("version", "" + contest)
                .param("taskIds", "" + task))).isEqualTo(302);
        long candidate = jdbc.queryForObject("select version from contest_candidate where plan_id = ? and task_id = ?",
                Long.class, incheonPlan, task);
        assertThat(status(incheonAdmin, post("/plans/" + incheonPlan + "/contest/candidates/" + task + "/summary")
                .param("version", "" + candidate).param("summary", "목표 3건 중 3건 달성\r\n참여\u0000 시민 120명"))).isEqualTo(302);
        assertThat(jdbc.queryForObject("select summary from contest_candidate where plan_id = ? and task_id = ?", String.class,
                incheonPlan, task)).isEqualTo("목표 3건 중 3건 달성\n참여 시민 120명");

        Long publication = jdbc.query("select version from ranking_publication where plan_id = ?",
                rs -> rs.next() ? rs.getLong(1) : -1L, samcheok);
        assertThat(status(admin, post("/plans/" + samcheok + "/ranking/publication").param("version", "" + publication)
                .param("objectionUntil", "2022-01-12"))).isEqualTo(302);
        assertThat(status(user("samcheok.chongmu"), post("/plans/" + samcheok + "/ranking/departments/" + chongmu
                + "/objections").param("text", "첫째, 일정 2건 완료\r\n둘째, 지표 실적 누락\u001b"))).isEqualTo(302);
        var objection = jdbc.queryForMap("select id, version, objection_text from score_objection where plan_id = ?"
                + " and department_id = ? order by id desc fetch first 1 rows only", samcheok, chongmu);
        assertThat(objection.get("objection_text")).isEqualTo("첫째, 일정 2건 완료\n둘째, 지표 실적 누락");
        assertThat(status(admin, post("/plans/" + samcheok + "/objections/" + objection.get("id") + "/answer")
                .param("version", "" + objection.get("version")).param("outcome", "PARTLY_ACCEPTED")
                .param("answer", "일정은 반영했습니다.\n지표는 증빙이 없습니다."))).isEqualTo(302);
        assertThat(jdbc.queryForObject("select answer_text from score_objection where id = ?", String.class,
                objection.get("id"))).isEqualTo("일정은 반영했습니다.\n지표는 증빙이 없습니다.");
    }

    // ================================================================ 15. error edges

    @Test
    void theErrorAddressAndUnknownApiAddressesAnswerPlainly() throws Exception {
        MvcResult error = as(admin, get("/error").accept(MediaType.TEXT_HTML));
        assertThat(error.getResponse().getStatus()).isEqualTo(404);
        MvcResult api = as(admin, get("/api/no-such-thing").accept(MediaType.TEXT_HTML));
        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.getResponse().getContentType()).startsWith("application/json");
        assertThat(api.getResponse().getContentAsString()).contains("\"status\":404");
        MvcResult method = as(admin, post("/api/plans"));
        assertThat(method.getResponse().getStatus()).isEqualTo(405);
        assertThat(method.getResponse().getContentType()).startsWith("application/json");
        MvcResult anonymous = mvc.perform(get("/api/no-such-thing")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
        assertThat(anonymous.getResponse().getContentType()).startsWith("application/json");
    }
}
