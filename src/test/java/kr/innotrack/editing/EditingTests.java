package kr.innotrack.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.plan.TaskCommands;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import kr.innotrack.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in, roles, tenant isolation, no lost updates and change history, against the seeded Samcheok plan
 * plus a second organization (테스트시) with its own admin. Runs on H2 and on PostgreSQL.
 *
 * <p>The task under test is 다-1-1 (lead department 총무과). Personas: anonymous, a viewer, the 총무과 officer,
 * the 민원과 officer (another department), Samcheok's planning admin, and 테스트시's planning admin.
 */
@IntegrationTest
abstract class EditingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskCommands editing;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** Inside a test transaction, writes JPA still holds must reach the database before JDBC reads them. */
    void flush() {
        em.flush();
    }

    long planId;
    long taskId;
    long milestoneId;
    long kpiId;
    long departmentId;
    long organizationId;
    long accountId;

    @BeforeEach
    void fixture() {
        jdbc.update("insert into organization (name, full_name) select '테스트시', '테스트시'"
                + " where not exists (select 1 from organization where name = '테스트시')");
        jdbc.update("insert into account (organization_id, username, display_name, password_hash, role, enabled, created_at)"
                + " select o.id, 'test.admin', '테스트시 관리자', 'x', 'PLANNING_ADMIN', true, current_timestamp"
                + " from organization o where o.name = '테스트시'"
                + " and not exists (select 1 from account where username = 'test.admin')");
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        taskId = jdbc.queryForObject("select id from task where code = '다-1-1'", Long.class);
        milestoneId = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, taskId);
        kpiId = jdbc.queryForObject("select id from kpi where task_id = ?", Long.class, taskId);
        departmentId = jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                + " where o.name = '삼척시' and d.name = '총무과'", Long.class);
        organizationId = jdbc.queryForObject("select id from organization where name = '삼척시'", Long.class);
        accountId = jdbc.queryForObject("select id from account where username = 'samcheok.chongmu'", Long.class);
    }

    CurrentUser user(String username) {
        return kr.innotrack.support.Accounts.user(jdbc, username);
    }

    long milestoneVersion() {
        return jdbc.queryForObject("select version from milestone where id = ?", Long.class, milestoneId);
    }

    // ---------------------------------------------------------------- authorization matrix

    enum Persona { ANONYMOUS, VIEWER, OFFICER, OTHER_OFFICER, ADMIN, OTHER_ORG_ADMIN }

    private static final Map<Persona, String> USERNAMES = Map.of(Persona.VIEWER, "samcheok.viewer",
            Persona.OFFICER, "samcheok.chongmu", Persona.OTHER_OFFICER, "samcheok.minwon",
            Persona.ADMIN, "samcheok.admin", Persona.OTHER_ORG_ADMIN, "test.admin");

    /** Expected status per persona, in the order of {@link Persona}. */
    private static int[] expect(int anonymous, int viewer, int officer, int otherOfficer, int admin, int otherOrgAdmin) {
        return new int[] {anonymous, viewer, officer, otherOfficer, admin, otherOrgAdmin};
    }

    // what each kind of endpoint answers: 302 = sent to sign-in (pages) or redirected after a save
    private static final int[] READ = expect(302, 200, 200, 200, 200, 404);
    private static final int[] OWN_HOME = expect(302, 200, 200, 200, 200, 200);
    private static final int[] EDIT_FORM = expect(302, 403, 200, 403, 200, 404);
    private static final int[] EDIT_SAVE = expect(302, 403, 302, 403, 302, 404);
    private static final int[] ADMIN_OWN = expect(302, 403, 403, 403, 200, 200);
    private static final int[] ADMIN_SAVE = expect(302, 403, 403, 403, 302, 302);
    private static final int[] ADMIN_RECORD = expect(302, 403, 403, 403, 200, 404);
    private static final int[] ADMIN_RECORD_SAVE = expect(302, 403, 403, 403, 302, 404);
    private static final int[] API_LIST = expect(401, 200, 200, 200, 200, 200);
    private static final int[] API_RECORD = expect(401, 200, 200, 200, 200, 404);

    record Endpoint(String name, int[] expected) {
    }

    static Stream<Arguments> matrix() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /", OWN_HOME),
                new Endpoint("GET /my/tasks", OWN_HOME),
                new Endpoint("GET plan overview", READ),
                new Endpoint("GET task list", READ),
                new Endpoint("GET task page", READ),
                new Endpoint("GET departments", READ),
                new Endpoint("GET department page", READ),
                new Endpoint("GET task edit form", EDIT_FORM),
                new Endpoint("GET new milestone form", EDIT_FORM),
                new Endpoint("GET milestone edit form", EDIT_FORM),
                new Endpoint("GET KPI value form", EDIT_FORM),
                new Endpoint("POST task edit", EDIT_SAVE),
                new Endpoint("POST new milestone", EDIT_SAVE),
                new Endpoint("POST milestone update", EDIT_SAVE),
                new Endpoint("POST milestone delete", EDIT_SAVE),
                new Endpoint("POST KPI value", EDIT_SAVE),
                new Endpoint("GET accounts", ADMIN_OWN),
                new Endpoint("GET new account form", ADMIN_OWN),
                new Endpoint("POST new account", ADMIN_SAVE),
                new Endpoint("GET account", ADMIN_RECORD),
                new Endpoint("POST account update", ADMIN_RECORD_SAVE),
                new Endpoint("POST account password", ADMIN_RECORD_SAVE),
                new Endpoint("API plans", API_LIST),
                new Endpoint("API plan", API_RECORD),
                new Endpoint("API plan tasks", API_RECORD),
                new Endpoint("API departments", API_RECORD));
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Persona p : Persona.values()) {
                cells.add(Arguments.of(e.name(), p, e.expected()[p.ordinal()]));
            }
        }
        return cells.stream();
    }

    private MockHttpServletRequestBuilder request(String endpoint) {
        String task = "/plans/" + planId + "/tasks/" + taskId;
        long version = milestoneVersion();
        return switch (endpoint) {
            case "GET /" -> get("/");
            case "GET /my/tasks" -> get("/my/tasks");
            case "GET plan overview" -> get("/plans/" + planId);
            case "GET task list" -> get("/plans/" + planId + "/tasks");
            case "GET task page" -> get(task);
            case "GET departments" -> get("/organizations/" + organizationId + "/departments");
            case "GET department page" -> get("/departments/" + departmentId);
            case "GET task edit form" -> get(task + "/edit");
            case "GET new milestone form" -> get(task + "/milestones/new");
            case "GET milestone edit form" -> get(task + "/milestones/" + milestoneId + "/edit");
            case "GET KPI value form" -> get(task + "/kpis/" + kpiId + "/actual");
            case "POST task edit" -> post(task + "/edit").param("officer", "박상훈 주무관").param("phone", "033-570-3466")
                    .param("version", String.valueOf(jdbc.queryForObject("select version from task where id = ?", Long.class, taskId)));
            case "POST new milestone" -> post(task + "/milestones").param("description", "추가 일정").param("status", "PLANNED");
            case "POST milestone update" -> post(task + "/milestones/" + milestoneId).param("description", "신규 공공데이터 추가 개방 확대")
                    .param("status", "IN_PROGRESS").param("version", String.valueOf(version));
            case "POST milestone delete" -> post(task + "/milestones/" + milestoneId + "/delete").param("version", String.valueOf(version));
            case "POST KPI value" -> post(task + "/kpis/" + kpiId + "/actual").param("year", "2021").param("quarter", "2")
                    .param("value", "87").param("note", "공공데이터포털");
            case "GET accounts" -> get("/admin/accounts");
            case "GET new account form" -> get("/admin/accounts/new");
            case "POST new account" -> post("/admin/accounts").param("username", "new.officer").param("displayName", "새 담당자")
                    .param("role", "VIEWER").param("password", "long-enough-1").param("passwordConfirm", "long-enough-1");
            case "GET account" -> get("/admin/accounts/" + accountId);
            case "POST account update" -> post("/admin/accounts/" + accountId).param("displayName", "총무과 담당자")
                    .param("role", "DEPARTMENT_OFFICER").param("departmentId", String.valueOf(departmentId))
                    .param("enabled", "true").param("version", String.valueOf(
                            jdbc.queryForObject("select version from account where id = ?", Long.class, accountId)));
            case "POST account password" -> post("/admin/accounts/" + accountId + "/password").param("password", "new-password-1")
                    .param("passwordConfirm", "new-password-1").param("version", String.valueOf(
                            jdbc.queryForObject("select version from account where id = ?", Long.class, accountId)));
            case "API plans" -> get("/api/plans");
            case "API plan" -> get("/api/plans/" + planId);
            case "API plan tasks" -> get("/api/plans/" + planId + "/tasks");
            case "API departments" -> get("/api/departments").param("organization", String.valueOf(organizationId));
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    @Transactional
    void authorizationMatrix(String endpoint, Persona persona, int expected) throws Exception {
        // pages are asked for as a browser does (HTML); the API as another system does (JSON)
        MockHttpServletRequestBuilder request = request(endpoint).with(csrf())
                .accept(endpoint.startsWith("API") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (persona != Persona.ANONYMOUS) {
            request.with(SignedIn.as(user(USERNAMES.get(persona))));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as(endpoint + " as " + persona).isEqualTo(expected);
    }

    @Test
    @Transactional
    void anotherOrganizationsAdminSeesNoneOfSamcheok() throws Exception {
        String plans = mvc.perform(get("/api/plans").with(SignedIn.as(user("test.admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(plans).isEqualTo("[]");
        String accounts = mvc.perform(get("/admin/accounts").with(SignedIn.as(user("test.admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(accounts).contains("test.admin").doesNotContain("samcheok.");
    }

    @Test
    @Transactional
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/plans/" + planId + "/tasks/" + taskId + "/milestones").param("description", "x")
                        .param("status", "PLANNED").with(SignedIn.as(user("samcheok.chongmu"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void securityHeadersAndNoInlineScripts() throws Exception {
        var response = mvc.perform(get("/plans/" + planId + "/tasks/" + taskId).with(SignedIn.as(user("samcheok.viewer"))))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String html = response.getContentAsString();
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain(" style=\"")
                .doesNotContainPattern(" on[a-z]+=\"");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    @Transactional
    void badMilestoneInputAnswers400WithTheInputKeptAndNothingSaved() throws Exception {
        long before = milestoneVersion();
        String html = mvc.perform(post("/plans/" + planId + "/tasks/" + taskId + "/milestones/" + milestoneId)
                        .param("description", "바뀐 설명").param("status", "DONE").param("plannedStart", "2021-13")
                        .param("actualCompletion", LocalDate.now().plusDays(3).toString()).param("note", "가".repeat(1001))
                        .param("version", String.valueOf(before))
                        .with(csrf()).with(SignedIn.as(user("samcheok.chongmu"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("연-월 형식(예: 2021-06)으로 입력하세요.").contains("실제 완료일은 오늘 이후일 수 없습니다.")
                .contains("비고는 1,000자 이내로 입력하세요.").contains("value=\"바뀐 설명\"");
        assertThat(milestoneVersion()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select description from milestone where id = ?", String.class, milestoneId))
                .isEqualTo("신규 공공데이터 추가 개방 확대");
    }

    @Test
    @Transactional
    void badKpiValueAnswers400() throws Exception {
        String html = mvc.perform(post("/plans/" + planId + "/tasks/" + taskId + "/kpis/" + kpiId + "/actual")
                        .param("year", "1999").param("quarter", "5").param("value", "여든일곱")
                        .with(csrf()).with(SignedIn.as(user("samcheok.chongmu"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2020년부터 2023년 사이로 입력하세요.").contains("분기는 1~4 중에서 선택하세요.")
                .contains("숫자로 입력하세요.");
        assertThat(jdbc.queryForObject("select count(*) from kpi_actual", Long.class)).isZero();
    }

    /** The rules that need the plan year show in the same answer as the binder's, each beside its own field. */
    @Test
    @Transactional
    void rulesNeedingThePlanYearShowTogetherWithTheInputErrors() throws Exception {
        var officer = SignedIn.as(user("samcheok.chongmu"));
        String task = "/plans/" + planId + "/tasks/" + taskId;
        String milestone = mvc.perform(post(task + "/milestones").param("description", "데이터 품질 점검")
                        .param("status", "PLANNED").param("plannedStart", "2010-01").param("plannedEnd", "2021-13")
                        .param("actualCompletion", "2021-05-01").param("note", "가".repeat(1001))
                        .with(csrf()).with(officer))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(milestone).contains("2019년부터").contains("사이의 월을 입력하세요.")
                .contains("연-월 형식(예: 2021-06)으로 입력하세요.").contains("실제 완료일은 상태가 ‘완료’일 때만 입력합니다.")
                .contains("비고는 1,000자 이내로 입력하세요.");
        String kpi = mvc.perform(post(task + "/kpis/" + kpiId + "/actual").param("year", "2025").param("quarter", "2")
                        .param("value", "-1").with(csrf()).with(officer))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(kpi).contains("2020년부터 2023년 사이로 입력하세요.").contains("실적은 0 이상이어야 합니다.");
        assertThat(jdbc.queryForObject("select count(*) from kpi_actual", Long.class)).isZero();
    }

    // ---------------------------------------------------------------- no lost updates

    @Test
    void twoStaleSavesOfTheSameMilestone() throws Exception {
        long version = milestoneVersion();
        String path = "/plans/" + planId + "/tasks/" + taskId + "/milestones/" + milestoneId;
        mvc.perform(post(path).param("description", "신규 공공데이터 추가 개방 확대").param("status", "IN_PROGRESS")
                        .param("note", "첫 번째 저장").param("version", String.valueOf(version))
                        .with(csrf()).with(SignedIn.as(user("samcheok.chongmu"))))
                .andExpect(status().isFound());
        String conflict = mvc.perform(post(path).param("description", "신규 공공데이터 추가 개방 확대").param("status", "DELAYED")
                        .param("note", "두 번째 저장").param("version", String.valueOf(version))
                        .with(csrf()).with(SignedIn.as(user("samcheok.admin"))))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("다른 사용자가 먼저 저장했습니다").contains("첫 번째 저장").contains("두 번째 저장")
                .contains("name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(milestoneVersion()).isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("select note from milestone where id = ?", String.class, milestoneId))
                .isEqualTo("첫 번째 저장");
    }

    /** The conflict view names the fields and the saved words (a status, a quarter) from the message files. */
    @Test
    @Transactional
    void aConflictShowsFieldsAndValuesInWords() throws Exception {
        var officer = SignedIn.as(user("samcheok.chongmu"));
        String task = "/plans/" + planId + "/tasks/" + taskId;
        long version = milestoneVersion();
        mvc.perform(post(task + "/milestones/" + milestoneId).param("description", "신규 공공데이터 추가 개방 확대")
                .param("status", "IN_PROGRESS").param("version", String.valueOf(version)).with(csrf()).with(officer))
                .andExpect(status().isFound());
        flush();
        String milestone = mvc.perform(post(task + "/milestones/" + milestoneId)
                        .param("description", "신규 공공데이터 추가 개방 확대").param("status", "DELAYED")
                        .param("version", String.valueOf(version)).with(csrf()).with(officer))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(milestone).contains("<th scope=\"row\">상태</th>").contains("<td class=\"differs\">진행중</td>")
                .contains("<td class=\"differs\">지연</td>");

        String kpi = task + "/kpis/" + kpiId + "/actual";
        mvc.perform(post(kpi).param("year", "2021").param("quarter", "2").param("value", "87").with(csrf()).with(officer))
                .andExpect(status().isFound());
        flush();
        String value = mvc.perform(post(kpi).param("year", "2021").param("quarter", "2").param("value", "90")
                        .with(csrf()).with(officer))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(value).contains("<th scope=\"row\">분기</th>").contains("<td>2분기</td>")
                .contains("<td class=\"differs\">87</td>").contains("<td class=\"differs\">90</td>");
    }

    @Test
    void tenConcurrentSavesOfOneRecord() throws Exception {
        long version = milestoneVersion();
        CurrentUser officer = user("samcheok.chongmu");
        int threads = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                TaskCommands.MilestoneDraft draft = new TaskCommands.MilestoneDraft("신규 공공데이터 추가 개방 확대",
                        null, null, null, MilestoneStatus.IN_PROGRESS, null, "동시 저장 " + n);
                start.await();
                try {
                    editing.updateMilestone(planId, taskId, milestoneId, draft, version, officer);
                    return "saved";
                } catch (StaleEditException | OptimisticLockingFailureException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn("saved"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("conflict"::equals).hasSize(threads - 1);
        assertThat(milestoneVersion()).isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'MILESTONE'"
                + " and entity_id = ? and field = '비고' and new_value like '동시 저장 %'", Long.class, milestoneId))
                .as("only the winning save is in the history").isEqualTo(1);
    }

    // ---------------------------------------------------------------- history

    private List<Map<String, Object>> history(String type, long id) {
        return jdbc.queryForList("select action, field, old_value, new_value, changed_by from change_log"
                + " where entity_type = ? and entity_id = ? order by id", type, id);
    }

    @Test
    @Transactional
    void milestoneCreateUpdateDeleteAreRecorded() throws Exception {
        var officer = SignedIn.as(user("samcheok.chongmu"));
        String task = "/plans/" + planId + "/tasks/" + taskId;
        mvc.perform(post(task + "/milestones").param("description", "데이터 품질 점검").param("plannedStart", "2021-09")
                .param("plannedEnd", "2021-10").param("status", "PLANNED").with(csrf()).with(officer))
                .andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from milestone where description = '데이터 품질 점검'", Long.class);
        assertThat(history("MILESTONE", id)).extracting(r -> r.get("action") + ":" + r.get("field") + "=" + r.get("new_value"))
                .contains("CREATE:추진 내용=데이터 품질 점검", "CREATE:계획 시작 월=2021-09", "CREATE:상태=예정");

        mvc.perform(post(task + "/milestones/" + id).param("description", "데이터 품질 점검").param("plannedStart", "2021-11")
                .param("plannedEnd", "2021-12").param("status", "DONE").param("actualCompletion", "2021-12-15")
                .param("version", "0").with(csrf()).with(officer)).andExpect(status().isFound());
        assertThat(history("MILESTONE", id)).extracting(r -> r.get("action") + ":" + r.get("field") + ":" + r.get("old_value") + "→" + r.get("new_value"))
                .contains("UPDATE:계획 시작 월:2021-09→2021-11", "UPDATE:상태:예정→완료", "UPDATE:실제 완료일:null→2021-12-15");
        flush();
        assertThat(jdbc.queryForObject("select original_start from milestone where id = ?", LocalDate.class, id))
                .as("the first planned month is kept").isEqualTo(LocalDate.of(2021, 9, 1));

        // Issue 13: deleting asks first; a POST without the explicit confirmation only leads to that page.
        mvc.perform(post(task + "/milestones/" + id + "/delete").param("version", "1").with(csrf()).with(officer))
                .andExpect(status().isFound()).andExpect(redirectedUrl(task + "/milestones/" + id + "/delete"));
        assertThat(history("MILESTONE", id)).noneMatch(r -> "DELETE".equals(r.get("action")));
        mvc.perform(get(task + "/milestones/" + id + "/delete").with(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("삭제한 추진일정은 되돌릴 수 없습니다.")));
        mvc.perform(post(task + "/milestones/" + id + "/delete").param("version", "1").param("confirm", "true")
                .with(csrf()).with(officer)).andExpect(status().isFound());
        assertThat(history("MILESTONE", id)).extracting(r -> r.get("action") + ":" + r.get("field") + ":" + r.get("old_value"))
                .contains("DELETE:추진 내용:데이터 품질 점검");
        assertThat(history("MILESTONE", id)).allMatch(r -> "samcheok.chongmu".equals(r.get("changed_by")));
    }

    @Test
    @Transactional
    void kpiValueCreateUpdateDeleteAreRecorded() throws Exception {
        var officer = SignedIn.as(user("samcheok.chongmu"));
        String kpi = "/plans/" + planId + "/tasks/" + taskId + "/kpis/" + kpiId + "/actual";
        mvc.perform(post(kpi).param("year", "2021").param("quarter", "2").param("value", "87").param("note", "포털 현황")
                .with(csrf()).with(officer)).andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from kpi_actual where kpi_id = ?", Long.class, kpiId);
        mvc.perform(post(kpi).param("year", "2021").param("quarter", "2").param("value", "88").param("version", "0")
                .with(csrf()).with(officer)).andExpect(status().isFound());
        mvc.perform(post(kpi + "/delete").param("year", "2021").param("quarter", "2").param("version", "1")
                .with(csrf()).with(officer)).andExpect(status().isFound())
                .andExpect(redirectedUrl(kpi + "/delete?year=2021&quarter=2"));
        mvc.perform(get(kpi + "/delete").param("year", "2021").param("quarter", "2").with(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("88개 실적이 사라지고")));
        mvc.perform(post(kpi + "/delete").param("year", "2021").param("quarter", "2").param("version", "1")
                .param("confirm", "true").with(csrf()).with(officer)).andExpect(status().isFound());
        assertThat(history("KPI_ACTUAL", id)).extracting(r -> r.get("action") + ":" + r.get("field") + ":" + r.get("old_value") + "→" + r.get("new_value"))
                .containsExactly("CREATE:실적:null→87개", "CREATE:출처·비고:null→포털 현황", "UPDATE:실적:87개→88개",
                        "UPDATE:출처·비고:포털 현황→null", "DELETE:실적:88개→null");
    }

    @Test
    @Transactional
    void taskUpdateIsRecorded() throws Exception {
        mvc.perform(post("/plans/" + planId + "/tasks/" + taskId + "/edit").param("officer", "홍길동 주무관")
                .param("phone", "033-570-3466").param("version", "0").with(csrf())
                .with(SignedIn.as(user("samcheok.chongmu")))).andExpect(status().isFound());
        assertThat(history("TASK", taskId)).extracting(r -> r.get("field") + ":" + r.get("old_value") + "→" + r.get("new_value"))
                .containsExactly("담당자:박상훈 주무관→홍길동 주무관");
    }

    @Test
    @Transactional
    void accountCreateUpdateAndPasswordResetAreRecorded() throws Exception {
        var admin = SignedIn.as(user("samcheok.admin"));
        mvc.perform(post("/admin/accounts").param("username", "samcheok.hwangyeong").param("displayName", "환경과 담당자")
                .param("role", "DEPARTMENT_OFFICER").param("departmentId", String.valueOf(
                        jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                                + " where o.name = '삼척시' and d.name = '환경과'", Long.class)))
                .param("password", "long-enough-1").param("passwordConfirm", "long-enough-1")
                .with(csrf()).with(admin)).andExpect(status().isFound());
        flush();
        long id = jdbc.queryForObject("select id from account where username = 'samcheok.hwangyeong'", Long.class);
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, id))
                .startsWith("$2a$").doesNotContain("long-enough-1");
        mvc.perform(post("/admin/accounts/" + id).param("displayName", "환경과 담당자").param("role", "VIEWER")
                .param("enabled", "false").param("version", "0").with(csrf()).with(admin)).andExpect(status().isFound());
        mvc.perform(post("/admin/accounts/" + id + "/password").param("password", "another-pass-2")
                .param("passwordConfirm", "another-pass-2").param("version", "1").with(csrf()).with(admin))
                .andExpect(status().isFound());
        assertThat(history("ACCOUNT", id)).extracting(r -> r.get("action") + ":" + r.get("field") + ":" + r.get("new_value"))
                .contains("CREATE:아이디:samcheok.hwangyeong", "UPDATE:역할:열람자", "UPDATE:부서:null", "UPDATE:사용:중지",
                        "UPDATE:비밀번호:(재설정됨)");
    }

    /** A password reset on a stale page says so above the password form, without a table of saved values. */
    @Test
    @Transactional
    void aStalePasswordResetAnswers409AndChangesNothing() throws Exception {
        var admin = SignedIn.as(user("samcheok.admin"));
        long id = jdbc.queryForObject("select id from account where username = 'samcheok.viewer'", Long.class);
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, id);
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
        mvc.perform(post("/admin/accounts/" + id).param("displayName", "열람 담당").param("role", "VIEWER")
                .param("enabled", "true").param("version", "" + version).with(csrf()).with(admin))
                .andExpect(status().isFound());

        String html = mvc.perform(post("/admin/accounts/" + id + "/password").param("password", "stale-page-pass-3")
                        .param("passwordConfirm", "stale-page-pass-3").param("version", "" + version)
                        .with(csrf()).with(admin))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("비밀번호를 바꾸려던 사이에 다른 사용자가 이 계정을 바꿨습니다")
                .doesNotContain("stale-page-pass-3").doesNotContain("class=\"conflict card");
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, id))
                .isEqualTo(hash);
    }

    @Test
    @Transactional
    void adminCannotDisableThemselves() throws Exception {
        long self = jdbc.queryForObject("select id from account where username = 'samcheok.admin'", Long.class);
        // an unticked checkbox sends only its "_enabled" marker, as the browser form does
        String html = mvc.perform(post("/admin/accounts/" + self).param("displayName", "관리자").param("role", "PLANNING_ADMIN")
                        .param("_enabled", "on").param("version", "0").with(csrf()).with(SignedIn.as(user("samcheok.admin"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("자기 자신의 계정은 사용 중지할 수 없습니다.");
    }

    @Test
    @Transactional
    void historyCannotBeChangedThroughTheApplication() throws Exception {
        mvc.perform(post("/plans/" + planId + "/tasks/" + taskId + "/edit").param("officer", "홍길동 주무관")
                .param("version", "0").with(csrf()).with(SignedIn.as(user("samcheok.chongmu")))).andExpect(status().isFound());
        long entryId = jdbc.queryForObject("select id from change_log where task_id = ? and field = '담당자'", Long.class, taskId);
        var entry = em.find(kr.innotrack.history.ChangeLogEntry.class, entryId);
        var newValue = kr.innotrack.history.ChangeLogEntry.class.getDeclaredField("newValue");
        newValue.setAccessible(true);
        newValue.set(entry, "조작된 값");
        em.flush();
        assertThat(jdbc.queryForObject("select new_value from change_log where id = ?", String.class, entryId))
                .as("a changed history entry is never written back").isEqualTo("홍길동 주무관");
        Class<?> repository = Class.forName("kr.innotrack.history.ChangeLogRepository");
        assertThat(Stream.of(repository.getMethods()).map(java.lang.reflect.Method::getName))
                .as("the repository offers only save and finders").allMatch(n -> n.equals("save") || n.startsWith("find"));
    }
}
