package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.List;

/** Everything the plan overview page shows. */
public record PlanOverview(Plan plan, List<NodeView> roots, StatusCounts total, long taskCount, YearMonth asOf,
                           List<PlanYear> history, PlanCharts charts) {
}
