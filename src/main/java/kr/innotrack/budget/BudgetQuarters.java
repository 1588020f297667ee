package kr.innotrack.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.plan.PlanJson;
import kr.innotrack.plan.TaskBudgetPlans;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each task's quarterly budget plan and execution, summed over its lines, for the plan's read API. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class BudgetQuarters implements TaskBudgetPlans {

    private final BudgetRepository budget;

    @Override
    public Map<Long, List<PlanJson.BudgetQuarter>> byTask(Long planId) {
        Map<Long, Map<Integer, BudgetExecution>> executed = BudgetQueries.executionsByLine(budget.executionsOfPlan(planId));
        Map<Long, List<PlanJson.BudgetQuarter>> result = new HashMap<>();
        budget.linesOfPlan(planId).stream().collect(Collectors.groupingBy(BudgetLine::getTaskId)).forEach((taskId, lines) -> {
            List<PlanJson.BudgetQuarter> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                BigDecimal planned = BigDecimal.ZERO;
                BigDecimal done = null;
                for (BudgetLine l : lines) {
                    planned = planned.add(l.planned(q));
                    BudgetExecution e = executed.getOrDefault(l.getId(), Map.of()).get(q);
                    if (e != null) {
                        done = (done == null ? BigDecimal.ZERO : done).add(e.getExecutedMillion());
                    }
                }
                quarters.add(new PlanJson.BudgetQuarter(lines.get(0).getBudgetYear(), q, planned, done));
            }
            result.put(taskId, quarters);
        });
        return result;
    }

}
