package kr.innotrack.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.innotrack.plan.PlanAssembly;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * 부서 통합·분리: the closed departments point at their successor, accounts, tasks of plans not closed and entries of
 * open rounds follow, closed plans keep the departments (and names) of their year; every refusal beside its field.
 */
@IntegrationTest
@Transactional
abstract class ReorganisationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DepartmentService departments;

    @Autowired
    PlanAssembly assembly;

    long samcheok;
    long plan2021;
    long chongmu;
    long minwon;
    LocalDate today;

    @BeforeEach
    void ids() {
        samcheok = jdbc.queryForObject("select id from organization where name = '삼척시'", Long.class);
        plan2021 = jdbc.queryForObject("select id from plan where organization_id = ? and plan_year = 2021", Long.class,
                samcheok);
        chongmu = id("총무과");
        minwon = id("민원과");
        today = LocalDate.now(clock);
    }

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long id(String name) {
        return jdbc.queryForObject("select id from department where organization_id = ? and name = ?", Long.class,
                samcheok, name);
    }

    private long treeVersion() {
        return jdbc.queryForObject("select sum(version + 1) from department where organization_id = ?", Long.class,
                samcheok);
    }

    private long led(long departmentId) {
        return jdbc.queryForObject("select count(*) from task where plan_id = ? and lead_department_id = ?", Long.class,
                plan2021, departmentId);
    }

    private long departmentOf(String username) {
        return jdbc.queryForObject("select department_id from account where username = ?", Long.class, username);
    }

    private long taskLedBy(long departmentId) {
        return jdbc.queryForObject("select min(id) from task where plan_id = ? and lead_department_id = ?", Long.class,
                plan2021, departmentId);
    }

    /** A round of the 2021 plan in {@code state} with one entry of {@code taskId} for {@code departmentId}. */
    private long entry(String state, long taskId, long departmentId) {
        jdbc.update("insert into check_round (plan_id, round_year, quarter, title, reference_date, deadline, scope,"
                + " state, created_at) values (?, 2021, 3, ?, date '2021-09-30', date '2021-10-10', 'ALL', ?,"
                + " current_timestamp)", plan2021, "점검 " + state, state);
        long round = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id) values (?, ?, ?)", round, taskId,
                departmentId);
        return jdbc.queryForObject("select max(id) from round_entry", Long.class);
    }

    private long entryDepartment(long entryId) {
        return jdbc.queryForObject("select department_id from round_entry where id = ?", Long.class, entryId);
    }

    private MockHttpServletRequestBuilder merge(Object... departmentIds) {
        MockHttpServletRequestBuilder post = post("/admin/departments/merge").with(csrf());
        for (Object id : departmentIds) {
            post.param("departmentIds", "" + id);
        }
        return post;
    }

    @Test
    void mergingIntoANewDepartmentMovesAccountsOpenTasksAndOpenEntries() throws Exception {
        long chongmuTasks = led(chongmu);
        long minwonTasks = led(minwon);
        assertThat(chongmuTasks).isPositive();
        assertThat(minwonTasks).isPositive();
        long chongmuTask = taskLedBy(chongmu);
        long openEntry = entry("SUBMISSION", chongmuTask, chongmu);
        long closedEntry = entry("CLOSED", chongmuTask, chongmu);
        long stamp = jdbc.queryForObject("select security_stamp from account where username = 'samcheok.chongmu'",
                Long.class);

        mvc.perform(merge(chongmu, minwon).param("newName", "행정지원과").param("effectiveOn", today.toString())
                        .param("version", "" + treeVersion()).with(as("samcheok.admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/departments"));

        long successor = id("행정지원과");
        for (long merged : new long[] {chongmu, minwon}) {
            assertThat(jdbc.queryForMap("select closed_on, successor_id, reorganised from department where id = ?",
                    merged)).containsEntry("successor_id", successor).containsEntry("reorganised", "MERGED")
                    .containsEntry("closed_on", java.sql.Date.valueOf(today));
        }
        assertThat(departmentOf("samcheok.chongmu")).isEqualTo(successor);
        assertThat(departmentOf("samcheok.minwon")).isEqualTo(successor);
        // the department is part of a person's rights: their sessions end, as on the account form
        assertThat(jdbc.queryForObject("select security_stamp from account where username = 'samcheok.chongmu'",
                Long.class)).isGreaterThan(stamp);
        assertThat(led(chongmu) + led(minwon)).isZero();
        assertThat(led(successor)).isEqualTo(chongmuTasks + minwonTasks);
        assertThat(entryDepartment(openEntry)).isEqualTo(successor);
        assertThat(entryDepartment(closedEntry)).isEqualTo(chongmu);
        // the 2021 plan is confirmed: each lead change is in its 계획 변경 이력 with the reorganisation as reason
        assertThat(jdbc.queryForObject("select count(*) from plan_change where plan_id = ? and kind = 'LEAD_CHANGED'",
                Long.class, plan2021)).isEqualTo(chongmuTasks + minwonTasks);
        assertThat(jdbc.queryForList("select field || '=' || new_value from change_log where entity_type = 'DEPARTMENT'"
                + " and entity_id = ?", String.class, chongmu)).contains("개편=통합", "후속 부서=행정지원과",
                "폐지일=" + today);
        assertThat(jdbc.queryForList("select new_value from change_log where entity_type = 'TASK' and entity_id = ?",
                String.class, chongmuTask)).contains("행정지원과");
        assertThat(jdbc.queryForList("select new_value from change_log where entity_type = 'ROUND_ENTRY'"
                + " and entity_id = ?", String.class, openEntry)).contains("행정지원과");
        assertThat(jdbc.queryForList("select new_value from change_log where entity_type = 'ACCOUNT' and field = '부서'",
                String.class)).contains("행정지원과");

        String html = mvc.perform(get("/admin/departments").with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("통합됨 → 행정지원과");
    }

    @Test
    void aClosedPlanKeepsItsDepartmentsAndAnExistingSuccessorTakesTheRest() throws Exception {
        jdbc.update("update plan set state = 'CLOSED' where id = ?", plan2021);
        long chongmuTasks = led(chongmu);
        long minwonTasks = led(minwon);
        long chongmuTask = taskLedBy(chongmu);

        mvc.perform(merge(chongmu, minwon).param("successorId", "" + minwon).param("effectiveOn", today.toString())
                        .param("version", "" + treeVersion()).with(as("samcheok.admin")))
                .andExpect(status().isFound());

        assertThat(jdbc.queryForObject("select successor_id from department where id = ?", Long.class, chongmu))
                .isEqualTo(minwon);
        assertThat(jdbc.queryForObject("select closed_on from department where id = ?", String.class, minwon)).isNull();
        assertThat(departmentOf("samcheok.chongmu")).isEqualTo(minwon);
        assertThat(led(chongmu)).isEqualTo(chongmuTasks);
        assertThat(led(minwon)).isEqualTo(minwonTasks);
        String task = mvc.perform(get("/plans/" + plan2021 + "/tasks/" + chongmuTask).with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(task).contains(">총무과</a>");
    }

    @Test
    void aSplitGivesEachAccountAndTaskToTheChosenSuccessor() throws Exception {
        List<Long> tasks = jdbc.queryForList("select id from task where plan_id = ? and lead_department_id = ?"
                + " order by id", Long.class, plan2021, chongmu);
        assertThat(tasks).hasSizeGreaterThan(1);
        long account = jdbc.queryForObject("select id from account where username = 'samcheok.chongmu'", Long.class);
        long version = jdbc.queryForObject("select version from department where id = ?", Long.class, chongmu);
        String form = mvc.perform(get("/admin/departments/" + chongmu + "/split").with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"split-form\"", "samcheok.chongmu", "value=\"" + tasks.get(0) + ":1\"");

        mvc.perform(post("/admin/departments/" + chongmu + "/split").with(csrf()).with(as("samcheok.admin"))
                        .param("version", "" + version).param("effectiveOn", today.toString())
                        .param("successors[0].name", "총무행정과").param("successors[1].name", "인사과")
                        .param("successors[2].departmentId", "" + minwon)
                        .param("accountTo", account + ":1").param("taskTo", tasks.get(0) + ":2"))
                .andExpect(status().isFound());

        long main = id("총무행정과");
        long personnel = id("인사과");
        assertThat(jdbc.queryForMap("select successor_id, reorganised from department where id = ?", chongmu))
                .containsEntry("successor_id", main).containsEntry("reorganised", "SPLIT");
        assertThat(departmentOf("samcheok.chongmu")).isEqualTo(personnel);
        assertThat(jdbc.queryForObject("select lead_department_id from task where id = ?", Long.class, tasks.get(0)))
                .isEqualTo(minwon);
        assertThat(led(main)).isEqualTo(tasks.size() - 1);
        assertThat(mvc.perform(get("/admin/departments").with(as("samcheok.admin"))).andReturn().getResponse()
                .getContentAsString()).contains("분리됨 → 총무행정과, 인사과, 민원과");
    }

    @Test
    void aRenameKeepsTheOldNameForPlansOfEarlierYears() throws Exception {
        CurrentUser admin = Accounts.user(jdbc, "samcheok.admin");
        long plan2026 = assembly.create(new PlanBlueprint(new PlanBlueprint.Header(2026, "2026 혁신 실행계획", null, null,
                null, null, null, PlanBlueprint.Calendar.EMPTY, null),
                List.of(new PlanBlueprint.Node("1", null, "영역", "영역", null, false)),
                List.of(new PlanBlueprint.TaskPlan("1", "1-1", "민원 혁신", minwon, List.of(), null, null, null, null,
                        false, false, null, null, null, null, List.of(), List.of(), null, null))), admin);
        long task2026 = jdbc.queryForObject("select id from task where plan_id = ?", Long.class, plan2026);
        long task2021 = taskLedBy(minwon);
        long version = jdbc.queryForObject("select version from department where id = ?", Long.class, minwon);

        mvc.perform(post("/admin/departments/" + minwon).with(csrf()).with(as("samcheok.admin"))
                        .param("name", "민원봉사과").param("sortOrder", "0").param("version", "" + version))
                .andExpect(status().isFound());

        assertThat(mvc.perform(get("/plans/" + plan2021 + "/tasks/" + task2021).with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString()).contains(">민원과</a>").doesNotContain("민원봉사과");
        assertThat(mvc.perform(get("/plans/" + plan2021 + "/tasks").with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString()).contains(">민원과</a>").doesNotContain("민원봉사과");
        assertThat(mvc.perform(get("/plans/" + plan2026 + "/tasks/" + task2026).with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString()).contains(">민원봉사과</a>");
        assertThat(departments.namesInYear(samcheok, 2021)).containsEntry(minwon, "민원과");
        assertThat(departments.namesInYear(samcheok, today.getYear())).containsEntry(minwon, "민원봉사과");
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
        long bokji = id("복지정책과");
        jdbc.update("update department set closed_on = date '2020-01-01' where id = ?", bokji);
        long version = treeVersion();
        String html = mvc.perform(merge(chongmu).param("successorId", "" + chongmu).param("effectiveOn", "1989-12-31")
                        .param("version", "" + version).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("통합할 부서를 두 개 이상 고르세요.", "시행일은 1990-01-01부터 " + today.plusYears(1)
                + "까지의 날짜로 입력하세요.", "id=\"merge-form\"");
        html = mvc.perform(merge(chongmu, bokji).param("newName", "총무과").param("version", "" + version)
                        .param("effectiveOn", today.plusYears(2).toString()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("이 기관의 운영 중인 부서만 고를 수 있습니다.", "이 기관에 같은 이름의 부서가 이미 있습니다.",
                "까지의 날짜로 입력하세요.");
        html = mvc.perform(merge(chongmu, minwon).param("successorId", "" + id("기획조정실")).param("version", "" + version)
                        .with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("후속 부서는 통합할 부서로 고른 부서 중에서 고르세요.", "시행일을 입력하세요.");
        html = mvc.perform(merge(chongmu, minwon).param("departmentIds", "abc").param("version", "" + version)
                        .param("effectiveOn", "2026-02-30").with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        long chongmuVersion = jdbc.queryForObject("select version from department where id = ?", Long.class, chongmu);
        html = mvc.perform(post("/admin/departments/" + chongmu + "/split").with(csrf()).with(as("samcheok.admin"))
                        .param("version", "" + chongmuVersion).param("effectiveOn", today.toString())
                        .param("successors[1].name", "인사과").param("successors[2].departmentId", "" + chongmu)
                        .param("accountTo", "999999:1").param("taskTo", "x"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("첫째 후속 부서(주 후속 부서)를 입력하세요.",
                "후속 부서는 분리되는 부서가 아닌, 이 기관의 운영 중인 부서에서 한 번씩만 고르세요.",
                "계정과 과제는 이 부서의 것을, 입력한 후속 부서에 배정하세요.", "id=\"split-form\"");

        assertThat(jdbc.queryForObject("select count(*) from department where organization_id = ? and closed_on is not null",
                Long.class, samcheok)).isEqualTo(1);
        assertThat(departmentOf("samcheok.chongmu")).isEqualTo(chongmu);
        assertThat(led(chongmu)).isPositive();
    }

    @Test
    void onlyPlanningAdminsReorganiseAndAStaleFormIsAConflict() throws Exception {
        long version = treeVersion();
        for (String user : new String[] {"samcheok.gijo", "samcheok.viewer"}) {
            mvc.perform(merge(chongmu, minwon).param("newName", "행정지원과").param("effectiveOn", today.toString())
                    .param("version", "" + version).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/departments/" + chongmu + "/split").with(as(user)))
                    .andExpect(status().isForbidden());
        }
        // another admin renamed a department meanwhile
        jdbc.update("update department set name = '기획예산실', version = version + 1 where id = ?", id("기획조정실"));
        String html = mvc.perform(merge(chongmu, minwon).param("newName", "행정지원과")
                        .param("effectiveOn", today.toString()).param("version", "" + version).with(as("samcheok.admin")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"conflict\"", "행정지원과", "value=\"" + treeVersion() + "\"");
        assertThat(jdbc.queryForObject("select closed_on from department where id = ?", String.class, chongmu)).isNull();
    }

    /** Its own test: the test transaction's persistence context would otherwise hold the department as read before. */
    @Test
    void aStaleSplitIsAConflict() throws Exception {
        long stale = jdbc.queryForObject("select version from department where id = ?", Long.class, chongmu);
        jdbc.update("update department set version = version + 1 where id = ?", chongmu);
        mvc.perform(post("/admin/departments/" + chongmu + "/split").with(csrf()).with(as("samcheok.admin"))
                        .param("version", "" + stale).param("effectiveOn", today.toString())
                        .param("successors[0].name", "총무행정과").param("successors[1].name", "인사과"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from department where organization_id = ? and name = '인사과'",
                Long.class, samcheok)).isZero();
        assertThat(jdbc.queryForObject("select closed_on from department where id = ?", String.class, chongmu)).isNull();
    }

    @Test
    void anotherOrganizationsDepartmentIsNotFound() throws Exception {
        long incheon = jdbc.queryForObject("select min(d.id) from department d join organization o"
                + " on o.id = d.organization_id where o.name = '인천광역시'", Long.class);
        mvc.perform(get("/admin/departments/" + incheon + "/split").with(as("samcheok.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/departments/" + incheon + "/split").with(csrf()).with(as("samcheok.admin"))
                .param("version", "0")).andExpect(status().isNotFound());
        String html = mvc.perform(merge(chongmu, incheon).param("newName", "행정지원과")
                        .param("effectiveOn", today.toString()).param("version", "" + treeVersion())
                        .with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("이 기관의 운영 중인 부서만 고를 수 있습니다.");
    }
}
