package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByTaskIdOrderBySortOrder(Long taskId);

    @Query("select coalesce(max(m.sortOrder), -1) from Milestone m where m.taskId = :taskId")
    int lastSortOrder(Long taskId);

    /** Open milestones of a department's tasks (led, or collaborated on) planned to end by the given month. */
    @Query("""
            select m from Milestone m join fetch m.task t join fetch t.plan p
            where p.organization.id = :organizationId
              and p.state = kr.innotrack.plan.PlanState.CONFIRMED and t.retiredOn is null
              and (t.leadDepartment.id = :departmentId
                   or exists (select 1 from Task t2 join t2.collaboratingDepartments d
                              where t2 = t and d.id = :departmentId))
              and m.plannedEnd <= :month
              and m.status <> kr.innotrack.plan.MilestoneStatus.DONE
              and m.status <> kr.innotrack.plan.MilestoneStatus.CANCELLED
            order by m.plannedEnd, t.sortOrder, m.sortOrder""")
    List<Milestone> dueByDepartment(Long organizationId, Long departmentId, YearMonth month);

    /** {@link #dueByDepartment} as lines to display (내 부서 과제): no entity, one row per milestone. */
    @Query("""
            select new kr.innotrack.plan.DueMilestone(m.id, t.id, p.id, t.code, t.title, m.description, m.scheduleText,
                   m.plannedEnd, m.status)
            from Milestone m join m.task t join t.plan p
            where p.organization.id = :organizationId
              and p.state = kr.innotrack.plan.PlanState.CONFIRMED and t.retiredOn is null
              and (t.leadDepartment.id = :departmentId
                   or exists (select 1 from Task t2 join t2.collaboratingDepartments d
                              where t2 = t and d.id = :departmentId))
              and m.plannedEnd <= :month
              and m.status <> kr.innotrack.plan.MilestoneStatus.DONE
              and m.status <> kr.innotrack.plan.MilestoneStatus.CANCELLED
            order by m.plannedEnd, t.sortOrder, m.sortOrder""")
    List<DueMilestone> readDueByDepartment(Long organizationId, Long departmentId, YearMonth month);

    /** Milestones by id with their task, plan and organization: the grid's rows, checked one by one. */
    @Query("select m from Milestone m join fetch m.task t join fetch t.plan p join fetch p.organization where m.id in :ids")
    List<Milestone> findWithPlan(Collection<Long> ids);

    @Query("select m from Milestone m where m.taskId in :taskIds order by m.taskId, m.sortOrder")
    List<Milestone> findByTaskIds(Collection<Long> taskIds);

    @Query("select m from Milestone m where m.task.plan.id = :planId order by m.taskId, m.sortOrder")
    List<Milestone> findByPlan(Long planId);

    /** The columns of a read copy ({@code Milestone}'s read-copy constructor), in its order. */
    String READ_COPY = """
            select new kr.innotrack.plan.Milestone(m.id, m.version, m.taskId, m.description, m.detail, m.scheduleText,
                   m.plannedStart, m.plannedEnd, m.plannedMonths, m.recurrence, m.status, m.actualCompletion, m.note,
                   m.sortOrder, m.originalStart, m.originalEnd)
            from Milestone m""";

    /** {@link #findByPlan} as read copies: for pages that only display or count (never for a change). */
    @Query(READ_COPY + " where m.task.plan.id = :planId order by m.taskId, m.sortOrder")
    List<Milestone> readByPlan(Long planId);

    /** {@link #findByTaskIds} as read copies. */
    @Query(READ_COPY + " where m.taskId in :taskIds order by m.taskId, m.sortOrder")
    List<Milestone> readByTaskIds(Collection<Long> taskIds);

    /** A task's milestones in plan order, as read copies. */
    @Query(READ_COPY + " where m.taskId = :taskId order by m.sortOrder")
    List<Milestone> readByTask(Long taskId);
}
