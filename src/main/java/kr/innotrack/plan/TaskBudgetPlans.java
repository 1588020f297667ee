package kr.innotrack.plan;

import java.util.List;
import java.util.Map;

/**
 * The quarterly budget plan of a plan's tasks, for the read API. Implemented by the budget feature, which depends
 * on plans; this interface keeps plans from depending on it.
 */
public interface TaskBudgetPlans {

    Map<Long, List<PlanJson.BudgetQuarter>> byTask(Long planId);
}
