package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
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
 * 지난해 계획에서 만들기: Samcheok's 2021 plan rolled into 2022 through a merged department, as the review page
 * proposes it; the continued tasks link to their predecessors and the task page shows the earlier years.
 */
@IntegrationTest
@Transactional
abstract class RolloverTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    long plan2021;
    long organization;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    @BeforeEach
    void samcheok() {
        organization = jdbc.queryForObject("select id from organization where name = '삼척시'", Long.class);
        plan2021 = jdbc.queryForObject("select id from plan where organization_id = ? and plan_year = 2021", Long.class,
                organization);
    }

    private long department(String name) {
        return jdbc.queryForObject("select id from department where organization_id = ? and name = ?", Long.class,
                organization, name);
    }

    /** The department leading most of the 2021 tasks, merged into another on 2021-12-31. */
    private long[] mergeBusiestDepartment() {
        long busiest = jdbc.queryForObject("select lead_department_id from task where plan_id = ? and"
                + " lead_department_id is not null group by lead_department_id order by count(*) desc,"
                + " lead_department_id fetch first 1 rows only", Long.class, plan2021);
        long successor = busiest == department("기획조정실") ? department("총무과") : department("기획조정실");
        jdbc.update("update department set closed_on = date '2021-12-31', successor_id = ? where id = ?", successor,
                busiest);
        return new long[] {busiest, successor};
    }

    /** The form as the page shows it: every input's value, ticked boxes, selected options (what a browser sends). */
    static List<String[]> formOf(String html) {
        String form = html.substring(html.indexOf("id=\"rollover-form\""), html.indexOf("</form>", html.indexOf("id=\"rollover-form\"")));
        List<String[]> params = new ArrayList<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
        while (input.find()) {
            String a = input.group(1);
            String name = attr(a, "name");
            if (name == null || ("checkbox".equals(attr(a, "type")) && !a.contains("checked"))) {
                continue;
            }
            params.add(new String[] {name, attr(a, "value") == null ? "" : attr(a, "value")});
        }
        Matcher select = Pattern.compile("(?s)<select([^>]*)>(.*?)</select>").matcher(form);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option([^>]*selected[^>]*)>").matcher(select.group(2));
            params.add(new String[] {attr(select.group(1), "name"), selected.find() ? attr(selected.group(1), "value") : ""});
        }
        return params;
    }

    private static String attr(String attributes, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&") : null;
    }

    private static MockHttpServletRequestBuilder posting(String url, List<String[]> params) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        for (String[] p : params) {
            request.param(p[0], p[1]);
        }
        return request;
    }

    private static String value(List<String[]> params, String name) {
        return params.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).findFirst().orElse(null);
    }

    private static void set(List<String[]> params, String name, String value) {
        params.removeIf(p -> p[0].equals(name));
        params.add(new String[] {name, value});
    }

    private String review(long planId) throws Exception {
        return mvc.perform(get("/plans/new/from/" + planId).with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long plans() {
        return jdbc.queryForObject("select count(*) from plan", Long.class);
    }

    @Test
    void samcheok2021RollsInto2022ThroughAMergedDepartment() throws Exception {
        long[] merged = mergeBusiestDepartment();
        // one actual recorded in 2021 (Q2 then Q4: the last one of the year wins)
        Map<String, Object> kpi = jdbc.queryForMap("select k.id, k.task_id, k.baseline from kpi k join task t on t.id = k.task_id"
                + " where t.plan_id = ? order by t.sort_order, k.sort_order fetch first 1 rows only", plan2021);
        long kpiId = ((Number) kpi.get("id")).longValue();
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value, version) values (?, 2021, 2, 11, 0)", kpiId);
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value, version) values (?, 2021, 4, 123.45, 0)", kpiId);
        int taskCount = jdbc.queryForObject("select count(*) from task where plan_id = ? and retired_on is null",
                Integer.class, plan2021);

        String html = review(plan2021);
        assertThat(html).contains("id=\"rollover-form\"", "value=\"2022\"", "조직개편으로");
        List<String[]> form = formOf(html);
        assertThat(value(form, "year")).isEqualTo("2022");
        assertThat(form.stream().filter(p -> p[0].endsWith(".sourceTaskId")).count()).isEqualTo(taskCount);

        // the proposal: the recorded actual as the baseline, the merged department's tasks led by its successor
        List<Long> sourceIds = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            long source = Long.parseLong(value(form, "tasks[" + i + "].sourceTaskId"));
            sourceIds.add(source);
            Long lead = jdbc.queryForObject("select lead_department_id from task where id = ?", Long.class, source);
            if (lead != null && lead == merged[0]) {
                assertThat(value(form, "tasks[" + i + "].leadDepartmentId")).isEqualTo("" + merged[1]);
            }
            if (source == ((Number) kpi.get("task_id")).longValue()) {
                assertThat(new BigDecimal(value(form, "tasks[" + i + "].kpis[0].baseline"))).isEqualByComparingTo("123.45");
            }
            assertThat(value(form, "tasks[" + i + "].keep")).isEqualTo("true");
        }
        // untick two tasks
        form.removeIf(p -> p[0].equals("tasks[1].keep") || p[0].equals("tasks[2].keep"));

        String location = mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long plan2022 = jdbc.queryForObject("select id from plan where organization_id = ? and plan_year = 2022",
                Long.class, organization);
        assertThat(location).isEqualTo("/plans/" + plan2022);
        assertThat(jdbc.queryForMap("select state, predecessor_id from plan where id = ?", plan2022))
                .containsEntry("state", "DRAFT").containsEntry("predecessor_id", plan2021);

        // the tasks continue the 2021 ones, two unticked ones left out
        List<Map<String, Object>> copied = jdbc.queryForList("select id, predecessor_id, continuing, lead_department_id"
                + " from task where plan_id = ? order by sort_order", plan2022);
        assertThat(copied).hasSize(taskCount - 2);
        assertThat(copied).allSatisfy(t -> assertThat(t.get("continuing")).isEqualTo(true));
        assertThat(copied.stream().map(t -> ((Number) t.get("predecessor_id")).longValue()).toList())
                .doesNotContain(sourceIds.get(1), sourceIds.get(2)).contains(sourceIds.get(0), sourceIds.get(3));
        assertThat(copied).noneMatch(t -> Long.valueOf(merged[0]).equals(t.get("lead_department_id") == null ? null
                : ((Number) t.get("lead_department_id")).longValue()));
        assertThat(jdbc.queryForObject("select count(*) from task t join task p on p.id = t.predecessor_id"
                + " where t.plan_id = ? and p.lead_department_id = ? and t.lead_department_id = ?", Long.class,
                plan2022, merged[0], merged[1])).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from task_collaborating_department c join task t on t.id = c.task_id"
                + " where t.plan_id = ? and c.department_id = ?", Long.class, plan2022, merged[0])).isZero();

        // KPI baselines: the last actual where recorded, else last year's baseline
        BigDecimal baseline = jdbc.queryForObject("select k.baseline from kpi k join task t on t.id = k.task_id"
                + " where t.plan_id = ? and t.predecessor_id = ? and k.sort_order = 0", BigDecimal.class, plan2022,
                kpi.get("task_id"));
        assertThat(baseline).isEqualByComparingTo("123.45");
        String lastActual = "(select a.actual_value from kpi_actual a where a.kpi_id = o.id and a.actual_year = 2021"
                + " and a.quarter = (select max(b.quarter) from kpi_actual b where b.kpi_id = o.id and b.actual_year = 2021))";
        assertThat(jdbc.queryForObject("select count(*) from kpi k join task t on t.id = k.task_id"
                + " join task p on p.id = t.predecessor_id join kpi o on o.task_id = p.id and o.sort_order = k.sort_order"
                + " where t.plan_id = ? and coalesce(k.baseline, -1) <> coalesce(" + lastActual + ", o.baseline, -1)",
                Long.class, plan2022)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from kpi k join task t on t.id = k.task_id"
                + " join task p on p.id = t.predecessor_id join kpi o on o.task_id = p.id and o.sort_order = k.sort_order"
                + " where t.plan_id = ? and " + lastActual + " is null and o.baseline is not null", Long.class, plan2022))
                .as("some KPIs fall back to last year's baseline").isPositive();
        // schedule lines: the same texts with their years moved on, read in 2022
        String pairs = " from milestone m join task t on t.id = m.task_id join milestone o on o.task_id = t.predecessor_id"
                + " and o.description = m.description where t.plan_id = ?";
        assertThat(jdbc.queryForList("select o.schedule_text" + pairs + " and o.schedule_text like '%20__.%'"
                + " and m.schedule_text = o.schedule_text", String.class, plan2022)).isEmpty();
        // text without a year («분기별 1회», «6~7월») is copied as it is
        List<Map<String, Object>> undated = jdbc.queryForList("select o.schedule_text as old_text, m.schedule_text as new_text"
                + pairs + " and o.schedule_text not like '%20__%' and o.schedule_text not like '%21%'", plan2022);
        assertThat(undated).isNotEmpty().allSatisfy(r -> assertThat(r.get("new_text")).isEqualTo(r.get("old_text")));
        assertThat(jdbc.queryForObject("select count(*) from milestone m join task t on t.id = m.task_id"
                + " where t.plan_id = ? and m.schedule_text like '%2022%'", Long.class, plan2022)).isPositive();
        // and read in the new year: every dated line one year on
        assertThat(jdbc.queryForObject("select count(*)" + pairs + " and o.planned_start is not null", Long.class, plan2022))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*)" + pairs + " and o.planned_start is not null and (m.planned_start"
                + " is null or extract(year from m.planned_start) <> extract(year from o.planned_start) + 1)", Long.class,
                plan2022)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'PLAN' and entity_id = ?",
                Long.class, plan2022)).isPositive();

        // the overview says where it came from; the task page shows the 2021 predecessor
        assertThat(mvc.perform(get("/plans/" + plan2022).with(as("samcheok.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("2021년 계획에서 이어받음", "href=\"/plans/" + plan2021 + "\"");
        long task2022 = ((Number) copied.get(0).get("id")).longValue();
        long task2021 = ((Number) copied.get(0).get("predecessor_id")).longValue();
        String code = jdbc.queryForObject("select code from task where id = ?", String.class, task2021);
        String page = mvc.perform(get("/plans/" + plan2022 + "/tasks/" + task2022).with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"earlier-years\"", "data-year=\"2021\"",
                "href=\"/plans/" + plan2021 + "/tasks/" + task2021 + "\"", code);
    }

    @Test
    void aSecondYearShowsBothEarlierYearsInTheSameNumberOfStatements() throws Exception {
        List<String[]> form = formOf(review(plan2021));
        mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin"))).andExpect(status().isFound());
        long plan2022 = jdbc.queryForObject("select id from plan where organization_id = ? and plan_year = 2022",
                Long.class, organization);
        form = formOf(review(plan2022));
        assertThat(value(form, "year")).isEqualTo("2023");
        mvc.perform(posting("/plans/new/from/" + plan2022, form).with(as("samcheok.admin"))).andExpect(status().isFound());
        long plan2023 = jdbc.queryForObject("select id from plan where organization_id = ? and plan_year = 2023",
                Long.class, organization);
        long task2023 = jdbc.queryForObject("select id from task where plan_id = ? order by sort_order fetch first 1 rows only",
                Long.class, plan2023);
        long task2022 = jdbc.queryForObject("select predecessor_id from task where id = ?", Long.class, task2023);
        long task2021 = jdbc.queryForObject("select predecessor_id from task where id = ?", Long.class, task2022);

        QueryCounter counter = new QueryCounter(emf);
        String[] page = new String[1];
        em.flush();
        em.clear();
        long twoYears = counter.count(() -> page[0] = mvc.perform(get("/plans/" + plan2023 + "/tasks/" + task2023)
                .with(as("samcheok.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page[0]).contains("data-year=\"2022\"", "data-year=\"2021\"",
                "/plans/" + plan2021 + "/tasks/" + task2021, "/plans/" + plan2022 + "/tasks/" + task2022);
        assertThat(page[0].indexOf("data-year=\"2022\"")).isLessThan(page[0].indexOf("data-year=\"2021\""));
        em.clear();
        long oneYear = counter.count(() -> mvc.perform(get("/plans/" + plan2022 + "/tasks/" + task2022)
                .with(as("samcheok.admin"))).andExpect(status().isOk()));
        assertThat(twoYears).isEqualTo(oneYear);
        // the plan 2021 task (no predecessor) has no earlier years section
        assertThat(mvc.perform(get("/plans/" + plan2021 + "/tasks/" + task2021).with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("id=\"earlier-years\"");
    }

    @Test
    void aYearThatHasAPlanAndEveryOtherProblemIsRefusedBesideItsFieldAndNothingIsCreated() throws Exception {
        List<String[]> form = formOf(review(plan2021));
        long before = plans();
        long tasksBefore = jdbc.queryForObject("select count(*) from task", Long.class);
        // two tasks with KPIs
        List<Integer> withKpis = new ArrayList<>();
        for (int i = 0; value(form, "tasks[" + i + "].sourceTaskId") != null; i++) {
            if (value(form, "tasks[" + i + "].kpis[0].target") != null) {
                withKpis.add(i);
            }
        }
        set(form, "year", "2021");
        set(form, "tasks[0].title", " ");
        set(form, "tasks[" + withKpis.get(0) + "].kpis[0].target", "");
        set(form, "tasks[" + withKpis.get(1) + "].kpis[0].baseline", "abc");
        long incheonDepartment = jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                + " where o.name = '인천광역시' fetch first 1 rows only", Long.class);
        set(form, "tasks[3].leadDepartmentId", "" + incheonDepartment);
        String html = mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2021년 계획이 이미 있습니다. 다른 연도를 입력하세요.", "계속할 과제의 과제명을 입력하세요.",
                "주관부서는 이 기관의 운영 중인 부서에서 고르세요.", "숫자로 입력하세요.", "id=\"rollover-form\"");
        assertThat(html).contains("value=\"abc\"", "계속할 과제의 성과지표에는 목표값을 입력하세요.");
        set(form, "year", "2020");
        html = mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("이어받을 계획(2021년)보다 뒤의 연도를 입력하세요.");
        // a line naming a task of another plan: the page asks to reload
        set(form, "year", "2022");
        set(form, "tasks[0].title", "제목");
        set(form, "tasks[0].sourceTaskId", "" + jdbc.queryForObject("select min(id) from task where plan_id <> ?",
                Long.class, plan2021));
        html = mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("화면을 다시 불러와 주세요.");
        assertThat(plans()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from task", Long.class)).isEqualTo(tasksBefore);
    }

    @Test
    void aClosedLeadDepartmentWithoutSuccessorIsSaidBesideItsTaskAndMustBeChosen() throws Exception {
        long lead = jdbc.queryForObject("select lead_department_id from task where plan_id = ? and lead_department_id"
                + " is not null order by sort_order fetch first 1 rows only", Long.class, plan2021);
        jdbc.update("update department set closed_on = date '2021-12-31' where id = ?", lead);
        String html = review(plan2021);
        assertThat(html).contains("폐지되었고 이어받은 부서가 없습니다. 주관부서를 고르세요.");
        List<String[]> form = formOf(html);
        assertThat(value(form, "tasks[0].leadDepartmentId")).isEmpty();
        html = mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("주관부서를 고르세요.");
        long chosen = lead == department("총무과") ? department("기획조정실") : department("총무과");
        set(form, "tasks[0].leadDepartmentId", "" + chosen);
        // every other task the closed department led asks too: untick them
        for (int i = 1; value(form, "tasks[" + i + "].sourceTaskId") != null; i++) {
            if (value(form, "tasks[" + i + "].leadDepartmentId").isEmpty()) {
                int at = i;
                form.removeIf(p -> p[0].equals("tasks[" + at + "].keep"));
            }
        }
        html = mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("error-summary");
        assertThat(jdbc.queryForObject("select t.lead_department_id from task t join plan p on p.id = t.plan_id"
                + " where p.plan_year = 2022 and p.organization_id = ? order by t.sort_order fetch first 1 rows only",
                Long.class, organization)).isEqualTo(chosen);
    }

    @Test
    void onlyThePlanningAdminOfTheOrganizationRollsAPlanOver() throws Exception {
        List<String[]> form = formOf(review(plan2021));
        long before = plans();
        for (String officer : new String[] {"samcheok.chongmu", "samcheok.viewer"}) {
            mvc.perform(get("/plans/new/from/" + plan2021).with(as(officer))).andExpect(status().isForbidden());
            mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as(officer))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/plans/new/from/" + plan2021).with(as("incheon.admin"))).andExpect(status().isNotFound());
        mvc.perform(posting("/plans/new/from/" + plan2021, form).with(as("incheon.admin"))).andExpect(status().isNotFound());
        assertThat(plans()).isEqualTo(before);
    }
}
