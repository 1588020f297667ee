package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read copies the pages use (constructor expressions: {@code MilestoneRepository.read…},
 * {@code KpiRepository.read…}, {@link DueMilestone}) hold exactly what the managed entities hold, every column
 * filled in at least once (the test fills the rarely set ones first), on H2 and PostgreSQL.
 */
@IntegrationTest
@Transactional
abstract class ReadCopyTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    KpiRepository kpis;

    @Autowired
    TaskQueries tasks;

    long plan;
    long task;

    @BeforeEach
    void samcheokWithEveryColumnSet() {
        plan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        // the plan's first task with both schedule lines and KPIs
        task = jdbc.queryForObject("select min(t.id) from task t where t.plan_id = ?"
                + " and exists (select 1 from kpi k where k.task_id = t.id)"
                + " and exists (select 1 from milestone m where m.task_id = t.id)", Long.class, plan);
        long milestone = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, task);
        // done, rescheduled, with a detail and a note (rolled back after the test)
        jdbc.update("update milestone set status = 'DONE', actual_completion = date '2021-05-17', note = '메모',"
                + " detail = '세부', original_start = date '2021-02-01', original_end = date '2021-03-01',"
                + " planned_months = '2021-04,2021-05', recurrence = 'QUARTERLY', version = version + 3 where id = ?",
                milestone);
        long kpi = jdbc.queryForObject("select min(id) from kpi where task_id = ?", Long.class, task);
        jdbc.update("delete from kpi_actual where kpi_id = ? and actual_year = 2021 and quarter in (1, 2)", kpi);
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value, note, recorded_by, recorded_at,"
                + " version) values (?, 2021, 1, 12.5, '1분기', 'samcheok.gijo', timestamp '2021-04-02 09:15:30', 2),"
                + " (?, 2021, 2, 13, null, null, null, 0)", kpi, kpi);
    }

    @Test
    void milestoneCopiesHoldWhatTheEntitiesHold() {
        List<Milestone> managed = milestones.findByPlan(plan);
        List<Milestone> copies = milestones.readByPlan(plan);
        assertThat(managed).hasSizeGreaterThan(50);
        assertThat(copies).usingRecursiveFieldByFieldElementComparatorIgnoringFields("task").isEqualTo(managed);
        assertThat(copies).anySatisfy(m -> {
            assertThat(m.getActualCompletion()).isEqualTo(java.time.LocalDate.of(2021, 5, 17));
            assertThat(m.getOriginalStart()).isEqualTo(YearMonth.of(2021, 2));
            assertThat(m.plannedMonthList()).containsExactly(YearMonth.of(2021, 4), YearMonth.of(2021, 5));
            assertThat(m.getVersion()).isGreaterThanOrEqualTo(3);
        });
        assertThat(milestones.readByTask(task)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("task")
                .isEqualTo(milestones.findByTaskIdOrderBySortOrder(task));
        List<Long> ids = List.of(task, task + 1);
        assertThat(milestones.readByTaskIds(ids)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("task")
                .isEqualTo(milestones.findByTaskIds(ids));
    }

    @Test
    void kpiCopiesHoldWhatTheEntitiesHold() {
        List<Kpi> managedKpis = new ArrayList<>();
        List<KpiActual> managedValues = new ArrayList<>();
        for (Object[] row : kpis.withActualsOfPlan(plan)) {
            Kpi k = (Kpi) row[0];
            if (managedKpis.isEmpty() || !managedKpis.get(managedKpis.size() - 1).getId().equals(k.getId())) {
                managedKpis.add(k);
            }
            if (row[1] != null) {
                managedValues.add((KpiActual) row[1]);
            }
        }
        TaskQueries.ProgressData data = tasks.progressData(plan);
        assertThat(managedKpis).hasSizeGreaterThan(5);
        assertThat(data.allKpis()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("task")
                .isEqualTo(managedKpis);
        List<KpiActual> copies = data.actualsByKpi().values().stream().flatMap(List::stream).toList();
        assertThat(copies).usingRecursiveFieldByFieldElementComparatorIgnoringFields("kpi")
                .containsExactlyInAnyOrderElementsOf(managedValues);
        assertThat(copies).anySatisfy(a -> {
            assertThat(a.getRecordedAt()).isEqualTo(java.time.LocalDateTime.of(2021, 4, 2, 9, 15, 30));
            assertThat(a.getNote()).isEqualTo("1분기");
            assertThat(a.getVersion()).isEqualTo(2);
        });
        // a KPI without values comes once, with none
        assertThat(data.allKpis().stream().map(Kpi::getId).distinct().count()).isEqualTo(data.allKpis().size());

        // the task page's one statement: the same KPIs and values as the task's two
        TaskQueries.ProgressData one = TaskQueries.ProgressData.of(List.of(), kpis.readWithActualsOfTask(task));
        assertThat(one.kpis(task)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("task")
                .isEqualTo(kpis.findByTaskIdOrderBySortOrder(task));
        assertThat(one.kpis(task).stream().flatMap(k -> one.actuals(k.getId()).stream()).toList())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("kpi")
                .isEqualTo(kpis.actualsOfTask(task));
    }

    @Test
    void dueMilestonesAreTheEntitiesLines() {
        long organization = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, plan);
        long department = jdbc.queryForObject("select department_id from account where username = 'samcheok.gijo'",
                Long.class);
        YearMonth month = YearMonth.of(2021, 12);
        List<DueMilestone> expected = milestones.dueByDepartment(organization, department, month).stream()
                .map(m -> new DueMilestone(m.getId(), m.getTaskId(), m.getTask().getPlan().getId(), m.getTask().getCode(),
                        m.getTask().getTitle(), m.getDescription(), m.getScheduleText(), m.getPlannedEnd(),
                        m.getStatus()))
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(milestones.readDueByDepartment(organization, department, month)).isEqualTo(expected);
    }
}
