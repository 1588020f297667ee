package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import kr.innotrack.seed.SeedConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The task list's filter query against the seeded Samcheok plan. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:search;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({SeedConfiguration.class, TaskSearchRepository.class})
class TaskSearchRepositoryTest {

    @Autowired
    TaskSearchRepository search;

    @Autowired
    StrategyNodeRepository nodes;

    @Autowired
    JdbcTemplate jdbc;

    private long planId() {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id where o.name = '삼척시'", Long.class);
    }

    private List<String> codes(TaskFilter filter, Set<Long> nodeIds, YearMonth month) {
        return search.search(planId(), nodeIds, filter, month).stream().map(Task::getCode).toList();
    }

    private List<String> codes(TaskFilter filter) {
        return codes(filter, null, YearMonth.of(2021, 7));
    }

    @Test
    void noFilterGivesEveryTaskInPlanOrder() {
        List<String> all = codes(new TaskFilter());
        assertThat(all).hasSize(37).startsWith("1-1", "1-2", "1-3", "가-1-1").endsWith("다-3-4");
    }

    @Test
    void areaIncludesItsSubAreas() {
        long planId = planId();
        Set<Long> underNa = TaskQueries.subtree(nodes.findByPlanIdOrderBySortOrder(planId), "나");
        assertThat(codes(new TaskFilter(), underNa, YearMonth.of(2021, 7))).hasSize(14).allMatch(c -> c.startsWith("나-"));
        Set<Long> underNa2 = TaskQueries.subtree(nodes.findByPlanIdOrderBySortOrder(planId), "나-2");
        assertThat(codes(new TaskFilter(), underNa2, YearMonth.of(2021, 7)))
                .containsExactly("나-2-1", "나-2-2", "나-2-3", "나-2-4");
    }

    @Test
    void continuingAndTitleSearch() {
        TaskFilter continuing = new TaskFilter();
        continuing.setContinuing(true);
        assertThat(codes(continuing)).containsExactly("가-1-1", "가-1-2", "가-2-3", "나-1-1", "나-1-3", "나-2-2", "나-3-2");

        TaskFilter q = new TaskFilter();
        q.setQ("공무원");
        assertThat(codes(q)).containsExactly("다-2-3", "다-2-6", "다-3-1", "다-3-4");
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        TaskFilter percent = new TaskFilter();
        percent.setQ("%");
        assertThat(codes(percent)).isEmpty();
        TaskFilter underscore = new TaskFilter();
        underscore.setQ("_");
        assertThat(codes(underscore)).isEmpty();
    }

    @Test
    void overdueMeansPlannedEndPassedAndNotDone() {
        TaskFilter overdue = new TaskFilter();
        overdue.setStatus(TaskFilter.OVERDUE);
        assertThat(codes(overdue, null, YearMonth.of(2021, 1))).containsExactly("나-1-2", "나-3-3");
        // by 2023 every dated milestone is past; tasks whose lines are all recurring, undated or open-ended never are
        assertThat(codes(overdue, null, YearMonth.of(2023, 1))).hasSize(31)
                .doesNotContain("가-2-1", "나-3-1", "나-3-4", "다-2-4", "다-2-5", "다-3-2");
    }

    @Test
    void statusFilterFindsTasksWithSuchAMilestone() {
        TaskFilter planned = new TaskFilter();
        planned.setStatus("PLANNED");
        assertThat(codes(planned)).hasSize(37);
        TaskFilter done = new TaskFilter();
        done.setStatus("DONE");
        assertThat(codes(done)).isEmpty();
    }
}
