package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByTaskIdOrderBySortOrder(Long taskId);

    @Query("select m from Milestone m where m.taskId in :taskIds order by m.taskId, m.sortOrder")
    List<Milestone> findByTaskIds(Collection<Long> taskIds);

    @Query("select m from Milestone m where m.task.plan.id = :planId order by m.taskId, m.sortOrder")
    List<Milestone> findByPlan(Long planId);

    /** Rows of (strategy node id, status, count, overdue count) over a plan's milestones. */
    @Query("""
            select t.strategyNode.id, m.status, count(m),
                   sum(case when m.plannedEnd < :month
                             and m.status <> kr.innotrack.plan.MilestoneStatus.DONE
                             and m.status <> kr.innotrack.plan.MilestoneStatus.CANCELLED then 1 else 0 end)
            from Milestone m join m.task t
            where t.plan.id = :planId
            group by t.strategyNode.id, m.status""")
    List<Object[]> statusCountsByNode(Long planId, YearMonth month);
}
