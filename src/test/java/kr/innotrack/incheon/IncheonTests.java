package kr.innotrack.incheon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import kr.innotrack.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Incheon's 2020 work report as seeded (checked against the source's own totals), the council audit findings
 * register and budget execution. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
abstract class IncheonTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long planId() {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '인천광역시'", Long.class);
    }

    long organizationId() {
        return jdbc.queryForObject("select id from organization where name = '인천광역시'", Long.class);
    }

    long finding(String number) {
        return jdbc.queryForObject("select id from audit_finding where management_number = ?", Long.class, number);
    }

    RequestPostProcessor as(String username) {
        Map<String, Object> a = jdbc.queryForMap("select id, display_name, organization_id, department_id, role"
                + " from account where username = ?", username);
        return SignedIn.as(new CurrentUser(((Number) a.get("id")).longValue(), username, (String) a.get("display_name"),
                ((Number) a.get("organization_id")).longValue(),
                a.get("department_id") == null ? null : ((Number) a.get("department_id")).longValue(),
                Role.valueOf((String) a.get("role"))));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    // ---------------------------------------------------------------- seed

    @Test
    void officeDivisionsHeadcountBudgetsAndCommittees() {
        assertThat(jdbc.queryForList("""
                select c.name from department c join department p on p.id = c.parent_id
                where p.name = '소통협력관' order by c.sort_order""", String.class))
                .containsExactly("시민정책담당관실", "공동체협치담당관실", "소통기획담당관실", "혁신담당관실");
        assertThat(count("select sum(authorized) from department_headcount")).isEqualTo(67);
        assertThat(count("select sum(current_count) from department_headcount")).isEqualTo(68);
        assertThat(jdbc.queryForList("select grade || ' ' || sum(authorized) || '/' || sum(current_count)"
                + " from department_headcount group by grade, sort_order order by sort_order", String.class))
                .containsExactly("2급 1/1", "4급 4/3", "5급 15/15", "6급 25/23", "7급 22/21", "8급 0/5");
        assertThat(count("select sum(total_million) from department_budget where budget_year = 2020")).isEqualTo(11_815);
        assertThat(count("select sum(program_million) from department_budget")).isEqualTo(11_700);
        assertThat(count("select sum(administrative_million) from department_budget")).isEqualTo(115);
        assertThat(count("select count(*) from department_budget where total_million <> program_million + administrative_million"))
                .isZero();
        assertThat(count("select count(*) from committee c join organization o on o.id = c.organization_id"
                + " where o.name = '인천광역시'")).isEqualTo(9);
    }

    @Test
    void nineteenWorkItemsByDivision() {
        assertThat(count("select count(*) from task where plan_id = ?", planId())).isEqualTo(19);
        assertThat(jdbc.queryForList("""
                select d.name || '=' || count(t.id) from task t join department d on d.id = t.lead_department_id
                where t.plan_id = ? group by d.name, d.sort_order order by d.sort_order""", String.class, planId()))
                .containsExactly("시민정책담당관실=6", "공동체협치담당관실=5", "소통기획담당관실=5", "혁신담당관실=3");
        assertThat(count("select count(*) from budget_line b join task t on t.id = b.task_id where t.plan_id = ?",
                planId())).isEqualTo(46);
    }

    @Test
    @SuppressWarnings("unchecked")
    void budgetPlansAddUpAsTheSourceTablesDo() throws Exception {
        // every line: its four quarters make its 2020 amount
        assertThat(count("select count(*) from budget_line where coalesce(q1_million, 0) + coalesce(q2_million, 0)"
                + " + coalesce(q3_million, 0) + coalesce(q4_million, 0) <> amount_million")).isZero();
        // every item with a 계 row in the source: the seeded lines add up to it, column by column
        Map<String, Object> doc;
        try (InputStream in = new ClassPathResource("db/seed/incheon-2020.yaml").getInputStream()) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        int checked = 0;
        for (Object node : (List<Object>) ((Map<String, Object>) doc.get("plan")).get("nodes")) {
            for (Object t : (List<Object>) ((Map<String, Object>) node).get("tasks")) {
                Map<String, Object> task = (Map<String, Object>) t;
                Map<String, Object> total = (Map<String, Object>) task.get("budgetTotal");
                if (total == null) {
                    continue;
                }
                Map<String, Object> sums = jdbc.queryForMap("""
                        select sum(coalesce(previous_year_million, 0)) as prev, sum(amount_million) as amount,
                               sum(coalesce(q1_million, 0)) as q1, sum(coalesce(q2_million, 0)) as q2,
                               sum(coalesce(q3_million, 0)) as q3, sum(coalesce(q4_million, 0)) as q4
                        from budget_line b join task k on k.id = b.task_id where k.plan_id = ? and k.title = ?""",
                        planId(), task.get("title"));
                List<Object> quarters = (List<Object>) total.get("quarters");
                assertThat(decimal(sums.get("prev"))).as(task.get("title") + " '19").isEqualByComparingTo(decimal(total.get("previousYear")));
                assertThat(decimal(sums.get("amount"))).as(task.get("title") + " '20").isEqualByComparingTo(decimal(total.get("amount")));
                for (int q = 0; q < 4; q++) {
                    assertThat(decimal(sums.get("q" + (q + 1)))).as(task.get("title") + " " + (q + 1) + "/4")
                            .isEqualByComparingTo(decimal(quarters.get(q)));
                }
                checked++;
            }
        }
        assertThat(checked).as("items whose source table has a 계 row").isEqualTo(13);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    @Test
    void thirteenFindingsWithTheSummaryFromTheData() throws Exception {
        assertThat(jdbc.queryForList("select finding_type || '=' || count(*) from audit_finding group by finding_type"
                + " order by finding_type", String.class)).containsExactly("ACTION=8", "RECOMMENDATION=5");
        assertThat(count("select count(*) from audit_finding where status = 'IN_PROGRESS'")).isEqualTo(13);
        var f7 = jdbc.queryForMap("select f.title, d.name as division, f.finding_type from audit_finding f"
                + " join department d on d.id = f.department_id where f.management_number = '19-7'");
        assertThat(f7.get("title")).isEqualTo("인천시 도시자산(건축자산, 문화유산, 산업유산)을 활용한 인포그래픽 등 도시 홍보물 제작");
        assertThat(f7.get("division")).isEqualTo("소통기획담당관실");
        String html = mvc.perform(get("/audit-findings").with(as("incheon.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("data-type=\"ACTION\">\\s*<th scope=\"row\">처리요구</th>\\s*<td class=\"num\">8</td>")
                .containsPattern("data-type=\"RECOMMENDATION\">\\s*<th scope=\"row\">건의</th>\\s*<td class=\"num\">5</td>");
        mvc.perform(get("/api/audit-findings").param("organization", String.valueOf(organizationId()))
                        .with(as("incheon.viewer")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[0].number").value("19-1"))
                .andExpect(jsonPath("$[0].type").value("처리요구"))
                .andExpect(jsonPath("$[0].status").value("진행"));
    }

    @Test
    void departmentsPageShowsTheOfficeHierarchyHeadcountBudgetsAndCommittees() throws Exception {
        String html = mvc.perform(get("/organizations/" + organizationId() + "/departments").with(as("incheon.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("level-0\"><a[^>]*>소통협력관</a>")
                .containsPattern("level-1\"><a[^>]*>시민정책담당관실</a>")
                .contains("19/19").contains("12/13").contains("4,814").contains("4,787")
                .contains("위원회 현황").contains("공론화위원회").contains("박남춘, 정세일 (공동위원장)");
    }

    // ---------------------------------------------------------------- register

    @Test
    void filterByDivision() throws Exception {
        long division = jdbc.queryForObject("select id from department where name = '혁신담당관실'", Long.class);
        String html = mvc.perform(get("/audit-findings").param("dept", String.valueOf(division)).with(as("incheon.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(java.util.regex.Pattern.compile("data-number=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1))).containsExactly("19-8");
        mvc.perform(get("/audit-findings").param("type", "NONSENSE").with(as("incheon.viewer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    @Transactional
    void responsibleDivisionRecordsProgressOthersCannot() throws Exception {
        long id = finding("19-1");
        mvc.perform(post("/audit-findings/" + id + "/progress").param("entryDate", "2020-01-20")
                        .param("content", "조사결과 전부서 통보 및 홈페이지 게시").with(csrf()).with(as("incheon.simin")))
                .andExpect(status().isFound());
        mvc.perform(get("/audit-findings/" + id).with(as("incheon.viewer")))
                .andExpect(content().string(containsString("조사결과 전부서 통보 및 홈페이지 게시")))
                .andExpect(content().string(containsString("2020-01-20")));
        mvc.perform(post("/audit-findings/" + id + "/progress").param("entryDate", "2020-02-01").param("content", "x")
                .with(csrf()).with(as("incheon.sotong"))).andExpect(status().isForbidden());
        mvc.perform(post("/audit-findings/" + id + "/progress").param("entryDate", "2020-02-01").param("content", "x")
                .with(csrf()).with(as("incheon.viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit-findings/" + id).with(as("samcheok.admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/audit-findings/" + id + "/progress").param("entryDate", "2020-02-01").param("content", "x")
                .with(csrf()).with(as("samcheok.admin"))).andExpect(status().isNotFound());
        assertThat(count("select count(*) from audit_progress where finding_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from change_log where entity_type = 'AUDIT_FINDING' and entity_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    @Transactional
    void badProgressInputIsRefusedBesideTheField() throws Exception {
        String html = mvc.perform(post("/audit-findings/" + finding("19-1") + "/progress")
                        .param("entryDate", LocalDate.now().plusDays(5).toString()).param("content", " ")
                        .with(csrf()).with(as("incheon.simin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("오늘 이후 날짜는 기록할 수 없습니다.").contains("추진 내용을 입력하세요.");
        assertThat(count("select count(*) from audit_progress")).isZero();
    }

    @Test
    @Transactional
    void closingAFindingNeedsANoteAndUpdatesTheSummary() throws Exception {
        long id = finding("19-12");
        mvc.perform(post("/audit-findings/" + id + "/status").param("status", "CLOSED").param("version", "0")
                        .with(csrf()).with(as("incheon.gongdong")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("사유를 입력하세요")));
        mvc.perform(post("/audit-findings/" + id + "/status").param("status", "CLOSED").param("version", "0")
                        .param("closingNote", "226개 위원회 정비 완료, 결과보고(5월)").with(csrf()).with(as("incheon.gongdong")))
                .andExpect(status().isFound());
        mvc.perform(post("/audit-findings/" + id + "/status").param("status", "NOT_FEASIBLE").param("version", "0")
                        .param("closingNote", "늦은 저장").with(csrf()).with(as("incheon.admin")))
                .andExpect(status().isConflict());
        String html = mvc.perform(get("/audit-findings").with(as("incheon.viewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("data-type=\"RECOMMENDATION\">\\s*<th scope=\"row\">건의</th>\\s*<td class=\"num\">5</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">4</td>");
    }

    @Test
    @Transactional
    void aFindingIsLinkedToTheTaskThatAnswersIt() throws Exception {
        long id = finding("19-13");
        long task = jdbc.queryForObject("select id from task where title = '뉴미디어를 통한 소통과 정책홍보'", Long.class);
        mvc.perform(post("/audit-findings/" + id + "/tasks").param("taskId", String.valueOf(task))
                .with(csrf()).with(as("incheon.sotong"))).andExpect(status().isFound());
        mvc.perform(get("/api/audit-findings").param("organization", String.valueOf(organizationId()))
                        .with(as("incheon.viewer")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[12].number").value("19-13"))
                .andExpect(jsonPath("$[12].tasks", contains(jdbc.queryForObject("select code from task where id = ?",
                        String.class, task))));
        long samcheokTask = jdbc.queryForObject("select min(id) from task where code = '가-1-1'", Long.class);
        mvc.perform(post("/audit-findings/" + id + "/tasks").param("taskId", String.valueOf(samcheokTask))
                .with(csrf()).with(as("incheon.sotong"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- budget execution

    private long line(String name) {
        return jdbc.queryForObject("select id from budget_line where name = ?", Long.class, name);
    }

    @Test
    @Transactional
    void recordingAnExecutedAmountChangesTheRateAndShowsOverExecution() throws Exception {
        long line = line("시민정책자문단 운영");
        String before = mvc.perform(get("/plans/" + planId() + "/budget").param("quarter", "1").with(as("incheon.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("초과 집행");
        mvc.perform(post("/plans/" + planId() + "/budget/lines/" + line + "/quarters/1").param("executed", "9.5")
                        .param("note", "1분기 정기회의 수당").with(csrf()).with(as("incheon.simin")))
                .andExpect(status().isFound());
        String after = mvc.perform(get("/plans/" + planId() + "/budget").param("quarter", "1").with(as("incheon.viewer")))
                .andReturn().getResponse().getContentAsString();
        // planned 8 in 1/4, executed 9.5: 118.8% and marked as over-execution, for the line, the item and the office
        assertThat(after).contains("118.8%").contains("초과 집행");
        mvc.perform(get("/api/plans/" + planId() + "/tasks").with(as("incheon.viewer")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].budgetPlan[0].planned").value(8.0))
                .andExpect(jsonPath("$[0].budgetPlan[0].executed").value(9.5));
        assertThat(count("select count(*) from change_log where entity_type = 'BUDGET_EXECUTION'")).isEqualTo(2);
    }

    @Test
    @Transactional
    void executionInputIsCheckedAndProtected() throws Exception {
        long line = line("시민정책자문단 운영");
        String path = "/plans/" + planId() + "/budget/lines/" + line + "/quarters/2";
        mvc.perform(post(path).param("executed", "-1").with(csrf()).with(as("incheon.simin")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("집행액은 0 이상이어야 합니다.")));
        mvc.perform(post(path).param("executed", "팔").with(csrf()).with(as("incheon.simin")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("숫자로 입력하세요.")));
        mvc.perform(post(path).param("executed", "8").with(csrf()).with(as("incheon.viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).param("executed", "8").with(csrf()).with(as("incheon.sotong")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(as("samcheok.admin"))).andExpect(status().isNotFound());
        mvc.perform(post(path).param("executed", "8").with(csrf()).with(as("incheon.simin"))).andExpect(status().isFound());
        mvc.perform(post(path).param("executed", "7").with(csrf()).with(as("incheon.admin")))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("다른 사용자가 먼저 저장했습니다")));
        assertThat(count("select count(*) from budget_execution")).isEqualTo(1);
    }

    // ---------------------------------------------------------------- issue 13: due dates (처리기한) (12)

    @Test
    @Transactional
    void theOfficeSetsADueDateAndTheRegisterShowsAndFiltersOverdueFindings() throws Exception {
        long id = finding("19-3");
        long closed = finding("19-12");
        // The source states no due date: the seeded findings have none.
        assertThat(count("select count(*) from audit_finding where due_date is not null")).isZero();
        mvc.perform(post("/audit-findings/" + id + "/due-date").param("version", "0").param("dueDate", "2020-06-30")
                .with(csrf()).with(as("incheon.simin"))).andExpect(status().isForbidden());
        mvc.perform(post("/audit-findings/" + id + "/due-date").param("version", "0").param("dueDate", "2020-06-30")
                .with(csrf()).with(as("samcheok.admin"))).andExpect(status().isNotFound());
        String bad = mvc.perform(post("/audit-findings/" + id + "/due-date").param("version", "0").param("dueDate", "2030-06-31")
                        .with(csrf()).with(as("incheon.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("날짜 형식(예: 2021-06-30)으로 입력하세요.").contains("<a href=\"#dueDate\">");
        mvc.perform(post("/audit-findings/" + id + "/due-date").param("version", "0").param("dueDate", "2035-01-01")
                        .with(csrf()).with(as("incheon.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("처리기한은 2019년부터 2024년 사이여야 합니다.")));
        mvc.perform(post("/audit-findings/" + id + "/due-date").param("version", "0").param("dueDate", "2020-06-30")
                .with(csrf()).with(as("incheon.admin"))).andExpect(status().isFound());
        // A second admin's form read before that save is a conflict, not an overwrite.
        mvc.perform(post("/audit-findings/" + id + "/due-date").param("version", "0").param("dueDate", "2020-12-31")
                        .with(csrf()).with(as("incheon.admin")))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("2020-06-30")));
        jdbc.update("update audit_finding set due_date = date '2020-03-31', status = 'CLOSED', closing_note = '정비 완료'"
                + " where id = ?", closed);
        assertThat(count("select count(*) from change_log where entity_type = 'AUDIT_FINDING' and entity_id = ?"
                + " and field = '처리기한' and new_value = '2020-06-30'", id)).isEqualTo(1);

        String page = mvc.perform(get("/audit-findings/" + id).with(as("incheon.viewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2020-06-30").contains("기한 경과").doesNotContain("id=\"due-date-form\"");
        String register = mvc.perform(get("/audit-findings").with(as("incheon.viewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(register).contains("처리기한").contains("처리기한 경과만 (1건)");
        // Only findings still in progress after their due date: 19-12 is closed, the others have none.
        String overdue = mvc.perform(get("/audit-findings").param("overdue", "true").with(as("incheon.viewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(overdue).contains("data-number=\"19-3\"").doesNotContain("data-number=\"19-12\"")
                .doesNotContain("data-number=\"19-1\"").contains("1건");
        mvc.perform(get("/api/audit-findings").param("organization", String.valueOf(organizationId())).with(as("incheon.viewer")))
                .andExpect(jsonPath("$[?(@.number == '19-3')].dueDate").value(contains("2020-06-30")))
                .andExpect(jsonPath("$[?(@.number == '19-3')].overdue").value(contains(true)))
                .andExpect(jsonPath("$[?(@.number == '19-12')].overdue").value(contains(false)));
    }
}
