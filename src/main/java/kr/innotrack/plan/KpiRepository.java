package kr.innotrack.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KpiRepository extends JpaRepository<Kpi, Long> {

    List<Kpi> findByTaskIdOrderBySortOrder(Long taskId);

    @Query("select coalesce(max(k.sortOrder), -1) from Kpi k where k.taskId = :taskId")
    int lastSortOrder(Long taskId);

    @Query("select count(a) from KpiActual a where a.kpiId = :kpiId")
    long countActuals(Long kpiId);


    @Query("select a from KpiActual a where a.kpi.taskId = :taskId order by a.actualYear, a.quarter")
    List<KpiActual> actualsOfTask(Long taskId);

    /** Rows of (KPI, value or null) for every KPI of a plan: the KPIs and their values in one statement. */
    @Query("""
            select k, a from Kpi k left join KpiActual a on a.kpiId = k.id
            where k.task.plan.id = :planId order by k.taskId, k.sortOrder, a.actualYear, a.quarter""")
    List<Object[]> withActualsOfPlan(Long planId);

    /** Rows of (KPI, value or null) for the KPIs of the given tasks, like {@link #withActualsOfPlan}. */
    @Query("""
            select k, a from Kpi k left join KpiActual a on a.kpiId = k.id
            where k.taskId in :taskIds order by k.taskId, k.sortOrder, a.actualYear, a.quarter""")
    List<Object[]> withActualsOfTasks(java.util.Collection<Long> taskIds);

    /** The columns of {@link KpiValueRow}, in its order: a KPI and one of its values (or nulls). */
    String READ_ROWS = """
            select new kr.innotrack.plan.KpiValueRow(k.id, k.version, k.taskId, k.name, k.unit, k.baseline, k.target,
                   k.direction, k.sourceNote, k.sortOrder, k.frequency, k.accumulation, a.id, a.version, a.actualYear,
                   a.quarter, a.actualValue, a.note, a.recordedBy, a.recordedAt)
            from Kpi k left join KpiActual a on a.kpiId = k.id""";

    /** {@link #withActualsOfPlan} as rows to make read copies of (pages that only display or compute). */
    @Query(READ_ROWS + " where k.task.plan.id = :planId order by k.taskId, k.sortOrder, a.actualYear, a.quarter")
    List<KpiValueRow> readWithActualsOfPlan(Long planId);

    /** {@link #withActualsOfTasks} as rows to make read copies of. */
    @Query(READ_ROWS + " where k.taskId in :taskIds order by k.taskId, k.sortOrder, a.actualYear, a.quarter")
    List<KpiValueRow> readWithActualsOfTasks(java.util.Collection<Long> taskIds);

    /** One task's KPIs with their values, as rows to make read copies of. */
    @Query(READ_ROWS + " where k.taskId = :taskId order by k.sortOrder, a.actualYear, a.quarter")
    List<KpiValueRow> readWithActualsOfTask(Long taskId);
}
