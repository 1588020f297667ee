package kr.innotrack.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import kr.innotrack.organization.Department;

/** Everything the task page shows. */
public record TaskDetail(Task task, List<Department> collaboratingDepartments, List<MilestoneView> milestones,
                         List<KpiView> kpis, List<TaskBudget> budgets, YearMonth asOf) {

    public record MilestoneView(Milestone milestone, MilestoneTimeline.Row timeline, boolean overdue) {
    }

    public record KpiView(Kpi kpi, List<KpiActual> actuals, KpiActual latest, BigDecimal achievementRate) {

        /** The figure judged against the target: the year's sum for 분기별, else the latest value (null: none). */
        public BigDecimal figure() {
            return KpiAchievement.figure(kpi.getAccumulation(), actuals);
        }

        /** The value recorded for one quarter, or null. */
        public KpiActual actual(int year, int quarter) {
            return actuals.stream().filter(a -> a.getActualYear() == year && a.getQuarter() == quarter)
                    .findFirst().orElse(null);
        }
    }
}
