package kr.innotrack.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetRepository extends JpaRepository<BudgetLine, Long> {

    @Query("select b from BudgetLine b where b.taskId in (select t.id from Task t where t.plan.id = :planId)"
            + " order by b.taskId, b.sortOrder")
    List<BudgetLine> linesOfPlan(Long planId);

    @Query("select b from BudgetLine b where b.taskId = :taskId order by b.sortOrder")
    List<BudgetLine> linesOfTask(Long taskId);

    @Query("select e from BudgetExecution e where e.budgetLineId in"
            + " (select b.id from BudgetLine b where b.taskId in (select t.id from Task t where t.plan.id = :planId))")
    List<BudgetExecution> executionsOfPlan(Long planId);

    @Query("select e from BudgetExecution e where e.budgetLineId in (select b.id from BudgetLine b where b.taskId = :taskId)")
    List<BudgetExecution> executionsOfTask(Long taskId);

    @Query("select e from BudgetExecution e where e.budgetLineId = :lineId and e.quarter = :quarter")
    Optional<BudgetExecution> execution(Long lineId, int quarter);
}
