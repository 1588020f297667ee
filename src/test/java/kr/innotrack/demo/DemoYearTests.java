package kr.innotrack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DemoClock;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.Role;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default's demo year, booted as the embedded default boots (demo date and sample data on, which the
 * tests' own configuration turns off everywhere else): the clock, the sample progress data set and the banner.
 * {@code H2DemoYearTest} and {@code PostgresDemoYearTest} run it on their own databases.
 */
@SpringBootTest(properties = {"innotrack.demo.today=2021-08-20", "innotrack.demo.sample-data=true",
        "innotrack.scheduling.enabled=false"})
@AutoConfigureMockMvc
abstract class DemoYearTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SampleProgress sample;
    @Autowired
    MockMvc mvc;
    @Autowired
    Messages messages;

    long plan(int year) {
        return jdbc.queryForObject("select min(id) from plan where plan_year = ?", Long.class, year);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void todayIsTheDemoDateWithTheRunningTime() {
        assertThat(clock).isInstanceOf(DemoClock.class);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2021, 8, 20));
    }

    @Test
    void samcheokHasTwoClosedQuartersAndAnOpenThird() {
        long plan = plan(2021);
        List<Map<String, Object>> rounds = jdbc.queryForList(
                "select id, quarter, state from check_round where plan_id = ? order by quarter", plan);
        assertThat(rounds).extracting(r -> r.get("state")).containsExactly("CLOSED", "CLOSED", "SUBMISSION");
        for (Map<String, Object> r : rounds.subList(0, 2)) {
            Object id = r.get("id");
            assertThat(count("select count(*) from round_entry where round_id = ? and late", id)).isEqualTo(1);
            assertThat(count("select count(*) from round_entry where round_id = ? and submission_state <> 'SUBMITTED'",
                    id)).isEqualTo(1);
            assertThat(count("select count(*) from round_entry where round_id = ? and rating is not null", id))
                    .isGreaterThan(10);
            // closing froze every entry's computed status and its evidence
            assertThat(count("select count(*) from round_entry where round_id = ? and computed_status is null", id))
                    .isZero();
            assertThat(count("select count(*) from round_entry_evidence v join round_entry e on e.id = v.entry_id"
                    + " where e.round_id = ?", id)).isPositive();
        }
        Object q3 = rounds.get(2).get("id");
        assertThat(count("select count(*) from round_entry where round_id = ? and submission_state = 'DRAFT'", q3))
                .isPositive();
        assertThat(count("select count(*) from round_entry where round_id = ? and submission_state = 'SUBMITTED'", q3))
                .isZero();
        assertThat(jdbc.queryForList("select r.state from remedy r join round_entry e on e.id = r.entry_id"
                + " join check_round c on c.id = e.round_id where c.plan_id = ? order by c.quarter", String.class, plan))
                .containsExactly("ACCEPTED", "SUBMITTED");
        assertThat(count("select count(*) from notice where organization_id = (select organization_id from plan"
                + " where id = ?)", plan)).isPositive();
    }

    @Test
    void samcheokMilestonesAreDoneThroughJulySomeLateAndKpisHaveTwoQuarters() {
        long plan = plan(2021);
        String ofPlan = " from milestone m join task t on t.id = m.task_id where t.plan_id = ?";
        assertThat(count("select count(*)" + ofPlan + " and m.status = 'DONE'", plan)).isGreaterThan(50);
        assertThat(count("select count(*)" + ofPlan + " and m.status = 'DONE' and m.actual_completion > ?", plan,
                LocalDate.of(2021, 8, 19))).isZero();
        assertThat(count("select count(*)" + ofPlan + " and m.status = 'DONE' and m.actual_completion >= "
                + "m.planned_end + interval '1' month", plan)).isPositive();
        assertThat(count("select count(*)" + ofPlan + " and m.status = 'DELAYED'", plan)).isPositive();
        assertThat(count("select count(*)" + ofPlan + " and m.status = 'IN_PROGRESS'", plan)).isPositive();
        assertThat(count("select count(*)" + ofPlan + " and m.status = 'DONE' and m.planned_end > ?", plan,
                LocalDate.of(2021, 7, 31))).isZero();
        assertThat(jdbc.queryForList("select distinct a.quarter from kpi_actual a join kpi k on k.id = a.kpi_id"
                + " join task t on t.id = k.task_id where t.plan_id = ? order by a.quarter", Integer.class, plan))
                .containsExactly(1, 2);
    }

    @Test
    void theSeededPlansThemselvesStayAsTheDocumentsSay() {
        // no sample change touched a milestone's description or schedule text, a task or a KPI's definition
        assertThat(count("select count(*) from change_log where changed_by = ? and field in (?, ?)",
                SampleProgress.ACTOR, messages.get("milestone.field.description"),
                messages.get("milestone.field.schedule"))).isZero();
        assertThat(count("select count(*) from change_log where changed_by = ? and entity_type in ('TASK', 'KPI')",
                SampleProgress.ACTOR)).isZero();
    }

    @Test
    void incheonHasBudgetExecutionForTheFirstHalfAndFindingProgress() {
        long plan = plan(2020);
        assertThat(jdbc.queryForList("select distinct x.quarter from budget_execution x join budget_line b"
                + " on b.id = x.budget_line_id join task t on t.id = b.task_id where t.plan_id = ? order by x.quarter",
                Integer.class, plan)).containsExactly(1, 2);
        assertThat(count("select count(*) from audit_progress p join audit_finding f on f.id = p.finding_id"
                + " where f.organization_id = (select organization_id from plan where id = ?)", plan)).isPositive();
    }

    @Test
    void junggusYearIsClosedWithCollaborationScoresAndAwards() {
        long plan = plan(2016);
        assertThat(jdbc.queryForObject("select state from plan where id = ?", String.class, plan)).isEqualTo("CLOSED");
        assertThat(count("select count(*) from collaboration_score c join task t on t.id = c.task_id"
                + " where t.plan_id = ?", plan)).isPositive();
        assertThat(count("select count(*) from award_result where plan_id = ?", plan)).isEqualTo(1);
        assertThat(count("select count(*) from ranking_publication where plan_id = ?", plan)).isEqualTo(1);
    }

    @Test
    void everySampleChangeIsInTheHistoryAsSampleData() {
        assertThat(count("select count(*) from change_log where changed_by = ?", SampleProgress.ACTOR)).isPositive();
        assertThat(count("select count(*) from change_log where changed_by = ? and changed_by_name <> ?",
                SampleProgress.ACTOR, messages.get("demo.actor"))).isZero();
        assertThat(count("select count(*) from change_log where changed_at > ?",
                LocalDate.of(2021, 8, 20).atStartOfDay())).isZero();
    }

    @Test
    void startingTheLoaderAgainLoadsNothing() {
        long before = count("select count(*) from change_log");
        sample.start();
        assertThat(count("select count(*) from change_log")).isEqualTo(before);
        assertThat(count("select count(*) from check_round")).isEqualTo(3);
    }

    @Test
    void everyPageSaysTheDateIsFixedAndTheProgressIsSampleData() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"demo-banner\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2021. 8. 20.")));
        Map<String, Object> admin = jdbc.queryForMap("select id, organization_id, department_id from account"
                + " where username = 'samcheok.admin'");
        CurrentUser user = new CurrentUser((Long) admin.get("id"), "samcheok.admin", "admin",
                (Long) admin.get("organization_id"), (Long) admin.get("department_id"), Role.PLANNING_ADMIN);
        long plan = plan(2021);
        mvc.perform(get("/plans/" + plan).with(SignedIn.as(user))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"demo-banner\"")));
        long round = count("select min(id) from check_round where plan_id = ?", plan);
        mvc.perform(get("/present/rounds/" + round).with(SignedIn.as(user))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"demo-tag\"")));
    }
}
