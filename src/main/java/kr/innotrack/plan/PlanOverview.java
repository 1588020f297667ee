package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the plan overview page shows.
 *
 * @param referenceDate the day the counts are as at (기준일); {@code clamped}: the date asked for lay outside the
 *                      plan year and was moved into it
 * @param predecessorYear the year of the plan this one was rolled over from (「2021년 계획에서 이어받음」), or null
 */
public record PlanOverview(Plan plan, List<NodeView> roots, StatusCounts total, long taskCount, YearMonth asOf,
                           List<PlanYear> history, PlanCharts charts, Integer predecessorYear,
                           java.time.LocalDate referenceDate, boolean clamped) {
}
