package kr.innotrack.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.bench.NationalData;
import kr.innotrack.plan.Task;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Query-count guards: each key page's SQL statement count is recorded on the seeded data, then again after the plan
 * has many more tasks, milestones, departments and round entries (and the database many more organizations): the
 * count must not change, and no page may issue more than 15 statements. The guard itself is proved to catch a lazy
 * loop. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "innotrack.scheduling.enabled=false"})
@AutoConfigureMockMvc
abstract class QueryCountGuardTests {

    // 16 since issue 17: the projector's laggard slides show the entries' and remedies' photos (one statement);
    // 17 since issue 19: every key page reads its data version for its ETag first (one statement, and the whole
    // cost of a 304: performance/FreshnessTests); these counts are of a page computed afresh (page cache off)
    static final int MAX = 17;

    /**
     * Each page's own ceiling, as low as it is now: a page may not take up a statement another page gave back. Issue 19
     * (read copies): the task page reads its KPIs with their values in one statement (9 → 8); every page then reads its
     * session row (Spring Session JDBC) and its data version (the ETag) once: one statement each; on a plan's pages
     * the validator's statement replaces the plan-state guard's (9 → 8, ranking 14 → 13).
     */
    static final Map<String, Long> CEILING = Map.of("plan overview", 8L, "task list with filters", 8L,
            "task detail", 8L, "department ranking", 13L, "round report", 13L, "projector slide", 17L,
            "officer's task list", 6L);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    TransactionTemplate tx;

    @PersistenceContext
    EntityManager em;

    long planId;
    long organizationId;

    CurrentUser user(String username) {
        return kr.innotrack.support.Accounts.user(jdbc, username);
    }

