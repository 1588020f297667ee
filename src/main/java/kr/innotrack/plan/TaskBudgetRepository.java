package kr.innotrack.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskBudgetRepository extends JpaRepository<TaskBudget, Long> {

    List<TaskBudget> findByTaskIdOrderBySortOrder(Long taskId);

    @Query("select b from TaskBudget b where b.task.plan.id = :planId order by b.taskId, b.sortOrder")
    List<TaskBudget> findByPlan(Long planId);
}
