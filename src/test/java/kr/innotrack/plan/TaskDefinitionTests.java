package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 15, the task editor: the planning admin creates a task (code suggested from its node), writes schedule lines as
 * people write them and KPIs, edits every field, moves and retires tasks; after confirmation structural changes need a
 * reason and land in the 계획 변경 이력; a closed plan is read-only; departments cannot author.
 */
@IntegrationTest
@Transactional
abstract class TaskDefinitionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long plan() {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
    }

    private long node(String code) {
        return node(plan(), code);
    }

    private long node(long planId, String code) {
        return jdbc.queryForObject("select id from strategy_node where plan_id = ? and code = ?", Long.class, planId,
                code);
    }

    private long task(String code) {
        return jdbc.queryForObject("select id from task where plan_id = ? and code = ?", Long.class, plan(), code);
    }

    private long department(String name) {
        return jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                + " where o.name = '삼척시' and d.name = ?", Long.class, name);
    }

    /** Writes what the requests changed, so plain SQL sees it (the test's transaction holds it all). */
    private void flush() {
        entities.flush();
    }

    @Autowired
    PlanAssembly assembly;

    @Autowired
    TaskDefinitionEditing editing;

    @Autowired
    PlanQueries overviews;

    /** Samcheok's 2022 plan, still being written (작성 중): node 가-1 with tasks 가-1-1 … 가-1-4, as in 2021. */
    private long draftPlan() {
        long lead = department("기획조정실");
        java.util.List<PlanBlueprint.TaskPlan> tasks = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            tasks.add(new PlanBlueprint.TaskPlan("가-1", "가-1-" + i, "과제 " + i, lead, java.util.List.of(), null, null,
                    null, null, false, false, null, null, null, null, java.util.List.of(), java.util.List.of(), null,
                    null));
        }
        return assembly.create(new PlanBlueprint(new PlanBlueprint.Header(2022, "2022년 혁신 실행계획", null, null, null,
                null, null, null, null), java.util.List.of(
                new PlanBlueprint.Node("가", null, "참여", "영역", null, false),
                new PlanBlueprint.Node("가-1", "가", "시민참여", "중점분야", null, false),
                new PlanBlueprint.Node("가-2", "가", "협업", "중점분야", null, false)), tasks),
                Accounts.user(jdbc, "samcheok.admin"));
    }

    /** The seeded 2021 plan closed (종료), through the plan's own steps. */
    private void closeSeededPlan() {
        entities.find(Plan.class, plan()).close(java.time.LocalDateTime.now());
        flush();
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder newTask(long planId, String code, String title) {
        return post("/plans/" + planId + "/tasks/new").param("nodeId", "" + node(planId, "가-1")).param("code", code)
                .param("title", title).param("leadDepartmentId", "" + department("기획조정실"))
                .param("collaboratingDepartmentIds", "" + department("총무과")).param("officer", "홍길동")
                .param("phone", "033-570-0000").param("budgetText", "('21년) 3백만").param("continuing", "false")
                .param("background", "배경 첫 줄\n둘째 줄").param("details", "주요내용").param("before", "전")
                .param("after", "후");
    }

    private long created(long planId, String title) {
        flush();
        return jdbc.queryForObject("select id from task where plan_id = ? and title = ?", Long.class, planId, title);
    }

    @Test
    void aTaskCreatedInADraftGetsTheSuggestedCodeATypedScheduleLineAndAKpi() throws Exception {
        long p = draftPlan();
        String form = html(get("/plans/" + p + "/tasks/new"), 200);
        assertThat(form).contains("id=\"task-definition-form\"", "다음 번호 가-1-5");
        mvc.perform(newTask(p, "", "시민 제안 정책 반영").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/plans/*/tasks/*/define"));
        long id = created(p, "시민 제안 정책 반영");
        Map<String, Object> row = jdbc.queryForMap("select code, lead_department_id, background, sort_order"
                + " from task where id = ?", id);
        assertThat(row.get("code")).isEqualTo("가-1-5");
        assertThat(((Number) row.get("lead_department_id")).longValue()).isEqualTo(department("기획조정실"));
        assertThat(row.get("background")).isEqualTo("배경 첫 줄\n둘째 줄");
        assertThat(jdbc.queryForObject("select count(*) from task_collaborating_department where task_id = ?",
                Long.class, id)).isEqualTo(1);

        mvc.perform(post("/plans/" + p + "/tasks/" + id + "/schedule").param("description", "시민 제안 공모")
                        .param("scheduleText", "2021. 6~7월").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/" + p + "/tasks/" + id + "/define#schedule-lines"));
        mvc.perform(post("/plans/" + p + "/tasks/" + id + "/schedule").param("description", "추진상황 점검")
                        .param("scheduleText", "분기별 1회").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound());
        mvc.perform(post("/plans/" + p + "/tasks/" + id + "/indicators").param("name", "정책 반영 건수")
                        .param("unit", "건").param("baseline", "2").param("target", "5").param("direction", "INCREASE")
                        .param("frequency", "HALF_YEARLY").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/" + p + "/tasks/" + id + "/define#kpi-definitions"));
        flush();
        Map<String, Object> line = jdbc.queryForMap("select schedule_text, planned_start, planned_end, recurrence"
                + " from milestone where task_id = ? and description = '시민 제안 공모'", id);
        assertThat(line.get("schedule_text")).isEqualTo("2021. 6~7월");
        assertThat(((Date) line.get("planned_start")).toLocalDate()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(((Date) line.get("planned_end")).toLocalDate()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(jdbc.queryForObject("select recurrence from milestone where task_id = ? and description = ?",
                String.class, id, "추진상황 점검")).isEqualTo("QUARTERLY");
        Map<String, Object> kpi = jdbc.queryForMap("select name, unit, baseline, target, direction, frequency"
                + " from kpi where task_id = ?", id);
        assertThat(kpi.get("direction")).isEqualTo("INCREASE");
        assertThat(kpi.get("frequency")).isEqualTo("HALF_YEARLY");
        assertThat(((Number) kpi.get("target")).intValue()).isEqualTo(5);

        String page = html(get("/plans/" + p + "/tasks/" + id + "/define"), 200);
        assertThat(page).contains("시민 제안 공모", "2021. 6~7월", "2021-06 ~ 2021-07", "정책 반영 건수", "반기별",
                "id=\"delete-task\"").doesNotContain("id=\"retire-task\"");
        // a draft is still being written: no 계획 변경 이력, and the history is the organization's, not yet the task's
        assertThat(jdbc.queryForObject("select count(*) from plan_change where plan_id = ?", Long.class, p))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'TASK' and entity_id = ?"
                + " and task_id is null", Long.class, id)).isPositive();

        // nobody has worked on it: it may be deleted, with its lines and KPI
        mvc.perform(post("/plans/" + p + "/tasks/" + id + "/delete").param("version", "" + version(id))
                        .param("confirm", "true").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + p + "/tasks"));
        flush();
        assertThat(jdbc.queryForObject("select count(*) from task where id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from milestone where task_id = ?", Long.class, id)).isZero();
    }

    private long version(long taskId) {
        flush();
        return jdbc.queryForObject("select version from task where id = ?", Long.class, taskId);
    }

    @Test
    void aCodeAnotherTaskHasIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        long p = draftPlan();
        long before = jdbc.queryForObject("select count(*) from task", Long.class);
        String page = html(newTask(p, "가-1-1", "중복 번호 과제"), 400);
        assertThat(page).contains("이 계획에 과제 번호 가-1-1인 과제가 이미 있습니다.", "value=\"중복 번호 과제\"",
                "error-summary");
        flush();
        assertThat(jdbc.queryForObject("select count(*) from task", Long.class)).isEqualTo(before);
    }

    @Test
    void scheduleTextWithoutMonthsAsksForTheMonths() throws Exception {
        long id = task("가-1-2");
        String base = "/plans/" + plan() + "/tasks/" + id + "/schedule";
        String page = html(post(base).param("description", "조례 개정").param("scheduleText", "추후 결정"), 400);
        assertThat(page).contains("일정에서 월을 읽을 수 없습니다. 시작 월을 입력하세요.", "type=\"month\"",
                "value=\"추후 결정\"");
        page = html(post(base).param("description", "조례 개정").param("scheduleText", "추후 결정")
                .param("plannedStart", "2021-10").param("plannedEnd", "2021-09"), 400);
        assertThat(page).contains("종료 월은 시작 월과 같거나 뒤여야 합니다.");
        html(post(base).param("description", "조례 개정").param("scheduleText", "추후 결정")
                .param("plannedStart", "2021-09"), 302);
        flush();
        Map<String, Object> line = jdbc.queryForMap("select planned_start, planned_end, recurrence from milestone"
                + " where task_id = ? and description = '조례 개정'", id);
        assertThat(((Date) line.get("planned_start")).toLocalDate()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(((Date) line.get("planned_end")).toLocalDate()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(line.get("recurrence")).isNull();
    }

    @Test
    void thePreviewShowsTheMonthsWhileTypingAndTheMonthInputsWhenItCannotRead() throws Exception {
        String preview = html(get("/plans/" + plan() + "/schedule-preview").param("scheduleText", "2021. 6~7월"), 200);
        assertThat(preview).contains("2021년 6월 ~ 7월", "id=\"schedule-preview\"").doesNotContain("type=\"month\"")
                .doesNotContain("<html");
        assertThat(html(get("/plans/" + plan() + "/schedule-preview").param("scheduleText", "분기별 1회"), 200))
                .contains("분기별 (반복)");
        assertThat(html(get("/plans/" + plan() + "/schedule-preview").param("scheduleText", "추후 결정")
                .param("plannedStart", "2021-1x"), 200))
                .contains("월을 읽을 수 없습니다", "type=\"month\"", "value=\"2021-1x\"");
        mvc.perform(get("/plans/" + plan() + "/schedule-preview").param("scheduleText", "연중")
                .with(as("samcheok.gijo"))).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditIsAConflictWithTheSavedValuesBeside() throws Exception {
        long id = task("가-1-3");
        long version = version(id);
        String title = jdbc.queryForObject("select title from task where id = ?", String.class, id);
        MockHttpServletRequestBuilder edit = post("/plans/" + plan() + "/tasks/" + id + "/define")
                .param("nodeId", "" + node("가-1")).param("code", "가-1-3")
                .param("leadDepartmentId", "" + jdbc.queryForObject("select lead_department_id from task where id = ?",
                        Long.class, id));
        html(edit.param("version", "" + version).param("title", "첫 저장"), 302);
        flush();
        String page = html(post("/plans/" + plan() + "/tasks/" + id + "/define").param("version", "" + version)
                .param("nodeId", "" + node("가-1")).param("code", "가-1-3").param("title", "늦은 저장")
                .param("leadDepartmentId", "" + jdbc.queryForObject("select lead_department_id from task where id = ?",
                        Long.class, id)), 409);
        assertThat(page).contains("id=\"conflict\"", "첫 저장", "늦은 저장", "value=\"늦은 저장\"");
        assertThat(title).isNotEqualTo("첫 저장");
        assertThat(jdbc.queryForObject("select title from task where id = ?", String.class, id)).isEqualTo("첫 저장");
    }

    @Test
    void retiringATaskOfAConfirmedPlanRecordsTheReasonAndShowsItAs중단() throws Exception {
        long id = task("가-1-4");
        long organization = Accounts.user(jdbc, "samcheok.admin").organizationId();
        long tasksBefore = overviews.overview(plan(), organization).taskCount();
        String confirm = html(get("/plans/" + plan() + "/tasks/" + id + "/retire"), 200);
        assertThat(confirm).contains("id=\"retire-form\"", "계획 변경 이력");
        html(post("/plans/" + plan() + "/tasks/" + id + "/retire").param("version", "" + version(id))
                .param("reason", "국비 지원 중단으로 추진 불가"), 302);
        flush();
        Map<String, Object> change = jdbc.queryForMap("select kind, reason, task_id from plan_change where plan_id = ?",
                plan());
        assertThat(change.get("kind")).isEqualTo("TASK_RETIRED");
        assertThat(change.get("reason")).isEqualTo("국비 지원 중단으로 추진 불가");
        assertThat(((Number) change.get("task_id")).longValue()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select retired_on from task where id = ?", Date.class, id)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from task where id = ?", Long.class, id)).isOne();
        String page = html(get("/plans/" + plan() + "/tasks/" + id), 200);
        assertThat(page).contains("id=\"retired-badge\"", "국비 지원 중단으로 추진 불가")
                .doesNotContain("id=\"retire-task\"");
        assertThat(html(get("/plans/" + plan() + "/tasks"), 200)).contains("retired-reason", "국비 지원 중단으로 추진 불가");
        // the overview counts the plan's tasks without the retired one
        assertThat(overviews.overview(plan(), organization).taskCount()).isEqualTo(tasksBefore - 1);
        // and its progress stays as it was when it stopped: no more milestones or values
        long milestones = jdbc.queryForObject("select count(*) from milestone where task_id = ?", Long.class, id);
        assertThat(html(post("/plans/" + plan() + "/tasks/" + id + "/milestones").param("description", "추가 일정")
                .param("status", "PLANNED"), 409)).contains("중단되어 추진일정·성과지표 실적을 더 바꿀 수 없습니다");
        assertThat(jdbc.queryForObject("select count(*) from milestone where task_id = ?", Long.class, id))
                .isEqualTo(milestones);
        assertThat(page).doesNotContain("/milestones/new");
    }

    @Test
    void retiringWithoutAReasonIsRefusedBesideTheField() throws Exception {
        long id = task("가-1-4");
        String page = html(post("/plans/" + plan() + "/tasks/" + id + "/retire").param("version", "" + version(id))
                .param("reason", "  "), 400);
        assertThat(page).contains("중단 사유를 적으세요.", "id=\"retire-form\"");
        flush();
        assertThat(jdbc.queryForObject("select retired_on from task where id = ?", Date.class, id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from plan_change where plan_id = ?", Long.class, plan()))
                .isZero();
    }

    @Test
    void aConfirmedPlansMoveOrNewLeadNeedsAReasonAndIsRecorded() throws Exception {
        long id = task("가-1-2");
        MockHttpServletRequestBuilder move = post("/plans/" + plan() + "/tasks/" + id + "/define")
                .param("version", "" + version(id)).param("nodeId", "" + node("가-2")).param("code", "가-1-2")
                .param("renumber", "true").param("title", "옮긴 과제")
                .param("leadDepartmentId", "" + department("총무과"));
        assertThat(html(move, 400)).contains("확정된 계획입니다. 이 변경의 사유를 적으세요.");
        html(move.param("reason", "추진체계 재정비"), 302);
        flush();
        assertThat(jdbc.queryForList("select kind from plan_change where task_id = ? order by id", String.class, id))
                .containsExactly("TASK_MOVED", "LEAD_CHANGED");
        String code = jdbc.queryForObject("select code from task where id = ?", String.class, id);
        assertThat(code).startsWith("가-2-");
        assertThat(jdbc.queryForObject("select count(*) from change_log where task_id = ? and entity_type = 'TASK'",
                Long.class, id)).isPositive();
    }

    @Test
    void aKpiWithValuesCannotBeRemovedAndTheButtonSaysWhy() throws Exception {
        Map<String, Object> kpi = jdbc.queryForList("select k.id, k.task_id, k.version from kpi k join task t"
                + " on t.id = k.task_id where t.plan_id = ? order by k.id", plan()).get(0);
        long kpiId = ((Number) kpi.get("id")).longValue();
        long taskId = ((Number) kpi.get("task_id")).longValue();
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value, version)"
                + " select ?, 2021, 4, 1, 0 where not exists (select 1 from kpi_actual where kpi_id = ?)", kpiId, kpiId);
        String page = html(post("/plans/" + plan() + "/tasks/" + taskId + "/indicators/" + kpiId + "/remove")
                .param("version", "" + kpi.get("version")).param("reason", "지표 정비"), 400);
        assertThat(page).contains("kpi-remove-error", "삭제할 수 없습니다. 실적은 과제의 기록입니다.",
                "id=\"task-definition-form\"");
        flush();
        assertThat(jdbc.queryForObject("select count(*) from kpi where id = ?", Long.class, kpiId)).isOne();
    }

    @Test
    void aTargetChangeAfterConfirmationNeedsAReason() throws Exception {
        Map<String, Object> kpi = jdbc.queryForList("select k.id, k.task_id, k.version, k.name, k.unit, k.direction"
                + " from kpi k join task t on t.id = k.task_id where t.plan_id = ? order by k.id", plan()).get(0);
        String path = "/plans/" + plan() + "/tasks/" + kpi.get("task_id") + "/indicators/" + kpi.get("id");
        MockHttpServletRequestBuilder edit = post(path).param("version", "" + kpi.get("version"))
                .param("name", (String) kpi.get("name")).param("unit", (String) kpi.get("unit"))
                .param("target", "123456").param("direction", (String) kpi.get("direction"))
                .param("frequency", "YEARLY");
        assertThat(html(edit, 400)).contains("확정된 계획입니다. 이 변경의 사유를 적으세요.");
        html(edit.param("reason", "상향 조정"), 302);
        flush();
        assertThat(jdbc.queryForObject("select kind from plan_change where plan_id = ?", String.class, plan()))
                .isEqualTo("TARGET_CHANGED");
    }

    @Test
    void onlyThePlanningAdminAuthorsAndAnotherOrganizationsPlanIsNotFound() throws Exception {
        long id = task("가-1-1");
        for (String user : new String[] {"samcheok.gijo", "samcheok.viewer"}) {
            mvc.perform(get("/plans/" + plan() + "/tasks/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/plans/" + plan() + "/tasks/" + id + "/define").with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/" + plan() + "/tasks/" + id + "/retire").param("reason", "x").param("version", "0")
                    .with(csrf()).with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(html(get("/plans/" + plan() + "/tasks/" + id), 200)).contains("id=\"define-task\"");
        assertThat(mvc.perform(get("/plans/" + plan() + "/tasks/" + id).with(as("samcheok.gijo")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("id=\"define-task\"");
        long incheon = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name <> '삼척시' order by p.id fetch first 1 rows only", Long.class);
        mvc.perform(get("/plans/" + incheon + "/tasks/new").with(as("samcheok.admin")))
                .andExpect(status().isNotFound());
        flush();
        assertThat(jdbc.queryForObject("select retired_on from task where id = ?", Date.class, id)).isNull();
    }

    @Test
    void aClosedPlanIsReadOnly() throws Exception {
        long id = task("가-1-1");
        closeSeededPlan();
        String page = html(post("/plans/" + plan() + "/tasks/" + id + "/define").param("version", "0")
                .param("nodeId", "" + node("가-1")).param("code", "가-1-1").param("title", "바뀐 제목"), 409);
        assertThat(page).contains("종료되어 바꿀 수 없습니다");
        html(post("/plans/" + plan() + "/tasks/" + id + "/schedule").param("description", "x")
                .param("scheduleText", "2021. 6월"), 409);
        assertThat(html(get("/plans/" + plan() + "/tasks/" + id), 200)).doesNotContain("id=\"define-task\"");
        // the service refuses too, not only the guard in front of the pages
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editing.retire(plan(), id, "x", version(id),
                Accounts.user(jdbc, "samcheok.admin"))).isInstanceOf(kr.innotrack.shared.NotAllowedNow.class);
        flush();
        assertThat(jdbc.queryForObject("select title from task where id = ?", String.class, id))
                .isNotEqualTo("바뀐 제목");
    }
}
