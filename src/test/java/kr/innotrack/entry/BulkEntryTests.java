package kr.innotrack.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
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
 * Issue 16, "work in fewer clicks": the milestone grids (a task's, the department's), a quarter of budget execution in
 * one form, numbers typed with thousands separators, and the KPI accumulation type through the editor.
 */
@IntegrationTest
@Transactional
abstract class BulkEntryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManager em;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private void flush() {
        em.flush();
    }

    private long samcheokPlan() {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
    }

    /** A task of 기획조정실 in Samcheok's 2021 plan with at least four milestones; its milestones in order. */
    private long gijoTask() {
        return jdbc.queryForObject("select t.id from task t join department d on d.id = t.lead_department_id"
                + " where t.plan_id = ? and d.name = '기획조정실' and t.retired_on is null"
                + " and (select count(*) from milestone m where m.task_id = t.id) >= 4 order by t.sort_order"
                + " fetch first 1 rows only", Long.class, samcheokPlan());
    }

    private List<Map<String, Object>> milestones(long taskId) {
        return jdbc.queryForList("select id, version, status, note from milestone where task_id = ? order by sort_order",
                taskId);
    }

    private long historyOf(String type, Object id) {
        return jdbc.queryForObject("select count(*) from change_log where entity_type = ? and entity_id = ?", Long.class,
                type, ((Number) id).longValue());
    }

    /** The grid's rows as posted: each milestone unchanged, as the page shows it. */
    private static MockHttpServletRequestBuilder grid(MockHttpServletRequestBuilder request, List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> m = rows.get(i);
            request.param("rows[" + i + "].milestoneId", "" + m.get("id"))
                    .param("rows[" + i + "].version", "" + m.get("version"));
        }
        return request;
    }

    private MockHttpServletRequestBuilder taskGridPost(long taskId) {
        return post("/plans/" + samcheokPlan() + "/tasks/" + taskId + "/milestones/grid").with(csrf())
                .with(as("samcheok.gijo"));
    }

    /** Posts every milestone of the task with its saved values (the page's own inputs), then the given changes. */
    private MockHttpServletRequestBuilder unchangedGrid(long taskId, MockHttpServletRequestBuilder request) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, version, status, actual_completion,"
                + " planned_start, planned_end, note from milestone where task_id = ? order by sort_order", taskId);
        grid(request, rows);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> m = rows.get(i);
            request.param("rows[" + i + "].status", (String) m.get("status"));
            if (m.get("actual_completion") != null) {
                request.param("rows[" + i + "].actualCompletion", m.get("actual_completion").toString());
            }
            if (m.get("planned_start") != null) {
                request.param("rows[" + i + "].plannedStart", m.get("planned_start").toString().substring(0, 7));
            }
            if (m.get("planned_end") != null) {
                request.param("rows[" + i + "].plannedEnd", m.get("planned_end").toString().substring(0, 7));
            }
            if (m.get("note") != null) {
                request.param("rows[" + i + "].note", (String) m.get("note"));
            }
        }
        return request;
    }

    @Test
    void anOfficerSavesThreeMilestonesOfATaskInOneGridAndTheUnchangedRowsStayAsTheyWere() throws Exception {
        long task = gijoTask();
        List<Map<String, Object>> before = milestones(task);
        String page = mvc.perform(get("/plans/" + samcheokPlan() + "/tasks/" + task + "/milestones/grid")
                        .with(as("samcheok.gijo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"milestone-grid\"", "rows[0].status", "rows[" + (before.size() - 1) + "].note");

        List<Long> historyBefore = before.stream().map(m -> historyOf("MILESTONE", m.get("id"))).toList();
        MockHttpServletRequestBuilder save = unchangedGrid(task, taskGridPost(task));
        // rows 0–2 change (their params are replaced), row 3 and the rest stay
        save = replace(save, 0, "status", "DONE", "actualCompletion", "2021-03-31", "note", "1차 완료");
        save = replace(save, 1, "status", "IN_PROGRESS", "note", "진행 중");
        save = replace(save, 2, "status", "DELAYED", "plannedEnd", "2021-12", "note", "일정 연기");
        mvc.perform(save).andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/" + samcheokPlan() + "/tasks/" + task + "#milestones"));
        flush();
        List<Map<String, Object>> after = milestones(task);
        assertThat(after.get(0).get("status")).isEqualTo("DONE");
        assertThat(after.get(1).get("note")).isEqualTo("진행 중");
        assertThat(after.get(2).get("status")).isEqualTo("DELAYED");
        for (int i = 0; i < 3; i++) {
            assertThat(((Number) after.get(i).get("version")).longValue())
                    .isEqualTo(((Number) before.get(i).get("version")).longValue() + 1);
            // one history entry per changed field
            assertThat(historyOf("MILESTONE", after.get(i).get("id"))).isGreaterThan(historyBefore.get(i));
        }
        for (int i = 3; i < after.size(); i++) {
            assertThat(after.get(i).get("version")).isEqualTo(before.get(i).get("version"));
            assertThat(historyOf("MILESTONE", after.get(i).get("id"))).isEqualTo(historyBefore.get(i));
        }
    }

    /** The grid with row {@code row}'s named fields set to new values (pairs of field, value). */
    private MockHttpServletRequestBuilder replace(MockHttpServletRequestBuilder request, int row, String... pairs) {
        org.springframework.mock.web.MockHttpServletRequest built = request.buildRequest(
                new org.springframework.mock.web.MockServletContext());
        MockHttpServletRequestBuilder copy = post(built.getRequestURI()).with(csrf()).with(as("samcheok.gijo"));
        java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            changes.put("rows[" + row + "]." + pairs[i], pairs[i + 1]);
        }
        built.getParameterMap().forEach((name, values) -> {
            if (!changes.containsKey(name) && !"_csrf".equals(name)) {
                copy.param(name, values);
            }
        });
        changes.forEach(copy::param);
        return copy;
    }

    @Test
    void aBadRowIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        long task = gijoTask();
        List<Map<String, Object>> before = milestones(task);
        long history = jdbc.queryForObject("select count(*) from change_log", Long.class);
        MockHttpServletRequestBuilder save = unchangedGrid(task, taskGridPost(task));
        save = replace(save, 0, "status", "IN_PROGRESS", "note", "좋은 줄");
        save = replace(save, 1, "status", "DONE"); // done without a completion date
        save = replace(save, 2, "plannedStart", "2021-09", "plannedEnd", "2021-03");
        String page = mvc.perform(save).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("완료로 바꾸려면 실제 완료일을 입력하세요.", "종료 월은 시작 월보다 빠를 수 없습니다.",
                "href=\"#rows1.actualCompletion\"", "href=\"#rows2.plannedEnd\"", "value=\"좋은 줄\"");
        flush();
        assertThat(milestones(task)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from change_log", Long.class)).isEqualTo(history);
    }

    @Test
    void aStaleRowIsAConflictWithTheSavedValuesAndNothingIsSaved() throws Exception {
        long task = gijoTask();
        MockHttpServletRequestBuilder save = unchangedGrid(task, taskGridPost(task));
        save = replace(save, 0, "note", "내 메모");
        save = replace(save, 1, "note", "다른 메모");
        // someone saved row 1 meanwhile
        jdbc.update("update milestone set note = '먼저 저장', version = version + 1 where id = ?",
                milestones(task).get(1).get("id"));
        List<Map<String, Object>> before = milestones(task);
        String page = mvc.perform(save).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"conflict\"", "먼저 저장", "다른 메모");
        flush();
        assertThat(milestones(task)).isEqualTo(before);
    }

    @Test
    void rowsOutsideTheTaskOrTheOrganizationAreNotFoundAndAnotherDepartmentsTaskIsForbidden() throws Exception {
        long task = gijoTask();
        Map<String, Object> foreign = jdbc.queryForMap("select m.id, m.version from milestone m join task t on t.id = m.task_id"
                + " join plan p on p.id = t.plan_id join organization o on o.id = p.organization_id"
                + " where o.name <> '삼척시' order by m.id fetch first 1 rows only");
        mvc.perform(grid(taskGridPost(task), List.of(foreign)).param("rows[0].status", "CANCELLED"))
                .andExpect(status().isNotFound());
        Map<String, Object> otherTask = jdbc.queryForMap("select m.id, m.version from milestone m where m.task_id <> ?"
                + " and m.task_id in (select id from task where plan_id = ?) order by m.id fetch first 1 rows only",
                task, samcheokPlan());
        mvc.perform(grid(taskGridPost(task), List.of(otherTask)).param("rows[0].status", "CANCELLED"))
                .andExpect(status().isNotFound());
        // the department grid: a milestone of a task 기획조정실 may not change
        Map<String, Object> notOurs = jdbc.queryForMap("select m.id, m.version from milestone m join task t on t.id = m.task_id"
                + " join department d on d.id = t.lead_department_id where t.plan_id = ? and d.name = '총무과'"
                + " and not exists (select 1 from task_collaborating_department c join department cd on cd.id = c.department_id"
                + " where c.task_id = t.id and cd.name = '기획조정실') order by m.id fetch first 1 rows only", samcheokPlan());
        mvc.perform(grid(post("/my/milestones").with(csrf()).with(as("samcheok.gijo")), List.of(notOurs))
                .param("rows[0].status", "CANCELLED")).andExpect(status().isForbidden());
        mvc.perform(get("/my/milestones").with(as("samcheok.viewer"))).andExpect(status().isForbidden());
        flush();
        assertThat(jdbc.queryForObject("select status from milestone where id = ?", String.class, notOurs.get("id")))
                .isNotEqualTo("CANCELLED");
    }

    @Test
    void theDepartmentGridListsItsDueMilestonesAndSavesThem() throws Exception {
        String page = mvc.perform(get("/my/milestones?month=2021-06").with(as("samcheok.gijo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> due = jdbc.queryForList("select m.id, m.version from milestone m join task t on t.id = m.task_id"
                + " join department d on d.id = t.lead_department_id where t.plan_id = ? and d.name = '기획조정실'"
                + " and t.retired_on is null and m.planned_end <= date '2021-07-01'"
                + " and m.status not in ('DONE', 'CANCELLED') order by m.planned_end, t.sort_order, m.sort_order",
                samcheokPlan());
        assertThat(due).isNotEmpty();
        assertThat(page).contains("id=\"milestone-grid\"", "action=\"/my/milestones?month=2021-06\"");
        for (Map<String, Object> m : due) {
            assertThat(page).contains("data-milestone=\"" + m.get("id") + "\"");
        }
        Map<String, Object> first = due.get(0);
        long firstHistory = historyOf("MILESTONE", first.get("id"));
        mvc.perform(grid(post("/my/milestones").param("month", "2021-06").with(csrf()).with(as("samcheok.gijo")),
                        List.of(first)).param("rows[0].status", "IN_PROGRESS").param("rows[0].note", "부서 일괄 입력"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/milestones?month=2021-06"));
        flush();
        assertThat(jdbc.queryForObject("select note from milestone where id = ?", String.class, first.get("id")))
                .isEqualTo("부서 일괄 입력");
        assertThat(historyOf("MILESTONE", first.get("id"))).isGreaterThan(firstHistory);
    }

    // ---- budget: a quarter in one form

    private long incheonPlan() {
        return jdbc.queryForObject("select distinct t.plan_id from budget_line b join task t on t.id = b.task_id"
                + " fetch first 1 rows only", Long.class);
    }

    private List<Long> incheonLines() {
        return jdbc.queryForList("select b.id from budget_line b join task t on t.id = b.task_id where t.plan_id = ?"
                + " and t.retired_on is null order by t.sort_order, b.sort_order", Long.class, incheonPlan());
    }

    private BigDecimal executed(long line, int quarter) {
        return jdbc.query("select executed_million from budget_execution where budget_line_id = ? and quarter = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, line, quarter);
    }

    @Test
    void aWholeQuarterIsSavedAtOnceWithSeparatorsAndTheViewStaysOnThatQuarter() throws Exception {
        long plan = incheonPlan();
        List<Long> lines = incheonLines();
        String page = mvc.perform(get("/plans/" + plan + "/budget/quarters/3").with(as("incheon.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"quarter-form\"", "lines[" + (lines.size() - 1) + "].executed",
                "inputmode=\"decimal\"");
        String executions = "select count(distinct entity_id) from change_log where entity_type = 'BUDGET_EXECUTION'";
        long history = jdbc.queryForObject(executions, Long.class);
        mvc.perform(post("/plans/" + plan + "/budget/quarters/3").with(csrf()).with(as("incheon.admin"))
                        .param("lines[0].lineId", "" + lines.get(0)).param("lines[0].executed", "1,200")
                        .param("lines[1].lineId", "" + lines.get(1)).param("lines[1].executed", "１，２００．５")
                        .param("lines[1].note", "전각 숫자")
                        .param("lines[2].lineId", "" + lines.get(2)).param("lines[2].executed", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + plan + "/budget?quarter=3"));
        flush();
        assertThat(executed(lines.get(0), 3)).isEqualByComparingTo("1200");
        assertThat(executed(lines.get(1), 3)).isEqualByComparingTo("1200.5");
        assertThat(executed(lines.get(2), 3)).isNull();
        assertThat(jdbc.queryForObject(executions, Long.class)).isEqualTo(history + 2);
        String view = mvc.perform(get("/plans/" + plan + "/budget?quarter=3").with(as("incheon.admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(view).contains("<option value=\"3\" selected=\"selected\"");

        // the same values again: nothing changes, no history, no new version
        String allRows = "select count(*) from change_log where entity_type = 'BUDGET_EXECUTION'";
        long rowsBefore = jdbc.queryForObject(allRows, Long.class);
        long version = jdbc.queryForObject("select version from budget_execution where budget_line_id = ? and quarter = 3",
                Long.class, lines.get(0));
        mvc.perform(post("/plans/" + plan + "/budget/quarters/3").with(csrf()).with(as("incheon.admin"))
                        .param("lines[0].lineId", "" + lines.get(0)).param("lines[0].version", "" + version)
                        .param("lines[0].executed", "1200"))
                .andExpect(status().isFound());
        flush();
        assertThat(jdbc.queryForObject("select version from budget_execution where budget_line_id = ? and quarter = 3",
                Long.class, lines.get(0))).isEqualTo(version);
        assertThat(jdbc.queryForObject(allRows, Long.class)).isEqualTo(rowsBefore);

        // a stale line: 409 with the saved value beside the person's, nothing saved
        String conflict = mvc.perform(post("/plans/" + plan + "/budget/quarters/3").with(csrf()).with(as("incheon.admin"))
                        .param("lines[0].lineId", "" + lines.get(0)).param("lines[0].version", "" + (version - 1))
                        .param("lines[0].executed", "999")
                        .param("lines[1].lineId", "" + lines.get(1)).param("lines[1].executed", "5"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("id=\"conflict\"", "1200", "999");
        flush();
        assertThat(executed(lines.get(0), 3)).isEqualByComparingTo("1200");
        assertThat(executed(lines.get(1), 3)).isEqualByComparingTo("1200.5");
    }

    @Test
    void malformedNumbersAreRefusedBesideTheFieldKeptAsTypedAndNothingIsSaved() throws Exception {
        long plan = incheonPlan();
        List<Long> lines = incheonLines();
        String page = mvc.perform(post("/plans/" + plan + "/budget/quarters/4").with(csrf()).with(as("incheon.admin"))
                        .param("lines[0].lineId", "" + lines.get(0)).param("lines[0].executed", "30")
                        .param("lines[1].lineId", "" + lines.get(1)).param("lines[1].executed", "1,2,,3"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("집행액은 숫자로 입력하세요.", "value=\"1,2,,3\"");
        flush();
        assertThat(executed(lines.get(0), 4)).isNull();

        // the single line form and the KPI value form take 「1,200」 too, and refuse 「12,00」
        mvc.perform(post("/plans/" + plan + "/budget/lines/" + lines.get(0) + "/quarters/4").with(csrf())
                        .with(as("incheon.admin")).param("executed", "1,234.5"))
                .andExpect(status().isFound()).andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .startsWith("/plans/" + plan + "/budget?quarter=4"));
        flush();
        assertThat(executed(lines.get(0), 4)).isEqualByComparingTo("1234.5");

        Map<String, Object> kpi = jdbc.queryForMap("select k.id, k.task_id from kpi k join task t on t.id = k.task_id"
                + " join department d on d.id = t.lead_department_id where t.plan_id = ? and d.name = '기획조정실'"
                + " order by k.id fetch first 1 rows only", samcheokPlan());
        String actual = "/plans/" + samcheokPlan() + "/tasks/" + kpi.get("task_id") + "/kpis/" + kpi.get("id") + "/actual";
        jdbc.update("delete from kpi_actual where kpi_id = ? and actual_year = 2021 and quarter = 4", kpi.get("id"));
        String refused = mvc.perform(post(actual).with(csrf()).with(as("samcheok.gijo")).param("year", "2021")
                        .param("quarter", "4").param("value", "12,00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("실적은 숫자로 입력하세요.", "value=\"12,00\"");
        mvc.perform(post(actual).with(csrf()).with(as("samcheok.gijo")).param("year", "2021").param("quarter", "4")
                .param("value", "1,200")).andExpect(status().isFound());
        flush();
        assertThat(jdbc.queryForObject("select actual_value from kpi_actual where kpi_id = ? and actual_year = 2021"
                + " and quarter = 4", BigDecimal.class, kpi.get("id"))).isEqualByComparingTo("1200");
    }

    @Test
    void anOfficerOnlyGetsTheirDepartmentsLinesAndAForgedLineIsRefused() throws Exception {
        long plan = incheonPlan();
        mvc.perform(get("/plans/" + plan + "/budget/quarters/5").with(as("incheon.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + plan + "/budget/quarters/1").with(as("samcheok.admin"))).andExpect(status().isNotFound());
        long samcheokLineless = samcheokPlan();
        mvc.perform(post("/plans/" + samcheokLineless + "/budget/quarters/1").with(csrf()).with(as("samcheok.admin"))
                        .param("lines[0].lineId", "" + incheonLines().get(0)).param("lines[0].executed", "1"))
                .andExpect(status().isNotFound());
    }

    // ---- KPI accumulation through the editor and the value form

    @Test
    void theAccumulationTypeRoundTripsThroughTheEditorAndDrivesTheValueFormAndTheAchievement() throws Exception {
        Map<String, Object> kpi = jdbc.queryForMap("select k.id, k.task_id, k.version, k.name, k.unit, k.target,"
                + " k.direction, k.frequency, k.accumulation from kpi k join task t on t.id = k.task_id"
                + " join department d on d.id = t.lead_department_id where t.plan_id = ? and d.name = '기획조정실'"
                + " and k.baseline is null order by k.id fetch first 1 rows only", samcheokPlan());
        String path = "/plans/" + samcheokPlan() + "/tasks/" + kpi.get("task_id") + "/indicators/" + kpi.get("id");
        assertThat(mvc.perform(get(path).with(as("samcheok.admin"))).andReturn().getResponse().getContentAsString())
                .contains("id=\"accumulation\"", "<option value=\"" + kpi.get("accumulation") + "\" selected=\"selected\"");
        mvc.perform(post(path).with(csrf()).with(as("samcheok.admin")).param("version", "" + kpi.get("version"))
                        .param("name", (String) kpi.get("name")).param("unit", (String) kpi.get("unit"))
                        .param("target", ((BigDecimal) kpi.get("target")).toPlainString())
                        .param("direction", (String) kpi.get("direction"))
                        .param("frequency", (String) kpi.get("frequency")).param("accumulation", "PER_QUARTER"))
                .andExpect(status().isFound());
        flush();
        assertThat(jdbc.queryForObject("select accumulation from kpi where id = ?", String.class, kpi.get("id")))
                .isEqualTo("PER_QUARTER");
        assertThat(mvc.perform(get(path).with(as("samcheok.admin"))).andReturn().getResponse().getContentAsString())
                .contains("<option value=\"PER_QUARTER\" selected=\"selected\"");
        assertThat(historyOf("KPI", kpi.get("id"))).isPositive();

        String actual = "/plans/" + samcheokPlan() + "/tasks/" + kpi.get("task_id") + "/kpis/" + kpi.get("id") + "/actual";
        assertThat(mvc.perform(get(actual).with(as("samcheok.gijo"))).andReturn().getResponse().getContentAsString())
                .contains("이 지표는 분기별 실적입니다", "이 분기 실적(분기 값)");
        jdbc.update("delete from kpi_actual where kpi_id = ?", kpi.get("id"));
        BigDecimal target = (BigDecimal) kpi.get("target");
        BigDecimal quarter = target.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP);
        for (int q = 1; q <= 2; q++) {
            mvc.perform(post(actual).with(csrf()).with(as("samcheok.gijo")).param("year", "2021")
                    .param("quarter", "" + q).param("value", quarter.toPlainString())).andExpect(status().isFound());
        }
        flush();
        // two quarters of a quarter of the target each: half the target, summed (the latest value alone would be 25%)
        String task = mvc.perform(get("/plans/" + samcheokPlan() + "/tasks/" + kpi.get("task_id")).with(as("samcheok.gijo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(task).contains("실적 집계: 분기별", "분기 합계");
        BigDecimal rate = quarter.multiply(BigDecimal.valueOf(2)).multiply(BigDecimal.valueOf(100))
                .divide(target, 1, java.math.RoundingMode.HALF_UP);
        assertThat(task).contains(rate.toPlainString() + "%");
    }
}