    /** A closed round on all of the plan's tasks as they are now, with entries written in SQL. */
    long closedRound(String title, int quarter) {
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at, closed_at) values (?, 2021, ?, false, ?, ?, ?, 'ALL', 'CLOSED',"
                + " current_timestamp, current_timestamp, current_timestamp)", planId, quarter, title,
                LocalDate.of(2021, quarter * 3, 28), LocalDate.of(2021, quarter * 3, 28).plusDays(10));
        long roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                + " self_status, rating, computed_status, computed_reasons, late) select ?, t.id, t.lead_department_id,"
                + " t.sort_order, 'SUBMITTED', 50, 'AMBER', case when mod(t.id, 5) = 0 then 'POOR' else 'NORMAL' end,"
                + " 'AMBER', '추진일정 주의', false from task t where t.plan_id = ?", roundId, planId);
        jdbc.update("insert into remedy (entry_id, round_id, task_id, department_id, state, cause, measures, due_date,"
                + " requested_at) select e.id, e.round_id, e.task_id, e.department_id, 'SUBMITTED', '원인', '대책',"
                + " date '2021-12-31', current_timestamp from round_entry e where e.round_id = ? and e.rating = 'POOR'", roundId);
        return roundId;
    }

    Map<String, Long> count(long roundId, long taskId, String officer, long departmentId) throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        CurrentUser viewer = user("samcheok.viewer");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("plan overview", "/plans/" + planId);
        pages.put("task list with filters", "/plans/" + planId + "/tasks?dept=" + departmentId + "&status=OVERDUE&sort=code");
        pages.put("task detail", "/plans/" + planId + "/tasks/" + taskId);
        pages.put("department ranking", "/plans/" + planId + "/ranking");
        pages.put("round report", "/rounds/" + roundId + "/report");
        pages.put("projector slide", "/present/rounds/" + roundId + "?slide=2");
        pages.put("officer's task list", "/my/tasks");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            CurrentUser who = page.getKey().startsWith("officer") ? user(officer) : viewer;
            long n = counter.count(() -> {
                int status = mvc.perform(get(page.getValue()).accept(MediaType.TEXT_HTML).with(SignedIn.as(who)))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(page.getKey()).isEqualTo(200);
            });
            counts.put(page.getKey(), n);
        }
        return counts;
    }

    /** The guard: the same count before and after the data grew, and never above {@link #MAX}. */
    static void assertConstant(Map<String, Long> small, Map<String, Long> large) {
        for (String page : small.keySet()) {
            assertThat(large.get(page)).as(page + ": statements with more data (was " + small.get(page) + ")")
                    .isEqualTo(small.get(page));
            assertThat(large.get(page)).as(page + ": statements").isLessThanOrEqualTo(MAX);
            if (CEILING.containsKey(page)) {
                assertThat(large.get(page)).as(page + ": statements (its ceiling)").isLessThanOrEqualTo(CEILING.get(page));
            }
        }
    }

    @Test
    void keyPagesIssueTheSameStatementsWhateverTheData() throws Exception {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        organizationId = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, planId);
        long gijo = jdbc.queryForObject("select department_id from account where username = 'samcheok.gijo'", Long.class);
        long task = jdbc.queryForObject("select id from task where plan_id = ? and code = '가-1-1'", Long.class, planId);
        // The officer's department leads tasks and collaborates on one, so both lists are there from the start.
        jdbc.update("insert into task_collaborating_department (task_id, department_id) select id, ? from task"
                + " where plan_id = ? and code = '다-1-1' and not exists (select 1 from task_collaborating_department"
                + " c where c.task_id = task.id and c.department_id = ?)", gijo, planId, gijo);
        closedRound("비교용 점검", 1);
        long smallRound = closedRound("작은 점검", 2);
        Map<String, Long> small = count(smallRound, task, "samcheok.gijo", gijo);

        // Many more of everything: 20 departments, 300 tasks (≈3,000 milestones, 600 KPIs, 2,400 values) in this
        // plan, 40 more milestones on the task shown, and 30 more organizations with plans and rounds elsewhere.
        tx.executeWithoutResult(s -> {
            NationalData data = new NationalData(jdbc, 7, "x");
            data.growPlan(organizationId, planId, 20, 300);
            data.organizations(30, 900);
        });
        jdbc.update("update task set lead_department_id = ? where plan_id = ? and mod(id, 4) = 0", gijo, planId);
        for (int i = 0; i < 40; i++) {
            jdbc.update("insert into milestone (task_id, description, schedule_text, planned_start, planned_end, status,"
                    + " sort_order) values (?, ?, '2021. 3월', date '2021-03-01', date '2021-03-01', 'DELAYED', ?)",
                    task, "추가 일정 " + i, 100 + i);
        }
        long largeRound = closedRound("큰 점검", 3);
        assertThat(jdbc.queryForObject("select count(*) from round_entry where round_id = ?", Long.class, largeRound))
                .isGreaterThan(300);
        Map<String, Long> large = count(largeRound, task, "samcheok.gijo", gijo);
        System.out.println("statements per page (seeded → grown): " + small + " → " + large);
        assertConstant(small, large);
    }

    /** Proves the guard: a page that loads each task's milestones in a loop issues more statements as tasks grow. */
    @Test
    void theGuardCatchesALazyLoop() {
        long plan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '서울특별시 중구'", Long.class);
        QueryCounter counter = new QueryCounter(emf);
        Runnable lazyPage = () -> tx.executeWithoutResult(s -> em.createQuery(
                        "select t from Task t where t.plan.id = :plan", Task.class).setParameter("plan", plan)
                .getResultList().forEach(t -> em.createQuery("select m from Milestone m where m.taskId = :task")
                        .setParameter("task", t.getId()).getResultList().size()));
        try {
            long before = counter.count(lazyPage::run);
            tx.executeWithoutResult(s -> new NationalData(jdbc, 11, "x").growPlan(
                    jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, plan), plan, 0, 250));
            long after = counter.count(lazyPage::run);
            assertThatThrownBy(() -> assertConstant(Map.of("lazy page", before), Map.of("lazy page", after)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("lazy page");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theGeneratorIsDeterministic() {
        List<String> first = tx.execute(s -> {
            new NationalData(jdbc, 42, "x").organizations(2, 500);
            return jdbc.queryForList("select name from organization order by id desc limit 2", String.class);
        });
        long tasks = jdbc.queryForObject("select count(*) from task t join plan p on p.id = t.plan_id join organization o"
                + " on o.id = p.organization_id where o.name in (?, ?)", Long.class, first.get(0), first.get(1));
        assertThat(tasks).isBetween(72L, 88L);
        // The same seed gives the same names (after the ones already taken).
        java.util.Random a = new java.util.Random(42);
        java.util.Random b = new java.util.Random(42);
        assertThat(a.nextInt()).isEqualTo(b.nextInt());
    }
}
